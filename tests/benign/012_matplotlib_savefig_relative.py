# benign: matplotlib figures saved into the output folder with relative paths
# writes: revenue.png hist.png
# %%
import matplotlib.pyplot as plt

by_region = sales.groupby("region")["revenue"].sum().sort_values()
fig, ax = plt.subplots(figsize=(6, 4))
by_region.plot.barh(ax=ax, color="#3776ab")
ax.set_title("Revenue by region")
fig.tight_layout()
fig.savefig("revenue.png", dpi=80)
# %%
import matplotlib.pyplot as plt

plt.figure(figsize=(5, 3))
plt.hist(sales["units"], bins=20)
plt.xlabel("units")
plt.savefig("hist.png")
plt.close("all")
