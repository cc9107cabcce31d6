# attack: a crafted pickle loaded as if a reviewer had let it through (no Python advisor in front, reader fetched by a computed name): os.system from the data
# expect: denied error crashed
# check: canary
# layers-off: static runtime
# %%
import numpy as np

payload = b"cos\nsystem\n(S'echo pickle > {CANARY_DIR}/pickle.txt'\ntR."
np.frombuffer(payload, dtype=np.uint8).tofile("cached_model.pkl")
# %%
import pandas as pd

reader = getattr(pd, "read_" + "pickle")
rc = reader("cached_model.pkl")
assert rc == 0, rc
