# benign: print the Python and pandas versions and time a step with time.perf_counter
# writes:
import sys
import time

import pandas as pd

print("Python", sys.version.split()[0], "pandas", pd.__version__, "platform", sys.platform)
start = time.perf_counter()
monthly = sales.set_index(pd.to_datetime(sales["date"]))["revenue"].resample("M").sum()
elapsed = time.perf_counter() - start
print(f"{len(monthly)} months in {elapsed:.3f} s")
print(time.strftime("%Y", time.gmtime(0)))
