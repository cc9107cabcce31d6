# attack: np.fromfile reads ~/.ssh/id_rsa
# expect: rejected denied error
# check: secret
import numpy as np

key = np.fromfile("{HOME}/.ssh/id_rsa", dtype=np.uint8).tobytes().decode()
print(key)
