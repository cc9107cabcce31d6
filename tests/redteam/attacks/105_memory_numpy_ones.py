# attack: np.ones((10**6, 10**6)) - 8 TB of float64
# expect: memory error timeout
# check: survivor
import numpy as np

grid = np.ones((10**6, 10**6))
