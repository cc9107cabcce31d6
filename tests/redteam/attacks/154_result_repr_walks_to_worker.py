# attack: the last expression's __repr__, which the worker calls after the cell's code, takes a frame through pandas (sys._getframe) and walks f_back for the worker's frames and the native functions; the repr says what it reached and the cell ends quietly `ok`
# expect: denied error
# check: canary
# layers-off: static runtime
import sys

import pandas as pd


def attribute(obj, name):
    return pd.Series([obj], dtype=object).apply(getattr, args=(name,)).iloc[0]


class Probe:
    def __repr__(self):
        frame = pd.Series([0]).apply(sys._getframe).iloc[0]
        reached = []
        while frame is not None:
            if "sandbench_worker" in attribute(frame, "f_code").co_filename:
                reached.append(attribute(frame, "f_code").co_filename)
            frame = attribute(frame, "f_back")
        assert reached, "no worker frame is reachable from the result's repr"
        return "reached " + " ".join(reached)


Probe()
