# benign: revenue by region and product with groupby and named aggregations
# writes:
summary = (
    sales.groupby(["region", "product"])
    .agg(revenue=("revenue", "sum"), orders=("units", "count"), avg_units=("units", "mean"))
    .reset_index()
    .sort_values("revenue", ascending=False)
)
print(summary.head(10).to_string(index=False))
by_channel = sales.groupby("channel")["revenue"].agg(["sum", "mean", "median", "std"])
print(by_channel.round(2))
summary.shape
