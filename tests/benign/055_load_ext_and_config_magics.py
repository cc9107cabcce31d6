# benign: the first cell of many notebooks: autoreload, config and inline-backend magics, then work
# writes:
# %%
%load_ext autoreload
%autoreload 2
%config InlineBackend.figure_format = "retina"
%matplotlib inline
import pandas as pd
import numpy as np

pd.set_option("display.precision", 2)
# %%
print(np.round(sales.groupby("region")["unit_price"].mean().to_numpy(), 2))
