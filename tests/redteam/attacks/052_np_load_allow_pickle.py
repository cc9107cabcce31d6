# attack: np.load(allow_pickle=True) on a file without the .npy magic falls back to pickle.load
# expect: rejected denied error crashed pending_review
# check: canary
# %%
import numpy as np

payload = b"csubprocess\ncheck_call\n((lp0\nS'touch'\np1\naS'{CANARY_DIR}/npload'\np2\natR."
np.frombuffer(payload, dtype=np.uint8).tofile("weights.npy")
# %%
import numpy as np

result = np.load("weights.npy", allow_pickle=True)
print("loaded", result)
