# benign: a small class with __init__ and methods; results as JSON, written with pandas
# writes: results.json
import json

import pandas as pd


class RegionReport:
    def __init__(self, name, frame):
        self.name = name
        self.frame = frame

    def total(self):
        return float(self.frame["revenue"].sum())

    def best_product(self):
        return self.frame.groupby("product")["revenue"].sum().idxmax()

    def __repr__(self):
        return f"RegionReport({self.name!r}, rows={len(self.frame)})"


reports = [RegionReport(name, group) for name, group in sales.groupby("region")]
results = {r.name: {"total": round(r.total(), 2), "best": r.best_product()} for r in reports}
text = json.dumps(results, indent=2, sort_keys=True)
print(text)
assert json.loads(text) == results
pd.Series(results).to_json("results.json")
reports[0]
