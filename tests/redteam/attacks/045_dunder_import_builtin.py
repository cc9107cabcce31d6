# attack: the __import__ builtin called directly
# expect: rejected denied error crashed
# check: canary
os_ = __import__("os")
assert os_.system("echo dunder-import > {CANARY_DIR}/import.txt") == 0
