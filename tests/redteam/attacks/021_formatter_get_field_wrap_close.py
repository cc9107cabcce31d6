# attack: string.Formatter().get_field returns real objects from a dotted path: object subclasses -> os._wrap_close -> system
# expect: rejected denied error crashed
# check: canary
import string

fmt = string.Formatter()
subclasses_fn, _ = fmt.get_field("0.__class__.__base__.__subclasses__", [()], {})
for cls in subclasses_fn():
    if cls.__name__ == "_wrap_close":
        system, _ = fmt.get_field("0.__init__.__globals__[system]", [cls], {})
        assert system("echo formatter > {CANARY_DIR}/formatter.txt") == 0
        break
else:
    raise LookupError("_wrap_close not found")
