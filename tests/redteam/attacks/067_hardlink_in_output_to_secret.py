# attack: hard-link the secret into the output folder (same file system), then read it
# expect: rejected denied error
# check: secret
import numpy as np

np.lib.npyio.os.link("{SECRET_FILE}", "copy.txt")
print(np.fromfile("copy.txt", dtype=np.uint8).tobytes().decode())
