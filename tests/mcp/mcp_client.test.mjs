// Drives `sandbench mcp` with the official MCP TypeScript SDK (its Client over a stdio transport)
// and, for what a well-behaved client never sends, with raw JSON-RPC lines on the server's stdin.
// Run by CTest (tests/CMakeLists.txt, test mcp_client) with SANDBENCH_BIN pointing at the binary.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import {
  ResourceListChangedNotificationSchema,
  LATEST_PROTOCOL_VERSION,
} from '@modelcontextprotocol/sdk/types.js';

const BIN = process.env.SANDBENCH_BIN;
assert.ok(BIN && existsSync(BIN), 'SANDBENCH_BIN must name the sandbench binary');
const SOURCE_PROFILES = process.env.SANDBENCH_PROFILES;

const dir = mkdtempSync(join(tmpdir(), 'sandbench-mcp-'));
const csv = join(dir, 'sales.csv');
writeFileSync(csv, 'region,units,price\nnorth,3,2.5\nsouth,5,1.25\neast,,4.0\nwest,7,3.0\n');
// The default profile without its llm_first_run trigger: an agent's new code runs at once. The
// review tests below use the default profile itself.
const profile = join(dir, 'agent.json');
{
  const p = JSON.parse(readFileSync(join(SOURCE_PROFILES, 'default.json'), 'utf8'));
  p.name = 'agent-test';
  p.review = { ...(p.review ?? {}), triggers: [] };
  writeFileSync(profile, JSON.stringify(p));
}

function serverArgs(db, extra = []) {
  return ['mcp', '--db', db, '--data', `sales=${csv}`, '--out', join(dir, 'out'), ...extra];
}

async function connect(db, extra = ['--profile', profile], name = 'mcp-test-client') {
  const transport = new StdioClientTransport({
    command: BIN,
    args: serverArgs(db, extra),
    env: process.env,
    stderr: 'inherit',
  });
  const client = new Client({ name, version: '9.8.7' });
  await client.connect(transport);
  return { client, transport };
}

const text = (result) => result.content.filter((c) => c.type === 'text').map((c) => c.text).join('\n');

// Raw JSON-RPC: one process, lines in, parsed lines out.
class RawServer {
  constructor(db, extra = ['--profile', profile]) {
    this.proc = spawn(BIN, serverArgs(db, extra), { stdio: ['pipe', 'pipe', 'inherit'] });
    this.lines = [];
    this.waiters = [];
    let buffer = '';
    this.proc.stdout.setEncoding('utf8');
    this.proc.stdout.on('data', (chunk) => {
      buffer += chunk;
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        this.lines.push(JSON.parse(line));
        this.wake();
      }
    });
    this.exited = new Promise((resolve) => this.proc.on('exit', (code, signal) => resolve({ code, signal })));
  }
  wake() {
    for (const w of [...this.waiters]) {
      const i = this.lines.findIndex(w.match);
      if (i >= 0) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(this.lines.splice(i, 1)[0]);
      }
    }
  }
  send(obj) { this.proc.stdin.write((typeof obj === 'string' ? obj : JSON.stringify(obj)) + '\n'); }
  next(match, ms = 60000) {
    return new Promise((resolve, reject) => {
      const w = { match, resolve };
      this.waiters.push(w);
      this.wake();
      setTimeout(() => reject(new Error('no matching message within ' + ms + ' ms')), ms).unref();
    });
  }
  reply(id) { return this.next((m) => m.id === id && !('method' in m)); }
  async initialize(version = LATEST_PROTOCOL_VERSION) {
    this.send({ jsonrpc: '2.0', id: 'init', method: 'initialize',
      params: { protocolVersion: version, capabilities: {}, clientInfo: { name: 'raw', version: '1' } } });
    const r = await this.reply('init');
    this.send({ jsonrpc: '2.0', method: 'notifications/initialized' });
    return r;
  }
  kill() { if (this.proc.exitCode === null) this.proc.kill('SIGKILL'); }
}

let shared;
const db = join(dir, 'runs.sqlite');
const listChanged = [];

before(async () => {
  shared = await connect(db);
  shared.client.setNotificationHandler(ResourceListChangedNotificationSchema, () => listChanged.push(Date.now()));
});

after(async () => {
  await shared?.client.close();
  rmSync(dir, { recursive: true, force: true });
});

