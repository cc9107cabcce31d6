# %%
import numpy as np
np.random.seed(7)
print(len(sales), "sales rows;", len(regions), "regions")
print('quote " back\\slash \t tab', "ünïcode ✓")
# %%
sales["revenue"] = sales["revenue"].fillna(sales["units"] * sales["unit_price"])
by_region = sales.groupby("region")["revenue"].sum().round(2)
print(by_region.to_string())
by_region.to_csv("by_region.csv")
# %%
undefined_name + 1
# %%
import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(5, 3))
by_region.plot.bar(ax=ax)
ax.set_title("Revenue by region")
# %%
merged = regions.set_index("region").join(by_region)
merged["share"] = (merged["revenue"] / merged["target"]).round(3)
print(merged[["target", "revenue", "share"]].to_string())
fig, ax = plt.subplots()
merged["share"].plot.barh(ax=ax)
# %%
noise = np.random.normal(size=200)
plt.figure(figsize=(4, 3))
plt.hist(noise, bins=20)
print(round(float(noise.mean()), 6))
merged.shape
