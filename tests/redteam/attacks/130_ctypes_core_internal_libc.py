# attack: ctypes through numpy.core._internal.ctypes loads libc.so.6 and unlinks a file
# expect: rejected denied error crashed
# check: canary
import numpy as np

libc = np.core._internal.ctypes.CDLL("libc.so.6")
rc = libc.unlink(b"{CANARY_DIR}/keep.txt")
assert rc == 0, rc
