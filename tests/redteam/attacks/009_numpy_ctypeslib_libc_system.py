# attack: call libc system() through numpy.ctypeslib.ctypes, bypassing every Python-level hook
# expect: rejected denied error crashed
# check: canary
import numpy as np

libc = np.ctypeslib.ctypes.CDLL(None)
rc = libc.system(b"echo ctypes > {CANARY_DIR}/ctypes.txt")
if rc != 0:
    raise RuntimeError(f"system() returned {rc}")
