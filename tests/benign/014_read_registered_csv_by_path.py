# benign: read a registered dataset's file by its path with pd.read_csv, compare with the loaded variable
# writes:
import pandas as pd

again = pd.read_csv("{DATA_DIR}/sales.csv", parse_dates=["date"])
print(again.shape, sales.shape)
assert len(again) == len(sales)
assert list(again.columns) == list(sales.columns)
targets = pd.read_csv("{DATA_DIR}/regions.csv", index_col="region")
print(targets["target"].sum())
