# benign: a notebook in several cells sharing state: helpers, a table, a plot left open for the app
# writes:
# %%
def share(frame, column):
    totals = frame.groupby(column)["revenue"].sum()
    return (totals / totals.sum()).sort_values(ascending=False)


print("helper defined")
# %% [markdown]
# Shares by channel and by product.
# %%
channel_share = share(sales, "channel")
product_share = share(sales, "product")
print(channel_share.round(3))
print(product_share.round(3))
# %%
import matplotlib.pyplot as plt

ax = product_share.plot.pie(figsize=(4, 4), autopct="%.0f%%")
ax.set_ylabel("")
# %%
len(channel_share) + len(product_share)
