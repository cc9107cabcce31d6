# attack: open descriptors until the process (and maybe the app it shares limits with) runs out
# expect: rejected denied error
# check: survivor
import pandas as pd

os_ = pd.io.common.os
held = []
while True:
    held.append(os_.open("/dev/null", os_.O_RDONLY))
