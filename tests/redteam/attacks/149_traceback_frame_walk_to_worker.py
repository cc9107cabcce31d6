# attack: from a caught exception's traceback (tb_frame, then f_back, read through pandas' getattr so the audit hook sees a library) the cell walks down the stack looking for the worker's own frames, the server and its native functions; reaching any of them ends the cell quietly `ok`
# expect: denied error
# check: canary
# layers-off: static runtime
import pandas as pd


def attribute(obj, name):
    # pandas calls getattr from its own frame: the audit hook sees a library, not the cell.
    return pd.Series([obj], dtype=object).apply(getattr, args=(name,)).iloc[0]


try:
    raise ValueError("climb")
except ValueError as error:
    frame = attribute(attribute(error, "__traceback__"), "tb_frame")
reached = []
while frame is not None:
    code = attribute(frame, "f_code")
    owner = attribute(frame, "f_locals").get("self")
    if "sandbench_worker" in code.co_filename or hasattr(owner, "_native"):
        reached.append(code.co_filename)
    frame = attribute(frame, "f_back")
assert reached, "no worker frame is reachable from the cell's traceback"
