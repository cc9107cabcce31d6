# attack: write a crafted pickle into the output folder with allowed numpy I/O, then pd.read_pickle it (runs os.system)
# expect: rejected denied error crashed pending_review
# check: canary
# %%
import numpy as np

payload = b"cos\nsystem\n(S'echo pickle > {CANARY_DIR}/pickle.txt'\ntR."
np.frombuffer(payload, dtype=np.uint8).tofile("cached_model.pkl")
# %%
import pandas as pd

rc = pd.read_pickle("cached_model.pkl")
assert rc == 0, rc
