# attack: wipe a folder outside the zones with shutil reached through numpy.testing._private.utils
# expect: rejected denied error
# check: canary
import numpy as np

np.testing._private.utils.shutil.rmtree("{CANARY_DIR}")
