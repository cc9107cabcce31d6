# benign: crosstab with normalisation, binning with cut and qcut, value_counts
# writes:
import pandas as pd

print(pd.crosstab(sales["region"], sales["channel"], normalize="index").round(3))
sizes = pd.cut(sales["units"], bins=[0, 10, 25, 50, 1000], labels=["small", "medium", "large", "bulk"])
print(sizes.value_counts().sort_index())
quartile = pd.qcut(sales["revenue"], q=4, labels=["Q1", "Q2", "Q3", "Q4"])
print(sales.groupby(quartile, observed=True)["units"].mean().round(2))
print(sales["product"].value_counts(normalize=True).round(3))
print(sales.nunique())
