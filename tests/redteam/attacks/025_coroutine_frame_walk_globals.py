# attack: a coroutine's cr_frame.f_back, then f_back again into worker module globals, then their __builtins__
# expect: rejected denied error crashed
# check: canary


async def probe():
    return co.cr_frame.f_back


co = probe()
try:
    co.send(None)
except StopIteration as stop:
    frame = stop.value
importer = None
while frame is not None:
    g = frame.f_globals
    b = g.get("__builtins__")
    b = b if isinstance(b, dict) else getattr(b, "__dict__", {})
    if "__import__" in b:
        importer = b["__import__"]
    frame = frame.f_back
importer("os").remove("{CANARY_DIR}/keep.txt")
