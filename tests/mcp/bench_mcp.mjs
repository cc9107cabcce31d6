// The MCP layer's cost: run_python round trips of `1+1` through `sandbench mcp` (the official
// SDK's Client over stdio) against the same cell through `sandbench serve --stdio` (plain JSON
// lines), in one run, on the same machine state. Prints a table; asserts nothing.
//   node bench_mcp.mjs  (SANDBENCH_BIN, SANDBENCH_PROFILES set as for the tests; ROUNDS optional)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const BIN = process.env.SANDBENCH_BIN;
const ROUNDS = Number(process.env.ROUNDS ?? 300);
const WARMUP = 20;
const dir = mkdtempSync(join(tmpdir(), 'sandbench-mcp-bench-'));
// Both servers run the cell under the same profile, without review triggers, so only the
// protocol differs.
const profile = join(dir, 'bench.json');
const p = JSON.parse(readFileSync(join(process.env.SANDBENCH_PROFILES, 'default.json'), 'utf8'));
p.name = 'bench';
p.review = { ...(p.review ?? {}), triggers: [] };
writeFileSync(profile, JSON.stringify(p));

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (f) => s[Math.min(s.length - 1, Math.floor(f * s.length))];
  return { median: q(0.5), p10: q(0.1), p90: q(0.9) };
}

async function benchServe() {
  const proc = spawn(BIN, ['serve', '--stdio', '--db', join(dir, 'serve.sqlite'), '--profile', profile],
    { stdio: ['pipe', 'pipe', 'inherit'] });
  let buffer = '';
  let pending;
  proc.stdout.setEncoding('utf8');
  proc.stdout.on('data', (chunk) => {
    buffer += chunk;
    let nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = JSON.parse(buffer.slice(0, nl));
      buffer = buffer.slice(nl + 1);
      pending?.(line);
    }
  });
  const call = (id) => new Promise((resolve) => {
    pending = resolve;
    proc.stdin.write(JSON.stringify({ id, op: 'execute', code: '1+1' }) + '\n');
  });
  const samples = [];
  for (let i = 0; i < WARMUP + ROUNDS; ++i) {
    const t = process.hrtime.bigint();
    const r = await call(i);
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (r.result !== '2') throw new Error('serve: ' + JSON.stringify(r));
    if (i >= WARMUP) samples.push(ms);
  }
  proc.stdin.end();
  await new Promise((r) => proc.on('exit', r));
  return samples;
}

async function benchMcp() {
  const transport = new StdioClientTransport({ command: BIN,
    args: ['mcp', '--db', join(dir, 'mcp.sqlite'), '--profile', profile], stderr: 'inherit' });
  const client = new Client({ name: 'bench', version: '1' });
  await client.connect(transport);
  const samples = [];
  for (let i = 0; i < WARMUP + ROUNDS; ++i) {
    const t = process.hrtime.bigint();
    const r = await client.callTool({ name: 'run_python', arguments: { code: '1+1' } });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (r.structuredContent?.result !== '2') throw new Error('mcp: ' + JSON.stringify(r));
    if (i >= WARMUP) samples.push(ms);
  }
  await client.close();
  return samples;
}

// Interleaved halves, so a load change during the run falls on both.
const serve = [];
const mcp = [];
for (let half = 0; half < 2; ++half) {
  serve.push(...await benchServe());
  mcp.push(...await benchMcp());
}
const s = stats(serve);
const m = stats(mcp);
const fmt = (x) => x.toFixed(2).padStart(8);
console.log(`run_python round trip of 1+1, ${serve.length} calls each (after ${WARMUP} warm-up calls per server)`);
console.log('                      median      p10      p90   (ms)');
console.log(`serve --stdio       ${fmt(s.median)} ${fmt(s.p10)} ${fmt(s.p90)}`);
console.log(`mcp (SDK Client)    ${fmt(m.median)} ${fmt(m.p10)} ${fmt(m.p90)}`);
console.log(`mcp - serve         ${fmt(m.median - s.median)}   (target: within 1 ms)   ratio ${(m.median / s.median).toFixed(3)}`);
rmSync(dir, { recursive: true, force: true });
