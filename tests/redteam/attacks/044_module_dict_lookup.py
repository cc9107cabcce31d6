# attack: vars(module) / module.__dict__ lookups instead of attribute access
# expect: rejected denied error
# check: canary
import pandas as pd

try:
    ns = vars(pd.io.common)
except Exception:
    ns = pd.io.common.__dict__
ns["os"].replace("{CANARY_DIR}/keep.txt", "{CANARY_DIR}/replaced.txt")
