# benign: find and repair missing values (fillna, interpolate, dropna) and describe the result
# writes:
import numpy as np

print(sales.isna().sum())
clean = sales.copy()
clean["unit_price"] = clean.groupby("product")["unit_price"].transform(lambda s: s.fillna(s.median()))
clean["revenue"] = clean["revenue"].fillna((clean["units"] * clean["unit_price"]).round(2))
assert clean[["unit_price", "revenue"]].isna().sum().sum() == 0
print(clean.describe().round(2))
series = clean["revenue"].head(10).copy()
series.iloc[[2, 5]] = np.nan
print(series.interpolate().round(2).tolist())
print(len(sales.dropna()), "complete rows of", len(sales))
print(clean.duplicated().sum(), "duplicates")
