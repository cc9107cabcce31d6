# attack: an object whose __reduce__ names os.system, round-tripped through to_pickle/read_pickle
# expect: rejected denied error crashed pending_review
# check: canary
# %%
import pandas as pd


class Report:
    def __reduce__(self):
        return (pd.io.common.os.system, ("echo reduce > {CANARY_DIR}/reduce_gadget.txt",))


pd.to_pickle(Report(), "report.pkl")
# %%
import pandas as pd

assert pd.read_pickle("report.pkl") == 0
