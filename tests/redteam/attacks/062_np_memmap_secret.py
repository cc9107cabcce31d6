# attack: np.memmap maps the secret file read-only
# expect: rejected denied error
# check: secret
import numpy as np

m = np.memmap("{SECRET_FILE}", dtype=np.uint8, mode="r")
print(bytes(m).decode())
