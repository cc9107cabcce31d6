# benign: an assistant's usual first lines: import os, make a results folder, save a table into it
# writes: results/by_region.csv
import os

import pandas as pd

os.makedirs("results", exist_ok=True)
by_region = sales.groupby("region", as_index=False)["revenue"].sum()
path = os.path.join("results", "by_region.csv")
by_region.to_csv(path, index=False)
print(os.path.exists(path), sorted(os.listdir("results")))
assert pd.read_csv(path).shape == (4, 2)
