# attack: the bare name __builtins__ in the cell namespace gives open() back
# expect: rejected denied error
# check: canary
b = __builtins__
b = b if isinstance(b, dict) else b.__dict__
b["open"]("{CANARY_DIR}/keep.txt", "w").write("builtins name")
