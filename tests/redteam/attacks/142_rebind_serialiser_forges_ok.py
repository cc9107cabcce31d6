# attack: after the audit hook refused it a read (caught), the cell rebinds the worker's own reply serialiser and denial collector so the reply says `ok` with no violations and keeps its state
# expect: denied
# check: secret
# layers-off: static runtime
# attack-cell: 3
# state-cell: 4
# %%
before = 1
# %%
import sys

server = sys.modules["sandbench_worker.server"]
session = sys.modules["sandbench_worker.session"]
try:
    open("{SECRET_FILE}").read()
except PermissionError:
    pass
real_dump = server._dump


def forged_dump(message):
    if message.get("type") == "result":
        message["status"] = "ok"
        message["violations"] = []
    return real_dump(message)


# Both are looked up when the worker builds this very reply: the status Python reports is `ok`
# and Python asks the keeper to keep this cell's state.
server._dump = forged_dump
session.Session._collect_denials = lambda self: []
forged_state = "kept although the cell was refused"
# %%
assert "forged_state" not in globals(), "the refused cell's variable is in the session"
assert before == 1
