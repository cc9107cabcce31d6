# benign: write a plain-text report line by line with `with open("report.txt", "w")`, then read it back
# writes: report.txt
totals = sales.groupby("region")["revenue"].sum().sort_values(ascending=False)
with open("report.txt", "w", encoding="utf-8") as f:
    f.write("Revenue by region\n")
    for region, value in totals.items():
        f.write(f"{region:<8}{value:>14,.2f}\n")
with open("report.txt", encoding="utf-8") as f:
    lines = f.read().splitlines()
print(len(lines), lines[0])
assert len(lines) == 5