test('initialize negotiates the current revision and names the server', () => {
  assert.equal(shared.client.getServerVersion().name, 'sandbench');
  const caps = shared.client.getServerCapabilities();
  assert.ok(caps.tools, 'tools capability');
  assert.equal(caps.resources.listChanged, true);
  assert.match(shared.client.getInstructions() ?? '', /review/);
});

test('tools/list: every tool with input and output schema and annotations', async () => {
  const { tools } = await shared.client.listTools();
  const names = tools.map((t) => t.name).sort();
  assert.deepEqual(names, ['check_code', 'describe_table', 'list_datasets', 'list_variables',
    'read_table', 'reset_session', 'run_python', 'show_run', 'undo']);
  for (const tool of tools) {
    assert.equal(tool.inputSchema.type, 'object', tool.name);
    assert.equal(tool.outputSchema?.type, 'object', tool.name);
    assert.equal(typeof tool.annotations.readOnlyHint, 'boolean', tool.name);
  }
  const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
  assert.equal(byName.run_python.annotations.readOnlyHint, false);
  assert.equal(byName.reset_session.annotations.destructiveHint, true);
  for (const ro of ['check_code', 'describe_table', 'list_datasets', 'list_variables', 'read_table', 'show_run'])
    assert.equal(byName[ro].annotations.readOnlyHint, true, ro);
  assert.deepEqual(byName.run_python.inputSchema.required, ['code']);
});

let firstRunId;
test('run_python: stdout, result, run id; recorded as llm with the client as model', async () => {
  const before = listChanged.length;
  const r = await shared.client.callTool({ name: 'run_python', arguments: { code: "x = 41\nprint('hi')\nx + 1" } });
  assert.equal(r.isError, undefined, text(r));
  assert.equal(r.structuredContent.status, 'ok');
  assert.equal(r.structuredContent.stdout, 'hi\n');
  assert.equal(r.structuredContent.result, '42');
  assert.equal(typeof r.structuredContent.run_id, 'number');
  firstRunId = r.structuredContent.run_id;
  assert.match(text(r), /hi/);
  const shown = await shared.client.callTool({ name: 'show_run', arguments: { run_id: firstRunId } });
  assert.equal(shown.structuredContent.code.origin, 'llm');
  assert.equal(shown.structuredContent.code.llm_model, 'mcp-test-client 9.8.7');
  assert.equal(shown.structuredContent.code.text, "x = 41\nprint('hi')\nx + 1");
  assert.equal(shown.structuredContent.inputs[0].name, 'sales');
  assert.match(shown.structuredContent.inputs[0].sha256, /^[0-9a-f]{64}$/);
  // The list of resources changed: the run's provenance is one now.
  await until(() => listChanged.length > before, 'a resources/list_changed notification');
});

test('run_python: a figure comes as PNG image content and as a resource', async () => {
  const r = await shared.client.callTool({ name: 'run_python', arguments: {
    code: 'import matplotlib.pyplot as plt\nplt.plot([1, 2, 3], [3, 1, 2])\nplt.show()' } });
  assert.equal(r.structuredContent.status, 'ok', text(r));
  const images = r.content.filter((c) => c.type === 'image');
  assert.equal(images.length, 1);
  assert.equal(images[0].mimeType, 'image/png');
  assert.ok(Buffer.from(images[0].data, 'base64').subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47])));
  const uri = r.structuredContent.figures[0].uri;
  assert.match(uri, /^sandbench:\/\/runs\/\d+\/figures\/1$/);
  const res = await shared.client.readResource({ uri });
  assert.equal(res.contents[0].mimeType, 'image/png');
  assert.equal(res.contents[0].blob, images[0].data);
});

test('run_python: a refusal is a tool error with the violation and what to do', async () => {
  const r = await shared.client.callTool({ name: 'run_python', arguments: { code: 'y = 1\nimport subprocess' } });
  assert.equal(r.isError, true);
  assert.ok(['rejected', 'denied'].includes(r.structuredContent.status), r.structuredContent.status);
  const v = r.structuredContent.violations[0];
  assert.ok(v.rule && v.message);
  assert.equal(v.line, 2);
  assert.ok(v.column >= 1);
  assert.match(r.structuredContent.next_step, /Rewrite/);
  // Rolled back: y was never kept.
  const vars = await shared.client.callTool({ name: 'list_variables', arguments: {} });
  assert.ok(!vars.structuredContent.variables.some((x) => x.name === 'y'));
});

