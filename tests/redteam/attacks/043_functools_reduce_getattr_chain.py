# attack: functools.reduce(getattr, [...]) builds the attribute chain from data
# expect: rejected denied error crashed
# check: canary
import functools
import numpy as np

path = "lib npyio os system".split()
system = functools.reduce(getattr, path, np)
assert system("echo reduce > {CANARY_DIR}/reduce.txt") == 0
