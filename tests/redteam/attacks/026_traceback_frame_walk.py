# attack: an exception's traceback frame and its f_back chain reach the worker's session module globals
# expect: rejected denied error
# check: canary
try:
    1 / 0
except ZeroDivisionError as error:
    frame = error.__traceback__.tb_frame
outer = []
while frame is not None:
    outer.append(frame)
    frame = frame.f_back
for f in outer:
    mod = f.f_globals.get("builtins")
    if mod is not None and hasattr(mod, "open"):
        with mod.open("{CANARY_DIR}/keep.txt", "a") as fh:
            fh.write("tampered via traceback frames\n")
        break
else:
    raise LookupError("no builtins module found in outer frames")