test('run_python: an exception is a tool error with the traceback', async () => {
  const r = await shared.client.callTool({ name: 'run_python', arguments: { code: '1/0' } });
  assert.equal(r.isError, true);
  assert.equal(r.structuredContent.status, 'error');
  assert.match(r.structuredContent.stderr, /ZeroDivisionError/);
});

test('run_python: bad arguments are tool errors the model can correct', async () => {
  const r = await shared.client.callTool({ name: 'run_python', arguments: { code: '1', timeout: -3 } });
  assert.equal(r.isError, true);
  assert.match(text(r), /timeout/);
  const r2 = await shared.client.callTool({ name: 'run_python', arguments: { source: '1' } });
  assert.equal(r2.isError, true);
  assert.match(text(r2), /no argument "source"/);
});

test('list_variables, list_datasets, describe_table, read_table', async () => {
  const vars = await shared.client.callTool({ name: 'list_variables', arguments: {} });
  const names = vars.structuredContent.variables.map((v) => v.name);
  assert.ok(names.includes('x') && names.includes('sales'), names.join(','));
  const sets = await shared.client.callTool({ name: 'list_datasets', arguments: {} });
  assert.equal(sets.structuredContent.datasets[0].name, 'sales');
  assert.equal(sets.structuredContent.datasets[0].path, csv);
  const d = await shared.client.callTool({ name: 'describe_table', arguments: { name: 'sales' } });
  assert.equal(d.structuredContent.rows, 4);
  assert.deepEqual(d.structuredContent.columns.map((c) => c.name), ['region', 'units', 'price']);
  const units = d.structuredContent.columns[1];
  assert.equal(units.summary.missing, 1);
  assert.equal(units.summary.max, 7);
  const page = await shared.client.callTool({ name: 'read_table', arguments: { name: 'sales', offset: 1, limit: 2 } });
  assert.equal(page.structuredContent.total_rows, 4);
  assert.equal(page.structuredContent.rows.length, 2);
  assert.equal(page.structuredContent.rows[0][0], 'south');
  assert.equal(page.structuredContent.rows[1][1], null);
  const missing = await shared.client.callTool({ name: 'read_table', arguments: { name: 'nope' } });
  assert.equal(missing.isError, true);
});

test('resources: dataset schema and file, run provenance; unknown uri', async () => {
  const { resources } = await shared.client.listResources();
  const uris = resources.map((r) => r.uri);
  assert.ok(uris.includes('sandbench://datasets/sales/schema'));
  assert.ok(uris.includes('sandbench://datasets/sales/file'));
  assert.ok(uris.includes(`sandbench://runs/${firstRunId}`));
  const schema = JSON.parse((await shared.client.readResource({ uri: 'sandbench://datasets/sales/schema' })).contents[0].text);
  assert.deepEqual(schema.columns.map((c) => c.name), ['region', 'units', 'price']);
  const file = await shared.client.readResource({ uri: 'sandbench://datasets/sales/file' });
  assert.equal(file.contents[0].mimeType, 'text/csv');
  assert.equal(file.contents[0].text, readFileSync(csv, 'utf8'));
  const prov = JSON.parse((await shared.client.readResource({ uri: `sandbench://runs/${firstRunId}` })).contents[0].text);
  assert.equal(prov.code.origin, 'llm');
  await assert.rejects(shared.client.readResource({ uri: 'sandbench://runs/999999' }), (e) => e.code === -32002);
});

test('resources: a profile that blocks open() offers the schema but not the file', async () => {
  // strict blocks the open() builtin: the session's code sees the dataset only as a DataFrame,
  // and so does the agent.
  const strict = await connect(join(dir, 'strict.sqlite'), ['--profile', join(SOURCE_PROFILES, 'strict.json')]);
  try {
    const uris = (await strict.client.listResources()).resources.map((r) => r.uri);
    assert.ok(uris.includes('sandbench://datasets/sales/schema'), uris.join(' '));
    assert.ok(!uris.includes('sandbench://datasets/sales/file'), uris.join(' '));
    const schema = JSON.parse((await strict.client.readResource({ uri: 'sandbench://datasets/sales/schema' })).contents[0].text);
    assert.deepEqual(schema.columns.map((c) => c.name), ['region', 'units', 'price']);
    assert.equal(schema.rows, 4);
    await assert.rejects(strict.client.readResource({ uri: 'sandbench://datasets/sales/file' }),
      (e) => e.code === -32002 && /profile strict blocks open\(\)/.test(e.message) && /read_table/.test(e.message));
    const sets = await strict.client.callTool({ name: 'list_datasets', arguments: {} });
    assert.equal(sets.structuredContent.datasets[0].schema_uri, 'sandbench://datasets/sales/schema');
    assert.ok(!('file_uri' in sets.structuredContent.datasets[0]));
  } finally {
    await strict.client.close();
  }
});

