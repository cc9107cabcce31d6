// A test-only Streamable HTTP front for `sandbench mcp`, so that the official MCP conformance
// suite (@modelcontextprotocol/conformance, which tests servers only over Streamable HTTP) can
// reach a server that speaks stdio. It is not part of Sandbench and not a way to serve it.
//
// Each HTTP session (one `initialize`) gets its own `sandbench mcp` process, exactly as a stdio
// client would start one, and the bridge passes every JSON-RPC message through unchanged both ways
// with the SDK's own transports: StreamableHTTPServerTransport towards the HTTP client,
// StdioClientTransport towards sandbench. It answers nothing itself: every result and every
// error the suite sees is sandbench's. What it adds is only HTTP's own plumbing: session ids,
// routing a response (and a progress notification, by its token) to the HTTP stream of the request
// it belongs to, and refusing a Host or Origin that is not this machine (DNS rebinding).
//
//   node conformance_bridge.mjs SANDBENCH_BIN [sandbench mcp options...]
// prints "listening http://127.0.0.1:PORT/mcp" once it accepts connections.
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const [bin, ...serverArgs] = process.argv.slice(2);
if (!bin) {
  console.error('usage: node conformance_bridge.mjs SANDBENCH_BIN [sandbench mcp options...]');
  process.exit(2);
}

const sessions = new Map(); // session id -> { http, stdio }
const localHost = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

async function openSession() {
  const stdio = new StdioClientTransport({ command: bin, args: ['mcp', ...serverArgs], env: process.env, stderr: 'inherit' });
  const progressRequests = new Map(); // progress token -> id of the request that carries it
  const http = new StreamableHTTPServerTransport({
    sessionIdGenerator: () => randomUUID(),
    onsessioninitialized: (id) => sessions.set(id, { http, stdio }),
  });
  http.onmessage = (message) => {
    const token = message.params?._meta?.progressToken;
    if (message.id !== undefined && token !== undefined)
      progressRequests.set(token, message.id);
    stdio.send(message).catch((e) => console.error('bridge: to sandbench:', e.message));
  };
  stdio.onmessage = (message) => {
    let relatedRequestId;
    if (message.method === 'notifications/progress')
      relatedRequestId = progressRequests.get(message.params?.progressToken);
    if ('result' in message || 'error' in message)
      for (const [token, id] of progressRequests)
        if (id === message.id)
          progressRequests.delete(token);
    http.send(message, relatedRequestId === undefined ? undefined : { relatedRequestId })
      .catch((e) => console.error('bridge: to the HTTP client:', e.message));
  };
  let closing = false;
  const close = () => {
    if (closing)
      return;
    closing = true;
    if (http.sessionId)
      sessions.delete(http.sessionId);
    http.close().catch(() => {});
    stdio.close().catch(() => {});
  };
  http.onclose = close;
  stdio.onclose = close;
  await stdio.start();
  await http.start();
  return http;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req)
    chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

function refuse(res, status, message) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }));
}

const server = createServer(async (req, res) => {
  try {
    const origin = req.headers.origin;
    if (!localHost.test(req.headers.host ?? '') || (origin && !localHost.test(origin.replace(/^https?:\/\//, ''))))
      return refuse(res, 403, 'Forbidden: this bridge answers only localhost');
    if (new URL(req.url, 'http://localhost').pathname !== '/mcp')
      return refuse(res, 404, 'Not found: the MCP endpoint is /mcp');
    let body;
    if (req.method === 'POST') {
      try {
        body = await readBody(req);
      } catch {
        // Not JSON at all: sandbench would answer -32700, and so does HTTP's transport.
        return refuse(res, 400, 'Parse error');
      }
    }
    const id = req.headers['mcp-session-id'];
    let http = id ? sessions.get(id)?.http : undefined;
    if (!http) {
      if (id)
        return refuse(res, 404, 'Session not found');
      const initialize = req.method === 'POST' && !Array.isArray(body) && body?.method === 'initialize';
      if (!initialize)
        return refuse(res, 400, 'Bad Request: no session; send initialize first');
      http = await openSession();
    }
    await http.handleRequest(req, res, body);
  } catch (e) {
    console.error('bridge:', e);
    if (!res.headersSent)
      refuse(res, 500, 'Internal error in the test bridge');
  }
});

function shutdown() {
  for (const { http } of sessions.values())
    http.close().catch(() => {});
  server.close();
  server.closeAllConnections();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

server.listen(0, '127.0.0.1', () => {
  console.log(`listening http://127.0.0.1:${server.address().port}/mcp`);
});
