# %% [markdown]
# Orders, cookbook style: the habits of a pandas cookbook chapter written for Jupyter.
# %%
%matplotlib inline
import os
import sys
import json
import warnings

import pandas as pd
import matplotlib.pyplot as plt

warnings.filterwarnings("ignore")
print(sys.version_info[:2] >= (3, 9))
# %%
orders = pd.read_csv("data/orders.csv", parse_dates=["date"])
orders[:3]
# %%
# A slice, then an assignment on it: pandas' chained-assignment check runs here.
harbour = orders[orders["store"] == "Harbour"]
harbour["per_item"] = harbour["amount"] / harbour["items"]
harbour["per_item"].describe()
# %%
weekly = orders.set_index("date").resample("W")["amount"].sum()
weekly.plot(figsize=(8, 3))
plt.show()
# %%
os.makedirs("results", exist_ok=True)
summary = orders.pivot_table(index="store", columns="category", values="amount", aggfunc="sum")
summary.round(2).to_csv(os.path.join("results", "by_store.csv"))
with open(os.path.join("results", "totals.json"), "w") as f:
    json.dump({store: round(float(v), 2) for store, v in summary.sum(axis=1).items()}, f)
display(summary.round(0))
# %%
%time best = summary.sum(axis=1).idxmax()
print(best, sorted(os.listdir("results")))
