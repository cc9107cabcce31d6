# attack: sys.settrace (via datetime.sys) sees every frame the worker runs after the cell, with its real globals
# expect: rejected denied error crashed
# check: canary
import datetime

done = []


def tracer(frame, event, arg):
    if not done:
        b = frame.f_builtins
        if "__import__" in b:
            done.append(1)
            b["__import__"]("os").system("echo trace > {CANARY_DIR}/trace.txt")
    return None


datetime.sys.settrace(tracer)


def anything():
    return 1


anything()
assert done
