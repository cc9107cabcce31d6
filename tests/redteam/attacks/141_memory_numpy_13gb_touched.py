# attack: np.ones((40000, 40000)) - 12.8 GB that is really written (no lazy zero pages), below the kernel's overcommit refusal
# expect: memory timeout
# check: survivor
import numpy as np

grid = np.ones((40_000, 40_000))
print(grid.sum())
