# benign: seaborn bar, box and heat-map plots saved into the output folder
# writes: box.png heatmap.png
import matplotlib.pyplot as plt
import seaborn as sns

sns.set_theme(style="whitegrid")
fig, ax = plt.subplots(figsize=(6, 4))
sns.boxplot(data=sales, x="region", y="revenue", ax=ax)
fig.savefig("box.png")
plt.close(fig)
table = sales.pivot_table(index="region", columns="product", values="units", aggfunc="sum")
fig2, ax2 = plt.subplots(figsize=(7, 4))
sns.heatmap(table, annot=True, fmt=".0f", cmap="Blues", ax=ax2)
fig2.savefig("heatmap.png")
sns.barplot(data=sales, x="channel", y="units", errorbar=None)
