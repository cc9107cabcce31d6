# attack: threading.Timer fires after the cell returned, while the policy may be off
# expect: rejected denied error
# check: canary
# attack-cell: 2
# %%
import statsmodels

_m = statsmodels.sys.modules
_m["threading"].Timer(0.3, _m["shutil"].rmtree, args=("{CANARY_DIR}",)).start()
print("scheduled")
# %%
total = sum(i * i for i in range(5_000_000))
print(total)
