# benign: build a small table from text with io.StringIO and write a frame to an in-memory buffer
# writes:
import io

import pandas as pd

text = io.StringIO("region,bonus\nNorth,0.05\nSouth,0.03\nEast,0.04\nWest,0.02\n")
bonus = pd.read_csv(text)
merged = sales.merge(bonus, on="region")
merged["bonus_amount"] = merged["revenue"] * merged["bonus"]
buffer = io.StringIO()
merged.groupby("region")["bonus_amount"].sum().round(2).to_csv(buffer)
print(buffer.getvalue())
assert buffer.getvalue().startswith("region,bonus_amount")
