# attack: fill the disk: append a 100 MB frame to one CSV in a loop, 20 GB in total
# expect: output_limit denied error timeout
# check:
import numpy as np
import pandas as pd

block = pd.DataFrame(np.full((1_000_000, 10), 123456789.123456789))
block.to_csv("big.csv", index=False)
for _ in range(200):
    block.to_csv("big.csv", mode="a", header=False, index=False)
