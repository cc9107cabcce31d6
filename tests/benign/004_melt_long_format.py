# benign: wide to long and back with pivot and melt
# writes:
wide = sales.pivot_table(index="product", columns="channel", values="units", aggfunc="sum").reset_index()
long = wide.melt(id_vars="product", var_name="channel", value_name="units")
print(long.sort_values(["product", "channel"]).to_string(index=False))
back = long.pivot(index="product", columns="channel", values="units")
assert (back.values == wide.set_index("product")[back.columns].values).all()
print("round trip ok")
