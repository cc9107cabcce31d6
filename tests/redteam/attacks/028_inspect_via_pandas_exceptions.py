# attack: inspect.stack() via pandas.util._exceptions.inspect; frame globals of the worker give os
# expect: rejected denied error
# check: canary
import pandas as pd

insp = pd.util._exceptions.inspect
for info in insp.stack():
    os_ = info.frame.f_globals.get("os")
    if os_ is not None:
        break
else:
    os_ = insp.os
os_.rename("{CANARY_DIR}/keep.txt", "{CANARY_DIR}/keep.txt.bak")
