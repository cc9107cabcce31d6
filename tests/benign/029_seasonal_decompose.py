# benign: weekly seasonality of daily revenue with statsmodels seasonal_decompose and autocorrelation
# writes: decomposition.png
import matplotlib.pyplot as plt
import pandas as pd
from statsmodels.tsa.seasonal import seasonal_decompose
from statsmodels.tsa.stattools import acf

daily = (
    sales.assign(date=pd.to_datetime(sales["date"]))
    .groupby("date")["revenue"]
    .sum()
    .asfreq("D", fill_value=0.0)
)
parts = seasonal_decompose(daily, model="additive", period=7)
print(parts.seasonal.head(7).round(2))
print(acf(daily, nlags=7).round(3))
fig = parts.plot()
fig.set_size_inches(7, 6)
fig.savefig("decomposition.png")
