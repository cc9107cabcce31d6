# attack: _io.FileIO found through __subclasses__ opens and reads a secret file
# expect: rejected denied error
# check: secret


def walk(cls):
    for sub in type.__subclasses__(cls):
        yield sub
        yield from walk(sub)


FileIO = next(c for c in walk(object) if c.__name__ == "FileIO")
print(FileIO("{SECRET_FILE}", "r").read().decode())
