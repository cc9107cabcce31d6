# benign: top sales with heapq, price bands with bisect, month names with calendar
# writes:
import bisect
import calendar
import heapq

import pandas as pd

revenues = sales["revenue"].dropna().tolist()
print([round(x, 2) for x in heapq.nlargest(3, revenues)])
bands = [50, 200, 1000]
labels = ["small", "medium", "large", "huge"]
counts = pd.Series([labels[bisect.bisect(bands, r)] for r in revenues]).value_counts()
print(counts.to_dict())
months = pd.to_datetime(sales["date"]).dt.month.value_counts().sort_index()
print({calendar.month_abbr[m]: int(n) for m, n in months.items()})
print(calendar.monthrange(2025, 2)[1], "days in February 2025")
