# attack: a running generator's gi_frame (read through pandas' getattr) has the cell below it; the f_back chain is walked for the worker's frames and objects; reaching any ends the cell quietly `ok`
# expect: denied error
# check: canary
# layers-off: static runtime
import pandas as pd


def attribute(obj, name):
    return pd.Series([obj], dtype=object).apply(getattr, args=(name,)).iloc[0]


def walker():
    frame = attribute(running, "gi_frame")
    reached = []
    while frame is not None:
        if "sandbench_worker" in attribute(frame, "f_code").co_filename:
            reached.append(attribute(frame, "f_code").co_filename)
        frame = attribute(frame, "f_back")
    yield reached


running = walker()
reached = next(running)
assert reached, "no worker frame is reachable from a generator's frame"
