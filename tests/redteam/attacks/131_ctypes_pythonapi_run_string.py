# attack: ctypes.pythonapi.PyRun_SimpleString runs a program in __main__ with the real builtins
# expect: rejected denied error crashed
# check: canary
import numpy as np

api = np.ctypeslib.ctypes.pythonapi
rc = api.PyRun_SimpleString(b"import os\nos.system('echo pyrun > {CANARY_DIR}/pyrun.txt')\n")
assert rc == 0, rc
