# attack: methodcaller('__subclasses__') and attrgetter('__class__') - dunder names only in strings
# expect: rejected denied error crashed
# check: survivor
import operator
import matplotlib  # noqa: F401  (loads subprocess)

obj = operator.attrgetter("__cl" + "ass__.__ba" + "se__")(())
classes = operator.methodcaller("__sub" + "classes__")(obj)
found = [c for c in classes if c.__name__ == "Popen"]
found[0](["/usr/bin/python3", "-c", "import time; time.sleep(300)", "{TOKEN}"], start_new_session=True)
