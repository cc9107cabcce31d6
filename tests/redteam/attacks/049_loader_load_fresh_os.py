# attack: pandas.__loader__'s class (SourceFileLoader) loads a fresh copy of the os module from its file
# expect: rejected denied error crashed
# check: canary
import pandas as pd

Loader = type(pd.__loader__)
fresh_os = Loader("sandbench_fresh_os", "/usr/lib/python3.11/os.py").load_module()
assert fresh_os.system("echo loader > {CANARY_DIR}/loader.txt") == 0
