# attack: classic object.__subclasses__() walk to os._wrap_close and its __init__.__globals__['system']
# expect: rejected denied error crashed
# check: canary
for cls in [].__class__.__base__.__subclasses__():
    if cls.__name__ == "_wrap_close":
        rc = cls.__init__.__globals__["system"]("echo subclasses > {CANARY_DIR}/subclasses.txt")
        assert rc == 0, rc
        break
else:
    raise LookupError("no _wrap_close")
