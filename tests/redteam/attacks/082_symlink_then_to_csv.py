# attack: plant a symlink in the output folder that points outside, then write "inside" through it
# expect: rejected denied error
# check: canary
import pandas as pd

pd.io.common.os.symlink("{CANARY_DIR}/keep.txt", "summary.csv")
d.to_csv("summary.csv")
