# attack: a bound method's __reduce_ex__ hands out the real getattr (no Python guard in it); pandas calls it on the cell's frame chain (sys._getframe through pandas) down to the worker's frames; reaching one ends the cell quietly `ok`
# expect: denied error
# check: canary
# layers-off: static runtime
import sys

import pandas as pd

real_getattr = [].append.__reduce_ex__(2)[0]
assert real_getattr.__name__ == "getattr"


def attribute(obj, name):
    return pd.Series([obj], dtype=object).apply(real_getattr, args=(name,)).iloc[0]


frame = pd.Series([0]).apply(sys._getframe).iloc[0]
reached = []
while frame is not None:
    if "sandbench_worker" in attribute(frame, "f_code").co_filename:
        reached.append(attribute(frame, "f_code").co_filename)
    frame = attribute(frame, "f_back")
assert reached, "no worker frame is reachable through __reduce_ex__'s getattr"
