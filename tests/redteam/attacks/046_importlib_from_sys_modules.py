# attack: importlib taken from sys.modules (via pandas.compat.sys) imports subprocess
# expect: rejected denied error crashed
# check: canary
import pandas as pd

importlib = pd.compat.sys.modules["importlib"]
sp = importlib.import_module("subprocess")
sp.check_call(["touch", "{CANARY_DIR}/importlib"])
