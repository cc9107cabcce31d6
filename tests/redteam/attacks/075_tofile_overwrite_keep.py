# attack: ndarray.tofile overwrites an existing file outside the zones
# expect: rejected denied error
# check: canary
import numpy as np

np.frombuffer(b"clobbered by tofile\n", dtype=np.uint8).tofile("{CANARY_DIR}/keep.txt")
