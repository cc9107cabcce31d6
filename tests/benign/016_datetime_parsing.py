# benign: parse dates, derive weekday/month/quarter, format with strftime, date arithmetic
# writes:
import datetime

import pandas as pd

dates = pd.to_datetime(sales["date"], format="%Y-%m-%d")
frame = sales.assign(
    date=dates,
    weekday=dates.dt.day_name(),
    month=dates.dt.strftime("%b %Y"),
    quarter=dates.dt.quarter,
)
print(frame.groupby("weekday")["revenue"].sum().round(2))
print(frame.groupby("quarter")["units"].sum())
start = datetime.date(2025, 1, 1)
print((dates.max().date() - start).days, "days covered")
print(datetime.datetime(2025, 3, 14, 9, 30).strftime("%A %d %B %Y, %H:%M"))
print(pd.Timestamp("2025-06-30") + pd.offsets.MonthEnd(1))
