# attack: print.__self__ is the builtins module, whatever the cell's __builtins__ were replaced with
# expect: rejected denied error crashed
# check: canary
real = print.__self__
os_ = real.__import__("os")
assert os_.system("echo print-self > {CANARY_DIR}/print_self.txt") == 0
