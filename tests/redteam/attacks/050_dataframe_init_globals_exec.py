# attack: pd.DataFrame.__init__.__globals__ -> real builtins -> exec of an arbitrary program
# expect: rejected denied error crashed
# check: canary
import pandas as pd

b = pd.DataFrame.__init__.__globals__["__builtins__"]
b = b if isinstance(b, dict) else b.__dict__
b["exec"]("import os\nassert os.system('echo exec > {CANARY_DIR}/exec.txt') == 0")
