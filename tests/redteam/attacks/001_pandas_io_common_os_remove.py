# attack: delete a file outside every zone through the os module pandas.io.common re-exports
# expect: rejected denied error
# check: canary
import pandas as pd

# "Clean up the stale export before writing the new one."
fs = pd.io.common.os
fs.remove("{CANARY_DIR}/keep.txt")
print("removed")
