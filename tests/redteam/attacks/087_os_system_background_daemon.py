# attack: os.system with a backgrounded, nohup'ed long-lived process that outlives the run
# expect: rejected denied error crashed
# check: survivor
import pandas as pd

rc = pd.io.common.os.system("nohup /usr/bin/python3 -c 'import time; time.sleep(300)' {TOKEN} >/dev/null 2>&1 &")
assert rc == 0, rc
