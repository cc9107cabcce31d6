# attack: an atexit handler (atexit from sys.modules) writes outside the zones when the worker exits
# expect: rejected denied error
# check: canary
# attack-cell: 2
# %%
import collections

_m = collections._sys.modules
atexit = _m["importlib"].import_module("atexit")
atexit.register(_m["os"].system, "echo atexit > {CANARY_DIR}/atexit.txt")
# %%
# an innocent cell follows; the worker stays alive a little longer
total = sum(i * i for i in range(2_000_000))
print(total)
