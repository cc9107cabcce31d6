# attack: ().__class__.__bases__[0].__subclasses__() -> os._wrap_close module globals -> popen('cat secret')
# expect: rejected denied error crashed
# check: secret
base = ().__class__.__bases__[0]
wrap = [c for c in base.__subclasses__() if c.__module__ == "os" and c.__name__ == "_wrap_close"][0]
print(wrap.__init__.__globals__["popen"]("cat {SECRET_FILE}").read())
