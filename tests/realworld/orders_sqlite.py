# %% [markdown]
# Orders in SQLite, in the style of a pandas cookbook chapter on databases: read a database from
# the data folder, write one into the output folder, and use an in-memory one.
# %%
import sqlite3

import pandas as pd

con = sqlite3.connect("./data/stores.sqlite")
stores = pd.read_sql("SELECT * FROM stores", con, index_col="store")
stores
# %%
orders = pd.read_csv("data/orders.csv", parse_dates=["date"])
out = sqlite3.connect("orders.sqlite")
out.execute("DROP TABLE IF EXISTS orders")
orders.to_sql("orders", out, index=False)
pd.read_sql("SELECT store, COUNT(*) AS n FROM orders GROUP BY store ORDER BY n DESC LIMIT 3", out)
# %%
memory = sqlite3.connect(":memory:")
stores.reset_index().to_sql("stores", memory, index=False)
pd.read_sql_query("SELECT SUM(orders) AS total FROM stores", memory).total[0]
