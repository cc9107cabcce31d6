# benign: resample a datetime-indexed series by week and month
# writes:
import pandas as pd

ts = sales.assign(date=pd.to_datetime(sales["date"])).set_index("date").sort_index()
weekly = ts["revenue"].resample("W").sum()
monthly = ts.resample("M").agg({"revenue": "sum", "units": "sum"})
monthly.index = monthly.index.strftime("%Y-%m")
print(weekly.head())
print(monthly)
print("best month:", monthly["revenue"].idxmax())
