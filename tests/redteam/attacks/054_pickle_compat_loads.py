# attack: pandas.compat.pickle_compat.loads on bytes built in memory
# expect: rejected denied error crashed
# check: canary
import pandas as pd

payload = b"cposix\nsystem\n(S'echo compat > {CANARY_DIR}/compat.txt'\ntR."
assert pd.compat.pickle_compat.loads(payload) == 0
