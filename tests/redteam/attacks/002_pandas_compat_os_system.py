# attack: run a shell command through pandas.compat.os.system
# expect: rejected denied error crashed
# check: canary survivor
import pandas as pd

rc = pd.compat.os.system("echo owned > {CANARY_DIR}/owned.txt")
if rc != 0:
    raise RuntimeError(f"shell returned {rc}")
print("shell ok")
