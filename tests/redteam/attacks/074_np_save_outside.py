# attack: np.save to a folder outside the zones
# expect: rejected denied error
# check: canary
import numpy as np

np.save("{CANARY_DIR}/array.npy", np.arange(10))
