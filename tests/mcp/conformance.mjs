// Runs the official MCP conformance suite (@modelcontextprotocol/conformance, pinned by
// package-lock.json) against `sandbench mcp`, reached through conformance_bridge.mjs (the suite
// tests servers over Streamable HTTP only; sandbench serves stdio). Every server scenario of the
// suite's active set runs; conformance-baseline.yml lists the ones expected to fail and why
// (most ask for the suite's own fixture tools, resources and prompts, which a real server does
// not have). The suite itself compares the outcome with the baseline: a new failure, or an
// expected failure that now passes, fails this test. A table of every scenario is printed last.
//
// Run by CTest (tests/CMakeLists.txt, test mcp_conformance) with SANDBENCH_BIN set.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const BIN = process.env.SANDBENCH_BIN;
if (!BIN || !existsSync(BIN)) {
  console.error('SANDBENCH_BIN must name the sandbench binary');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const suitePackage = require.resolve('@modelcontextprotocol/conformance/package.json');
const suite = join(dirname(suitePackage), JSON.parse(readFileSync(suitePackage, 'utf8')).bin.conformance);
const suiteVersion = JSON.parse(readFileSync(suitePackage, 'utf8')).version;

const dir = mkdtempSync(join(tmpdir(), 'sandbench-mcp-conformance-'));
const csv = join(dir, 'sales.csv');
writeFileSync(csv, 'region,units\nnorth,3\nsouth,5\n');

const bridge = spawn(process.execPath, [join(here, 'conformance_bridge.mjs'), BIN,
  '--db', join(dir, 'runs.sqlite'), '--data', `sales=${csv}`, '--out', join(dir, 'out')],
{ stdio: ['ignore', 'pipe', 'inherit'] });
const bridgeExit = new Promise((resolve) => bridge.on('exit', (code, signal) => resolve({ code, signal })));
const url = await new Promise((resolve, reject) => {
  let buffer = '';
  bridge.stdout.setEncoding('utf8');
  bridge.stdout.on('data', (chunk) => {
    buffer += chunk;
    const m = buffer.match(/^listening (\S+)$/m);
    if (m)
      resolve(m[1]);
  });
  bridgeExit.then(({ code, signal }) => reject(new Error(`the bridge exited (${code ?? signal}) before listening`)));
});

const results = join(dir, 'results');
const run = spawn(process.execPath, [suite, 'server', '--url', url, '--suite', 'active',
  '--expected-failures', join(here, 'conformance-baseline.yml'), '--output-dir', results],
{ cwd: dir, stdio: 'inherit' });
const exitCode = await new Promise((resolve) => run.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
bridge.kill('SIGTERM');
await bridgeExit;

// The table: one line per scenario, with what failed.
const rows = [];
if (existsSync(results)) {
  for (const entry of readdirSync(results).sort()) {
    const file = join(results, entry, 'checks.json');
    if (!existsSync(file))
      continue;
    const checks = JSON.parse(readFileSync(file, 'utf8'));
    const failed = checks.filter((c) => c.status === 'FAILURE');
    const warned = checks.filter((c) => c.status === 'WARNING');
    const passed = checks.filter((c) => c.status === 'SUCCESS');
    const scenario = entry.replace(/^server-/, '').replace(/-\d{4}-\d\d-\d\dT.*$/, '');
    rows.push(`${failed.length ? 'FAIL' : 'PASS'}  ${scenario}  (${passed.length} passed, ${failed.length} failed, ${warned.length} warnings)` +
      failed.concat(warned).map((c) => `\n        ${c.status} ${c.id}: ${c.errorMessage ?? ''}`.trimEnd()).join(''));
  }
}
console.log(`\n@modelcontextprotocol/conformance ${suiteVersion} against sandbench mcp (Node ${process.version}):`);
console.log(rows.join('\n'));
rmSync(dir, { recursive: true, force: true });
process.exit(exitCode);
