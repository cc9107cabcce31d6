# attack: kill the parent app process (sandbench) with SIGKILL; the run must still complete and be recorded
# expect: rejected denied error crashed
# check: survivor
import pandas as pd

os_ = pd.io.common.os
os_.kill(os_.getppid(), 9)
