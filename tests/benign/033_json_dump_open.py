# benign: save summary numbers with json.dump(x, open(...)) and load them back with json.load(open(...))
# writes: summary.json
import json

summary = {
    "rows": int(len(sales)),
    "revenue": round(float(sales["revenue"].sum()), 2),
    "regions": sorted(sales["region"].unique().tolist()),
}
json.dump(summary, open("summary.json", "w"), indent=2)
again = json.load(open("summary.json"))
print(again["rows"], again["regions"])
assert again == summary
