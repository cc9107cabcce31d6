# attack: raise the recursion limit via statsmodels.sys and recurse through C (map) until the C stack overflows
# expect: rejected denied error crashed
# check: survivor
import statsmodels

statsmodels.sys.setrecursionlimit(10**8)


def dive(n):
    # each level passes through C code (map, sum), so the C stack grows with the Python one
    return sum(map(dive, [n + 1]))


dive(0)
