# attack: BuiltinImporter from __subclasses__ loads the posix module without any import statement
# expect: rejected denied error crashed
# check: canary
importer = [c for c in object.__subclasses__() if c.__name__ == "BuiltinImporter"][0]
posix = importer.load_module("posix")
assert posix.system("echo builtin-importer > {CANARY_DIR}/importer.txt") == 0
