# attack: warnings.catch_warnings found via __subclasses__; its _module (the warnings module) exposes __builtins__
# expect: rejected denied error
# check: canary
cw = [c for c in ().__class__.__bases__[0].__subclasses__() if c.__name__ == "catch_warnings"][0]
b = cw()._module.__builtins__
b = b if isinstance(b, dict) else b.__dict__
with b["open"]("{CANARY_DIR}/warnings.txt", "w") as fh:
    fh.write("via catch_warnings._module")
