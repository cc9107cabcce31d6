# benign: write a summary CSV and an Excel workbook with two sheets into the output folder
# writes: summary.csv summary.xlsx
import pandas as pd

summary = sales.groupby(["region", "channel"], as_index=False)[["units", "revenue"]].sum()
summary.to_csv("summary.csv", index=False)
with pd.ExcelWriter("summary.xlsx") as writer:
    summary.to_excel(writer, sheet_name="by region", index=False)
    regions.to_excel(writer, sheet_name="targets", index=False)
print(pd.read_csv("summary.csv").shape)
print(pd.read_excel("summary.xlsx", sheet_name=None).keys())
