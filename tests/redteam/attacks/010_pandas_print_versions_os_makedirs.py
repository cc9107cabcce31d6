# attack: create a directory outside the zones via pandas.util._print_versions.os
# expect: rejected denied error
# check: canary
import pandas as pd

pd.util._print_versions.os.makedirs("{CANARY_DIR}/newdir/deeper", exist_ok=True)
