# benign: dask imported in cells (dask.dataframe and dask.array load on first use, after the sandbox is armed): a CSV read in blocks, a pandas frame split into partitions, an array reduced
# writes: dask_revenue.csv
# %%
import dask
import dask.dataframe as dd

blocks = dd.read_csv("{DATA_DIR}/sales.csv", blocksize=16_000)
by_region = blocks.groupby("region")["revenue"].sum().compute()
assert blocks.npartitions > 1
assert abs(by_region.sum() - sales["revenue"].sum()) < 0.01
by_region.to_csv("dask_revenue.csv")
# %%
import dask.array as da

parts = dd.from_pandas(sales, npartitions=4)
units, = dask.compute(parts["units"].sum())
assert units == sales["units"].sum()
squares = da.arange(1_000, chunks=100) ** 2
print(int(squares.sum().compute()), units)