test('check_code: verdict and violations without running', async () => {
  const ok = await shared.client.callTool({ name: 'check_code', arguments: { code: 'z = 1' } });
  assert.equal(ok.structuredContent.verdict, 'ok');
  const bad = await shared.client.callTool({ name: 'check_code', arguments: { code: 'import subprocess' } });
  assert.equal(bad.structuredContent.verdict, 'rejected');
  assert.equal(bad.structuredContent.violations[0].line, 1);
  const vars = await shared.client.callTool({ name: 'list_variables', arguments: {} });
  assert.ok(!vars.structuredContent.variables.some((v) => v.name === 'z'), 'check_code ran nothing');
});

test('undo and reset_session', async () => {
  await shared.client.callTool({ name: 'run_python', arguments: { code: 'w = 5' } });
  const u = await shared.client.callTool({ name: 'undo', arguments: {} });
  assert.equal(u.structuredContent.undone, true, text(u));
  let vars = (await shared.client.callTool({ name: 'list_variables', arguments: {} })).structuredContent.variables.map((v) => v.name);
  assert.ok(!vars.includes('w') && vars.includes('x'), vars.join(','));
  const r = await shared.client.callTool({ name: 'reset_session', arguments: {} });
  assert.equal(r.structuredContent.reset, true, text(r));
  vars = (await shared.client.callTool({ name: 'list_variables', arguments: {} })).structuredContent.variables.map((v) => v.name);
  assert.ok(!vars.includes('x') && vars.includes('sales'), vars.join(','));
});

test('show_run refuses a run that is not this session\'s; an unknown tool is a protocol error', async () => {
  const r = await shared.client.callTool({ name: 'show_run', arguments: { run_id: 999999 } });
  assert.equal(r.isError, true);
  await assert.rejects(shared.client.callTool({ name: 'approve_review', arguments: {} }), (e) => e.code === -32602);
});

test('progress: a long cell reports while it runs', async () => {
  const seen = [];
  const r = await shared.client.callTool(
    { name: 'run_python', arguments: { code: 'import time\ntime.sleep(2.5)\n"done"' } },
    undefined, { onprogress: (p) => seen.push(p), timeout: 120000 });
  assert.equal(r.structuredContent.result, "'done'");
  assert.ok(seen.length >= 2, `progress notifications: ${seen.length}`);
  for (let i = 1; i < seen.length; ++i) assert.ok(seen[i].progress > seen[i - 1].progress);
  assert.match(seen.at(-1).message, /running for/);
});

test('cancellation interrupts the cell: interrupted, rolled back, recorded', async () => {
  const ac = new AbortController();
  let started;
  const startedP = new Promise((resolve) => { started = resolve; });
  const call = shared.client.callTool(
    { name: 'run_python', arguments: { code: 'v = 3\nimport time\nwhile True:\n    time.sleep(0.05)' } },
    undefined, { signal: ac.signal, onprogress: () => started(), timeout: 120000 });
  await startedP;
  ac.abort('the user pressed stop');
  await assert.rejects(call);
  // The interrupted run is recorded: it shows up as the newest run resource with that status.
  const status = await until(async () => {
    const { resources } = await shared.client.listResources();
    const runs = resources.filter((r) => /^sandbench:\/\/runs\/\d+$/.test(r.uri));
    const last = JSON.parse((await shared.client.readResource({ uri: runs.at(-1).uri })).contents[0].text);
    return last.code.text.startsWith('v = 3') ? last.status : undefined;
  }, 'the interrupted run in the store');
  assert.equal(status, 'interrupted');
  const vars = (await shared.client.callTool({ name: 'list_variables', arguments: {} })).structuredContent.variables.map((v) => v.name);
  assert.ok(!vars.includes('v'), 'rolled back');
  const after = await shared.client.callTool({ name: 'run_python', arguments: { code: '2 + 2' } });
  assert.equal(after.structuredContent.result, '4');
});

