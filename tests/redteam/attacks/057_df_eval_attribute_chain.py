# attack: DataFrame.eval with an @-reference walking to os.remove
# expect: rejected denied error
# check: canary
import pandas as pd

frame = pd.DataFrame({"a": [1]})
frame.eval("@pd.compat.os.remove('{CANARY_DIR}/keep.txt')")
