# attack: freeze the parent app with SIGSTOP so the run never finishes
# expect: rejected denied error crashed
# check: survivor
import numpy as np

os_ = np.lib.npyio.os
os_.kill(os_.getppid(), 19)
