# benign: %matplotlib inline and plt.show() between two plots, as a notebook cell does
# writes:
%matplotlib inline
import matplotlib.pyplot as plt

sales.groupby("region")["revenue"].sum().plot.bar(title="Revenue by region")
plt.show()
sales["units"].plot.hist(bins=20, title="Units per sale")
plt.show()
