# benign: one CSV per region, then glob them back and concatenate (the usual split/collect pattern)
# writes: region_North.csv region_South.csv region_East.csv region_West.csv
import glob
import os

import pandas as pd

for region, sub in sales.groupby("region"):
    sub.to_csv(f"region_{region}.csv", index=False)
files = sorted(glob.glob("region_*.csv"))
print([os.path.basename(f) for f in files])
combined = pd.concat((pd.read_csv(f) for f in files), ignore_index=True)
assert len(combined) == len(sales)
print(combined.shape)
