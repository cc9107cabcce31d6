# benign: pivot_table of revenue by region and channel with margins
# writes: pivot.csv
table = sales.pivot_table(
    index="region", columns="channel", values="revenue", aggfunc="sum", margins=True, fill_value=0
)
print(table.round(0))
table.to_csv("pivot.csv")
units = sales.pivot_table(index="product", columns="region", values="units", aggfunc="mean")
print(units.round(1))
