#!/usr/bin/python3
"""An OpenAI-compatible chat-completions server for the assistant's tests (issue 16).

Speaks the real protocol over HTTP on 127.0.0.1: POST /v1/chat/completions (server-sent events
when "stream" is true, one JSON body otherwise) and GET /v1/models. What it answers is chosen by
the requested model's name (see SCENARIOS); every request it receives is appended to the log file
given on the command line, as one JSON object per line, before it answers, so a test reads exactly
what the client sent. Prints "PORT <n>" once it listens. Standard library only.
"""
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOG_PATH = sys.argv[1] if len(sys.argv) > 1 else None
LOG_LOCK = threading.Lock()
RELEASE = threading.Event()  # never set: a stalled answer waits on it until the server dies

CODE_ANSWER = "Totals per region:\n\n```python\ntotals = sales.groupby(\"region\").revenue.sum()\ntotals\n```\n\nThe last line shows them."


def log_request(handler, body):
    if not LOG_PATH:
        return
    entry = {
        "method": handler.command,
        "path": handler.path,
        "headers": {k.lower(): v for k, v in handler.headers.items()},
        "body": body,
    }
    with LOG_LOCK, open(LOG_PATH, "a", encoding="utf-8") as log:
        log.write(json.dumps(entry) + "\n")


