// The red-team attacks (tests/redteam/attacks) through run_python: each must end with one of its
// `expect` statuses, the same status `sandbench run --json` gives the same code under the same
// profile, with the canary folder untouched and the secret nowhere in the tool result. A sample
// of single-cell attacks by default (every tenth, leaving out those a time limit may stop; test
// mcp_redteam_sample). SANDBENCH_MCP_REDTEAM=all runs every single-cell attack; those whose
// `expect` includes timeout (endless loops) get a 10 s limit both ways, as tst_redteam gives, so
// they need not wait a minute; the others keep the profile's, so a loaded machine cannot turn
// an output_limit into a timeout. SANDBENCH_MCP_REDTEAM_SHARD=K/N keeps the K-th of N
// interleaved shares of them (tests tst_redteam_mcp_1 and _2, which CTest runs side by side);
// SANDBENCH_MCP_REDTEAM_ONLY=REGEX keeps the attacks whose file name matches.
// Attacks that need the full harness (a port, the store, HOME, several cells, layers off) stay
// with tst_redteam.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const BIN = process.env.SANDBENCH_BIN;
const ATTACKS = join(process.env.SANDBENCH_REDTEAM_DIR, 'attacks');
const all = process.env.SANDBENCH_MCP_REDTEAM === 'all';

const dir = mkdtempSync(join(tmpdir(), 'sandbench-mcp-redteam-'));
const canary = join(dir, 'canary');
mkdirSync(canary);
writeFileSync(join(canary, 'keep.txt'), 'keep me\n');
const secret = randomBytes(16).toString('hex');
const secretFile = join(dir, 'secret.txt');
writeFileSync(secretFile, secret + '\n');
const token = 'sbmcp' + randomBytes(6).toString('hex');
const profile = join(dir, 'agent.json');
{
  const p = JSON.parse(readFileSync(join(process.env.SANDBENCH_PROFILES, 'default.json'), 'utf8'));
  p.name = 'agent-test';
  p.review = { ...(p.review ?? {}), triggers: [] };
  // A loaded machine must not turn another stop into a timeout: the flood loop (115) took 40 to
  // 75 s of wall time at load average 25. Endless loops get SHORT_TIMEOUT per call instead.
  p.limits = { ...(p.limits ?? {}), timeout_s: 300 };
  writeFileSync(profile, JSON.stringify(p));
}

const needsHarness = /# %%|layers-off|attack-cell|state-cell|\{PORT\}|\{DB\}|\{OTHER_OUT\}|\{HOME\}|\{DATA_DIR\}/;
const candidates = readdirSync(ATTACKS).filter((f) => f.endsWith('.py')).sort()
  .filter((f) => !needsHarness.test(readFileSync(join(ATTACKS, f), 'utf8')));
// The default sample leaves out attacks a time limit may stop: each costs two full limits.
const quick = (f) => !/^# expect:.*\btimeout\b/m.test(readFileSync(join(ATTACKS, f), 'utf8'));
const shard = (process.env.SANDBENCH_MCP_REDTEAM_SHARD ?? '1/1').match(/^(\d+)\/(\d+)$/);
assert.ok(shard && +shard[1] >= 1 && +shard[1] <= +shard[2], 'SANDBENCH_MCP_REDTEAM_SHARD must be K/N with 1 <= K <= N');
const only = new RegExp(process.env.SANDBENCH_MCP_REDTEAM_ONLY ?? '');
const sample = (all ? candidates.filter((_, i) => i % +shard[2] === +shard[1] - 1)
  : candidates.filter(quick).filter((_, i) => i % 10 === 0)).filter((f) => only.test(f));
assert.ok(sample.length > 0, 'no attack selected');
// The time limit an endless loop gets, the same both ways: a verdict may only differ by the path
// the code took.
const SHORT_TIMEOUT = 10;

let client;
before(async () => {
  client = new Client({ name: 'redteam', version: '1' });
  await client.connect(new StdioClientTransport({ command: BIN, stderr: 'inherit',
    env: { ...process.env, SANDBENCH_TEST_SECRET: secret },
    args: ['mcp', '--db', join(dir, 'mcp.sqlite'), '--profile', profile, '--out', join(dir, 'out')] }));
});
after(async () => {
  await client?.close();
  rmSync(dir, { recursive: true, force: true });
});

for (const file of sample) {
  test(file, async () => {
    const source = readFileSync(join(ATTACKS, file), 'utf8')
      .replaceAll('{CANARY_DIR}', canary).replaceAll('{SECRET_FILE}', secretFile).replaceAll('{TOKEN}', token);
    const expect = (source.match(/^# expect: (.*)$/m)?.[1] ?? '').split(/\s+/).filter(Boolean);
    const short = all && expect.includes('timeout');
    const script = join(dir, file);
    writeFileSync(script, source);
    let runLine;
    try {
      runLine = execFileSync(BIN, ['run', '--json', '--db', join(dir, 'run.sqlite'), '--profile', profile,
        '--out', join(dir, 'run-out'), ...(short ? ['--timeout', String(SHORT_TIMEOUT)] : []), script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, SANDBENCH_TEST_SECRET: secret } });
    } catch (e) {
      runLine = e.stdout; // a blocked attack makes `run` exit non-zero
    }
    const viaRun = JSON.parse(runLine.trim().split('\n').at(-1)).status;
    // A fresh session for each attack, as `run` has.
    await client.callTool({ name: 'reset_session', arguments: {} });
    const r = await client.callTool({ name: 'run_python',
      arguments: short ? { code: source, timeout: SHORT_TIMEOUT } : { code: source } }, undefined, { timeout: 300000 });
    const viaMcp = r.structuredContent.status;
    assert.ok(expect.includes(viaMcp), `${file}: ${viaMcp} is not one of ${expect.join(' ')}`);
    // Two limits an attack races (memory against time, say) fire in the machine's timing, so
    // there each path may end at either limit the attack lists. Every other verdict (which layer
    // refused, tampering, ...) must be the same both ways.
    const limits = ['memory', 'timeout', 'output_limit'];
    const racedLimits = limits.includes(viaMcp) && limits.includes(viaRun) && expect.includes(viaRun);
    if (!racedLimits)
      assert.equal(viaMcp, viaRun, `${file}: run_python said ${viaMcp}, sandbench run said ${viaRun}`);
    assert.equal(r.isError, true);
    assert.deepEqual(readdirSync(canary), ['keep.txt']);
    assert.equal(readFileSync(join(canary, 'keep.txt'), 'utf8'), 'keep me\n');
    assert.ok(!JSON.stringify(r).includes(secret), `${file}: the secret reached the agent`);
  });
}
