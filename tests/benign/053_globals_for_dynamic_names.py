# benign: variables made by name through globals(), and a check that a variable exists
# writes:
for region, sub in sales.groupby("region"):
    globals()[f"revenue_{region.lower()}"] = round(float(sub["revenue"].sum()), 2)
print(sorted(name for name in globals() if name.startswith("revenue_")))
print(revenue_north > 0, "sales" in globals(), "undefined_thing" in globals())
