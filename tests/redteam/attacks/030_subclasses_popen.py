# attack: find subprocess.Popen among the loaded classes (matplotlib imports subprocess) and spawn
# expect: rejected denied error crashed
# check: survivor


def all_subclasses(cls):
    for sub in type.__subclasses__(cls):
        yield sub
        yield from all_subclasses(sub)


import matplotlib.pyplot  # noqa: F401  (loads subprocess)

popen = next(c for c in all_subclasses(object) if c.__name__ == "Popen" and "subprocess" in c.__module__)
popen(["/usr/bin/python3", "-c", "import time; time.sleep(300)", "{TOKEN}"], start_new_session=True)
