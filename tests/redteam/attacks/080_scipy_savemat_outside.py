# attack: scipy.io.savemat writes outside the zones
# expect: rejected denied error
# check: canary
import numpy as np
import scipy.io

scipy.io.savemat("{CANARY_DIR}/matrix.mat", {"m": np.eye(3)})
