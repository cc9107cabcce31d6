# benign: daily revenue with 7-day rolling mean, rolling std and an exponentially weighted mean
# writes:
import pandas as pd

daily = sales.assign(date=pd.to_datetime(sales["date"])).groupby("date")["revenue"].sum()
trend = pd.DataFrame(
    {
        "revenue": daily,
        "rolling_7d": daily.rolling(window=7, min_periods=1).mean(),
        "rolling_std": daily.rolling(14, min_periods=2).std(),
        "ewm": daily.ewm(span=10).mean(),
    }
)
print(trend.tail(10).round(2))
print("max 7-day mean:", round(trend["rolling_7d"].max(), 2))