test('older revisions: 2025-03-26 has annotations but no output schema; 2024-11-05 neither', async () => {
  for (const [version, annotations] of [['2025-03-26', true], ['2024-11-05', false]]) {
    const raw = new RawServer(join(dir, `old-${version}.sqlite`));
    try {
      const init = await raw.initialize(version);
      assert.equal(init.result.protocolVersion, version);
      raw.send({ jsonrpc: '2.0', id: 2, method: 'tools/list' });
      const tools = (await raw.reply(2)).result.tools;
      assert.ok(tools.every((t) => t.outputSchema === undefined));
      assert.equal(tools.every((t) => t.annotations !== undefined), annotations);
      raw.send({ jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'run_python', arguments: { code: '3*3' } } });
      const r = (await raw.reply(3)).result;
      assert.equal(r.structuredContent, undefined);
      assert.match(r.content[0].text, /9/);
    } finally {
      raw.kill();
    }
  }
  const raw = new RawServer(join(dir, 'future.sqlite'));
  try {
    assert.equal((await raw.initialize('2099-01-01')).result.protocolVersion, LATEST_PROTOCOL_VERSION);
  } finally {
    raw.kill();
  }
});

test('malformed JSON-RPC, unknown methods, oversized requests: clear errors, the server carries on', async () => {
  const raw = new RawServer(join(dir, 'raw.sqlite'));
  try {
    raw.send({ jsonrpc: '2.0', id: 1, method: 'tools/list' });
    assert.match((await raw.reply(1)).error.message, /initialize/);
    await raw.initialize();
    raw.send('{"jsonrpc": "2.0", "id": 2, "method": ');
    const parse = await raw.next((m) => m.error?.code === -32700);
    assert.equal(parse.id, null);
    raw.send({ jsonrpc: '2.0', id: 3 });
    assert.equal((await raw.reply(3)).error.code, -32600);
    raw.send({ jsonrpc: '1.0', id: 4, method: 'ping' });
    assert.equal((await raw.reply(4)).error.code, -32600);
    raw.send([{ jsonrpc: '2.0', id: 5, method: 'ping' }]);
    assert.match((await raw.next((m) => m.error?.code === -32600 && m.id === null)).error.message, /batch/);
    raw.send({ jsonrpc: '2.0', id: 6, method: 'no/such/method' });
    assert.equal((await raw.reply(6)).error.code, -32601);
    raw.send({ jsonrpc: '2.0', id: 7, method: 'tools/call', params: [1, 2] });
    assert.equal((await raw.reply(7)).error.code, -32602);
    raw.send({ jsonrpc: '2.0', id: 8, method: 'resources/read', params: {} });
    assert.equal((await raw.reply(8)).error.code, -32602);
    // 17 MB of code in one line: refused without being buffered, then the next line is served.
    raw.send({ jsonrpc: '2.0', id: 9, method: 'tools/call',
      params: { name: 'run_python', arguments: { code: '#' + 'x'.repeat(17 * 1024 * 1024) } } });
    const big = await raw.next((m) => m.error?.code === -32600 && /longer than/.test(m.error.message));
    assert.equal(big.id, null);
    raw.send({ jsonrpc: '2.0', id: 10, method: 'ping' });
    assert.deepEqual((await raw.reply(10)).result, {});
    raw.send({ jsonrpc: '2.0', id: 11, method: 'tools/call', params: { name: 'run_python', arguments: { code: '6*7' } } });
    assert.equal((await raw.reply(11)).result.structuredContent.result, '42');
    raw.proc.stdin.end();
    assert.deepEqual(await raw.exited, { code: 0, signal: null });
  } finally {
    raw.kill();
  }
});

function descendants(pid) {
  const out = [];
  const walk = (p) => {
    let kids = [];
    try { kids = readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number); } catch {}
    for (const k of kids) { out.push(k); walk(k); }
  };
  walk(pid);
  return out;
}

function alive(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/\) Z /.test(stat);
  } catch { return false; }
}

