# benign: display() as in Jupyter, without importing it: frames, series and plain values
# writes:
import pandas as pd

display(sales.head(3))
by_channel = sales.groupby("channel")["revenue"].sum().round(2)
display(by_channel)
display("rows:", len(sales))
