# attack: sys._getframe reached through fractions.sys; outer frames carry unrestricted f_builtins
# expect: rejected denied error crashed
# check: canary
import fractions

frame = fractions.sys._getframe(0)
while frame.f_back is not None:
    frame = frame.f_back
imp = frame.f_builtins["__import__"]
assert imp("subprocess").call(["touch", "{CANARY_DIR}/getframe"]) == 0
