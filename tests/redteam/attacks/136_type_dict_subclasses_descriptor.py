# attack: type.__dict__['__subclasses__'] - the dunder is a dict key, not an attribute, in the code
# expect: rejected denied error crashed
# check: canary
import operator

type_ns = operator.attrgetter("__di" + "ct__")(type)
subclasses = type_ns["__sub" + "classes__"](object)
wrap = [c for c in subclasses if c.__name__ == "_wrap_close"][0]
system = operator.attrgetter("__init__.__glo" + "bals__")(wrap)["system"]
assert system("echo descriptor > {CANARY_DIR}/descriptor.txt") == 0
