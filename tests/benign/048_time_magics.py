# benign: %time and %timeit on one line, %%time on a whole cell
# writes:
# %%
%time by_product = sales.groupby("product")["revenue"].sum()
%timeit sales["units"].mean()
print(by_product.round(2))
# %%
%%time
import numpy as np

print(np.round(sales["units"].quantile([0.25, 0.5, 0.75]).to_numpy(), 1))
