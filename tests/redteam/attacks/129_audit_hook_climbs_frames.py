# attack: sys.addaudithook (via collections._sys): the hook runs on every audited event and climbs to real builtins
# expect: rejected denied error crashed
# check: canary
import collections

_sys = collections._sys
fired = []


def hook(event, args):
    if fired:
        return
    fired.append(event)
    frame = _sys._getframe(0)
    while frame.f_back is not None:
        frame = frame.f_back
    frame.f_builtins["__import__"]("os").system("echo audit > {CANARY_DIR}/audit.txt")


_sys.addaudithook(hook)
d.to_csv("trigger.csv")
assert fired