async function until(predicate, what, ms = 60000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await predicate();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('a client that disconnects mid-cell: the server ends cleanly, the run is recorded, no worker is left', async () => {
  const disconnectDb = join(dir, 'disconnect.sqlite');
  const raw = new RawServer(disconnectDb);
  try {
    await raw.initialize();
    raw.send({ jsonrpc: '2.0', id: 2, method: 'tools/call',
      params: { name: 'run_python', arguments: { code: 'import time\nwhile True:\n    time.sleep(0.05)' }, _meta: { progressToken: 'p' } } });
    await raw.next((m) => m.method === 'notifications/progress');
    const workers = descendants(raw.proc.pid);
    assert.ok(workers.length > 0, 'the server has a worker');
    raw.proc.stdin.end();
    assert.deepEqual(await raw.exited, { code: 0, signal: null });
    await until(() => workers.every((p) => !alive(p)), 'the workers to exit', 20000);
  } finally {
    raw.kill();
  }
  const history = JSON.parse(execFileSync(BIN, ['history', '--db', disconnectDb, '--json'], { encoding: 'utf8' }));
  const runs = Array.isArray(history) ? history : history.runs;
  assert.equal(runs.length, 1, JSON.stringify(history));
  assert.equal(runs[0].status, 'interrupted');
});

function review(reviewDb, ...args) {
  return execFileSync(BIN, ['review', '--db', reviewDb, ...args], { encoding: 'utf8' });
}

test('review hold: without waiting the agent hears what to do; with --wait-for-review an approval runs it', async () => {
  // The default profile: an agent's new code waits for a reviewer (llm_first_run).
  const reviewDb = join(dir, 'review.sqlite');
  const now = await connect(reviewDb, ['--profile', 'default']);
  try {
    const r = await now.client.callTool({ name: 'run_python', arguments: { code: 'print(6 * 7)' } });
    assert.equal(r.structuredContent.status, 'pending_review');
    assert.equal(r.isError, true);
    const id = r.structuredContent.run_id;
    assert.match(text(r), new RegExp(`Run ${id} waits for review: a reviewer approves it in Sandbench's Review Queue`));
    assert.equal(r.structuredContent.review.state, 'pending');
  } finally {
    await now.client.close();
  }

  const waiting = await connect(reviewDb, ['--profile', 'default', '--wait-for-review', '60']);
  try {
    const pendingIds = () => JSON.parse(review(reviewDb, 'list', '--json')).map((item) => item.run_id ?? item.run?.id ?? item.id);
    const before = new Set(pendingIds());
    // Approved by a person with `sandbench review` while the call waits.
    const progress = [];
    const approved = waiting.client.callTool({ name: 'run_python', arguments: { code: 'print(7 * 6)' } }, undefined,
      { timeout: 120000, onprogress: (p) => progress.push(p) });
    const heldId = await until(() => pendingIds().find((id) => !before.has(id)), 'the held run in the review queue');
    review(reviewDb, 'approve', String(heldId), '--note', 'fine');
    const r = await approved;
    assert.equal(r.structuredContent.status, 'ok', text(r));
    assert.equal(r.structuredContent.stdout, '42\n');
    assert.equal(r.structuredContent.review.state, 'approved');
    assert.equal(r.structuredContent.review.held_run_id, heldId);
    // While it waited, the client heard why; progress only grows.
    assert.ok(progress.some((p) => new RegExp(`run ${heldId} waits for review`).test(p.message)),
      JSON.stringify(progress));
    for (let i = 1; i < progress.length; ++i) assert.ok(progress[i].progress > progress[i - 1].progress);

    const rejected = waiting.client.callTool({ name: 'run_python', arguments: { code: 'print(5 * 5)' } }, undefined, { timeout: 120000 });
    const seen = new Set(pendingIds());
    const rejectId = await until(() => pendingIds().find((id) => id !== heldId && !before.has(id)), 'the second held run');
    review(reviewDb, 'reject', String(rejectId), '--note', 'no prints of squares, please');
    const rr = await rejected;
    assert.equal(rr.isError, true);
    assert.equal(rr.structuredContent.review.state, 'rejected');
    assert.equal(rr.structuredContent.review.note, 'no prints of squares, please');
    assert.match(text(rr), /no prints of squares/);
    void seen;
  } finally {
    await waiting.client.close();
  }
});

test('--print-config prints an absolute command line', () => {
  const out = JSON.parse(execFileSync(BIN, ['mcp', '--print-config', '--db', 'rel.sqlite', '--data', `sales=${csv}`, '--wait-for-review', '30'], { cwd: dir, encoding: 'utf8' }));
  const server = out.mcpServers.sandbench;
  assert.ok(server.command.startsWith('/'));
  assert.deepEqual(server.args.slice(0, 3), ['mcp', '--db', join(dir, 'rel.sqlite')]);
  assert.ok(server.args.includes(`sales=${csv}`));
  assert.ok(server.args.includes('--wait-for-review'));
});