def chunk(model, delta=None, finish=None, usage=None, choices=True):
    c = {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 1700000000,
         "model": model}
    c["choices"] = [{"index": 0, "delta": delta or {}, "finish_reason": finish}] if choices else []
    if usage:
        c["usage"] = usage
    return c


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # quiet: the test reads the log file
        pass

    # --- helpers -----------------------------------------------------------------------------
    def send_json(self, status, obj, extra=None):
        data = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def start_stream(self):
        # No length, the connection closes at the end: how a cut stream looks is then up to the
        # scenario (a close before [DONE]).
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True

    def raw(self, text):
        self.wfile.write(text.encode() if isinstance(text, str) else text)
        self.wfile.flush()

    def event(self, obj, newline="\n"):
        self.raw("data: " + json.dumps(obj) + newline + newline)

    # --- endpoints ---------------------------------------------------------------------------
    def do_GET(self):
        log_request(self, None)
        if self.path == "/v1/models":
            self.send_json(200, {"object": "list", "data": [
                {"id": "qwen2.5-coder:7b", "object": "model", "owned_by": "test"},
                {"id": "llama3.1:8b", "object": "model", "owned_by": "test"}]})
        else:
            self.send_json(404, {"error": {"message": "Not Found", "type": "not_found"}})

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        try:
            body = json.loads(raw)
        except ValueError:
            body = None
        log_request(self, body)
        if self.path != "/v1/chat/completions":
            self.send_json(404, {"error": {"message": "Not Found", "type": "not_found"}})
            return
        if not isinstance(body, dict):
            self.send_json(400, {"error": {"message": "body is not JSON"}})
            return
        self.body = body
        model = body.get("model", "")
        scenario = model.split(":")[0]
        stream = bool(body.get("stream"))
        handler = SCENARIOS.get(scenario, Handler.answer_code)
        handler(self, model, stream)

    # --- scenarios ---------------------------------------------------------------------------
    def answer_code(self, model, stream, text=CODE_ANSWER, newline="\n"):
        if self.headers.get("Authorization") == "Bearer wrong-key":
            self.send_json(401, {"error": {"message": "Incorrect API key provided",
                                           "type": "invalid_request_error",
                                           "code": "invalid_api_key"}})
            return
        usage = {"prompt_tokens": 321, "completion_tokens": 45, "total_tokens": 366}
        if not stream:
            self.send_json(200, {
                "id": "chatcmpl-test", "object": "chat.completion", "created": 1700000000,
                "model": model,
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": text}}],
                "usage": usage})
            return
        self.start_stream()
        self.raw(": keep-alive" + newline + newline)
        self.event(chunk(model, {"role": "assistant", "content": ""}), newline)
        pieces = [text[i:i + 7] for i in range(0, len(text), 7)]
        for n, piece in enumerate(pieces):
            data = json.dumps(chunk(model, {"content": piece}))
            if n == 1:
                # One event over two data: lines (joined with a newline, still JSON), and in two
                # writes, so the client sees a packet end inside the event.
                cut = data.index(", \"model\"") + 1
                self.raw("data: " + data[:cut] + newline)
                self.raw("data: " + data[cut:] + newline + newline)
            elif n == 2:
                whole = "data: " + data + newline + newline
                self.raw(whole[:5])
                self.raw(whole[5:])
            else:
                self.event(json.loads(data), newline)
        self.event(chunk(model, {}, "stop"), newline)
        self.event(chunk(model, usage=usage, choices=False), newline)
        self.raw("data: [DONE]" + newline + newline)

    def answer_crlf(self, model, stream):
        self.answer_code(model, stream, newline="\r\n")

    def answer_tools(self, model, stream):
        self.start_stream()
        self.event(chunk(model, {"role": "assistant", "content": None, "tool_calls": [
            {"index": 0, "id": "call_a", "type": "function",
             "function": {"name": "run_cell", "arguments": ""}}]}))
        for piece in ['{"co', 'de": "print(', "1 + 1)", '"}']:
            self.event(chunk(model, {"tool_calls": [{"index": 0, "function": {"arguments": piece}}]}))
        self.event(chunk(model, {"tool_calls": [
            {"index": 1, "id": "call_b", "type": "function",
             "function": {"name": "list_variables", "arguments": "{}"}}]}))
        self.event(chunk(model, {}, "tool_calls"))
        self.raw("data: [DONE]\n\n")

    # --- agent mode: the answer depends on the turn (assistant messages already sent) -------
    def turn(self):
        return 1 + sum(1 for m in self.body.get("messages", []) if m.get("role") == "assistant")

    def stream_tool_calls(self, model, calls, pieces=4, cut=False):
        """Streams tool calls as servers do: id and name first, then the arguments in fragments
        (split mid-token, mid-escape), each call after the other; cut=True dies in the middle."""
        self.start_stream()
        self.event(chunk(model, {"role": "assistant", "content": None}))
        for index, (name, arguments) in enumerate(calls):
            text = json.dumps(arguments)
            self.event(chunk(model, {"tool_calls": [
                {"index": index, "id": f"call_{self.turn()}_{index}", "type": "function",
                 "function": {"name": name, "arguments": ""}}]}))
            size = max(1, len(text) // pieces + 1)
            fragments = [text[i:i + size] for i in range(0, len(text), size)]
            for n, fragment in enumerate(fragments):
                if cut and index == len(calls) - 1 and n == len(fragments) // 2:
                    return  # the server dies: no finish reason, no [DONE]
                self.event(chunk(model, {"tool_calls": [
                    {"index": index, "function": {"arguments": fragment}}]}))
        self.event(chunk(model, {}, "tool_calls"))
        self.event(chunk(model, usage={"prompt_tokens": 100, "completion_tokens": 20,
                                       "total_tokens": 120}, choices=False))
        self.raw("data: [DONE]\n\n")

    def agent(self, model, stream):
        """Looks at the data, runs a cell, reads a page, then answers."""
        turn = self.turn()
        if turn == 1:
            self.stream_tool_calls(model, [("describe_table", {"name": "sales"}),
                                           ("list_variables", {})])
        elif turn == 2:
            self.stream_tool_calls(model, [("run_cell", {
                "code": "total = sales.revenue.sum()\nprint(\"total:\", round(total, 2))\n"
                        "total"})])
        elif turn == 3:
            self.stream_tool_calls(model, [("read_table_page",
                                            {"name": "sales", "offset": 1, "limit": 2})])
        else:
            self.answer_code(model, stream, text="The total revenue is shown above.\n\n"
                             "```python\ntotal = sales.revenue.sum()\ntotal\n```\n")

    def agent_loop(self, model, stream):
        """Never done: a cell every turn, until the step limit stops it."""
        self.stream_tool_calls(model, [("run_cell", {"code": f"step = {self.turn()}\nstep"})])

    def agent_slow(self, model, stream):
        """A cell that takes long: Stop interrupts it."""
        if self.turn() == 1:
            self.stream_tool_calls(model, [("run_cell", {
                "code": "import time\nprint('started', flush=True)\ntime.sleep(120)"})])
        else:
            self.answer_code(model, stream, text="done")

    def agent_huge(self, model, stream):
        """A cell whose output is far over the tool-result budget."""
        if self.turn() == 1:
            self.stream_tool_calls(model, [("run_cell", {
                "code": "print('y' * 200000)"})])
        else:
            self.answer_code(model, stream, text="It printed a lot.")

    def agent_cut(self, model, stream):
        """The stream dies in the middle of a tool call's arguments."""
        self.stream_tool_calls(model, [("run_cell", {"code": "print('never runs')"})], cut=True)

    def agent_text(self, model, stream):
        """A model without tool-call support: the call as JSON in the answer's text."""
        if self.turn() == 1:
            self.answer_code(model, stream, text='```json\n{"name": "run_cell", "arguments": '
                             '{"code": "print(6 * 7)"}}\n```')
        else:
            self.answer_code(model, stream, text="It printed 42.")

    def agent_text_ambiguous(self, model, stream):
        """A call as JSON inside prose, twice: nothing can be run from that."""
        self.answer_code(model, stream, text='First I call {"name": "run_cell", "arguments": '
                         '{"code": "import os"}} and then {"name": "run_cell", "arguments": '
                         '{"code": "print(1)"}} to check.')

    def answer_long(self, model, stream):
        """A long answer as a model writes one: prose and three code blocks, about 24 KB in
        pieces of a token or so, sent as fast as the connection takes them (the GUI's worst
        case: every event a packet of its own)."""
        paragraph = ("The revenue column is summed per region and month, then the months are "
                     "compared with the same month a year before; regions with fewer than ten "
                     "orders are left out because their totals swing too much. ")
        code = ("```python\nmonthly = (sales.assign(month=sales.date.str[:7])\n"
                "           .groupby([\"region\", \"month\"]).revenue.sum()\n"
                "           .unstack(\"region\"))\nmonthly.pct_change(12).round(3)\n```\n")
        text = ""
        while len(text) < 24000:
            text += paragraph * 6 + "\n\n" + code + "\n"
        self.start_stream()
        self.event(chunk(model, {"role": "assistant", "content": ""}))
        for i in range(0, len(text), 4):
            self.event(chunk(model, {"content": text[i:i + 4]}))
        self.event(chunk(model, {}, "stop"))
        self.raw("data: [DONE]\n\n")

    def answer_huge(self, model, stream):
        self.start_stream()
        piece = "x" * 999 + "\n"
        for _ in range(3000):  # 3 MB
            self.event(chunk(model, {"content": piece}))
        self.event(chunk(model, {}, "stop"))
        self.raw("data: [DONE]\n\n")

    def answer_cut(self, model, stream):
        self.start_stream()
        self.event(chunk(model, {"role": "assistant", "content": "import pandas as pd\n"}))
        self.event(chunk(model, {"content": "totals = sales.gro"}))
        # The server dies here: the connection closes without a finish reason or [DONE].

    def answer_stall(self, model, stream):
        self.start_stream()
        self.event(chunk(model, {"role": "assistant", "content": "Thinking"}))
        RELEASE.wait(60)

    def answer_code_then_stall(self, model, stream):
        """Prose and a closed code block, then a second block that never ends: what is complete
        is shown rendered while the answer still streams."""
        self.start_stream()
        for piece in ["Totals **per region**:\n\n", "```python\nsales.groupby(", "\"region\")",
                      ".revenue.sum()\n```\n", "\nThen the months:\n\n```python\nsales."]:
            self.event(chunk(model, {"content": piece}))
        RELEASE.wait(60)

    def answer_silent(self, model, stream):
        RELEASE.wait(60)

    def answer_malformed(self, model, stream):
        self.start_stream()
        self.event(chunk(model, {"content": "ok so far"}))
        self.raw("data: {this is not json\n\n")
        self.raw("data: [DONE]\n\n")

    def answer_midstream_error(self, model, stream):
        self.start_stream()
        self.event(chunk(model, {"content": "Start"}))
        self.raw("data: " + json.dumps({"error": {"message": "model crashed: out of memory",
                                                  "type": "server_error", "code": 500}}) + "\n\n")

    def error_401(self, model, stream):
        self.send_json(401, {"error": {"message": "Incorrect API key provided",
                                       "type": "invalid_request_error", "code": "invalid_api_key"}})

    def error_404_model(self, model, stream):
        self.send_json(404, {"error": {"message": f"model '{model}' not found",
                                       "type": "not_found_error", "code": "model_not_found"}})

    def error_429(self, model, stream):
        self.send_json(429, {"error": {"message": "Rate limit reached, retry in 20s",
                                       "type": "rate_limit_error"}}, {"Retry-After": "20"})

    def error_500(self, model, stream):
        self.send_json(500, {"error": {"message": "CUDA error: out of memory",
                                       "type": "server_error"}})

    def error_502_text(self, model, stream):
        data = b"Bad Gateway: upstream llama-server is down"
        self.send_response(502)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def error_context(self, model, stream):
        self.send_json(400, {"error": {
            "message": "This model's maximum context length is 4096 tokens. However, your "
                       "messages resulted in 9000 tokens.",
            "type": "invalid_request_error", "code": "context_length_exceeded"}})


SCENARIOS = {
    "plain": lambda self, model, stream: self.answer_code(model, False),
    "crlf": Handler.answer_crlf,
    "tools": Handler.answer_tools,
    "huge": Handler.answer_huge,
    "long": Handler.answer_long,
    "cut": Handler.answer_cut,
    "stall": Handler.answer_stall,
    "code-then-stall": Handler.answer_code_then_stall,
    "silent": Handler.answer_silent,
    "malformed": Handler.answer_malformed,
    "midstream-error": Handler.answer_midstream_error,
    "err-401": Handler.error_401,
    "err-404-model": Handler.error_404_model,
    "err-429": Handler.error_429,
    "err-500": Handler.error_500,
    "err-502-text": Handler.error_502_text,
    "err-context": Handler.error_context,
    "agent": Handler.agent,
    "agent-loop": Handler.agent_loop,
    "agent-slow": Handler.agent_slow,
    "agent-huge": Handler.agent_huge,
    "agent-cut": Handler.agent_cut,
    "agent-text": Handler.agent_text,
    "agent-text-ambiguous": Handler.agent_text_ambiguous,
}


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(f"PORT {server.server_address[1]}", flush=True)
    # The test closes our stdin (or dies): stop then, so no server outlives its suite.
    threading.Thread(target=lambda: (sys.stdin.read(), server.shutdown()), daemon=True).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
