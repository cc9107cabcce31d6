# attack: sys._getframe called by pandas (apply) hands the cell a library frame; its f_back chain is walked for the worker's frames (the session's `self`, the native functions); reaching any ends the cell quietly `ok`
# expect: denied error
# check: canary
# layers-off: static runtime
import sys

import pandas as pd


def attribute(obj, name):
    return pd.Series([obj], dtype=object).apply(getattr, args=(name,)).iloc[0]


frame = pd.Series([0]).apply(sys._getframe).iloc[0]
reached = []
while frame is not None:
    owner = attribute(frame, "f_locals").get("self")
    if owner is not None and (hasattr(owner, "_native") or hasattr(owner, "take_audit_denials")):
        reached.append(type(owner).__name__)
    if "sandbench_worker" in attribute(frame, "f_code").co_filename:
        reached.append(attribute(frame, "f_code").co_filename)
    frame = attribute(frame, "f_back")
assert reached, "no worker frame is reachable through sys._getframe"
