# attack: numpy.lib.format.open_memmap creates and writes a file outside the zones
# expect: rejected denied error
# check: canary
import numpy as np

m = np.lib.format.open_memmap("{CANARY_DIR}/mm.npy", mode="w+", dtype=np.float64, shape=(16,))
m[:] = 1.0
m.flush()
