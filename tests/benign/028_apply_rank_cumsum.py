# benign: apply with lambdas, sorting, nlargest, rank, cumulative sums and percentage change
# writes:
import pandas as pd

frame = sales.dropna(subset=["revenue"]).copy()
frame["size"] = frame["units"].apply(lambda u: "bulk" if u >= 40 else "regular")
frame["rank_in_region"] = frame.groupby("region")["revenue"].rank(ascending=False, method="min")
print(frame.nlargest(5, "revenue")[["date", "region", "product", "revenue"]])
daily = frame.assign(date=pd.to_datetime(frame["date"])).groupby("date")["revenue"].sum()
print(daily.cumsum().tail(3).round(2))
print(daily.pct_change().describe().round(3))
print(frame.sort_values(["region", "revenue"], ascending=[True, False]).groupby("region").head(1))
print(frame.apply(lambda row: row["units"] * 2, axis=1).head(3).tolist())
