# benign: merge sales totals with the regions dataset and compare with each manager's target
# writes: attainment.csv
totals = sales.groupby("region", as_index=False)["revenue"].sum()
joined = totals.merge(regions, on="region", how="left", validate="one_to_one")
joined["attainment"] = joined["revenue"] / joined["target"]
joined = joined.sort_values("attainment", ascending=False)
print(joined.to_string(index=False))
joined.to_csv("attainment.csv", index=False)
left = sales.set_index("region").join(regions.set_index("region"), how="inner")
print(len(left), "rows after join")
