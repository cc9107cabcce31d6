# %%
# Sample analysis: revenue by region.
#
# Sandbench has already loaded `sales` (sales.csv) as a pandas DataFrame; each `# %%` line starts
# a new cell, and cells share one namespace, like a notebook.
import matplotlib.pyplot as plt

print(f"{len(sales)} sales rows, columns: {', '.join(sales.columns)}")
missing = sales.isna().sum()
print("Missing values per column:")
print(missing[missing > 0].to_string())

# %%
# Where only revenue is missing it can be recomputed; where the price is missing too, the row
# stays NaN and pandas' sum() skips it.
sales["revenue"] = sales["revenue"].fillna((sales["units"] * sales["unit_price"]).round(2))
by_region = sales.groupby("region")["revenue"].sum().sort_values(ascending=False)

print("Revenue by region:")
print(by_region.round(2).to_string())
print(f"Total: {by_region.sum():,.2f}; best region: {by_region.idxmax()}")

# %%
# Sandbench shows every figure left open at the end of a cell: no plt.show() needed.
fig, ax = plt.subplots(figsize=(6, 4))
by_region.plot.bar(ax=ax, color="#3776ab")
ax.set_title("Revenue by region, 2025")
ax.set_xlabel("Region")
ax.set_ylabel("Revenue")
ax.tick_params(axis="x", labelrotation=0)
fig.tight_layout()
