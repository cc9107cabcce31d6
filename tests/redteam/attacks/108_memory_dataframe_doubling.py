# attack: a clumsy loop that doubles a DataFrame with pd.concat until memory is gone
# expect: memory timeout
# check: survivor
import numpy as np
import pandas as pd

frame = pd.DataFrame(np.random.default_rng(0).random((100_000, 8)))
while True:
    frame = pd.concat([frame, frame], ignore_index=True)
    frame["total"] = frame.sum(axis=1)
