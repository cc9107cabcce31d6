# attack: plant a symlink in the output folder pointing at the secret, then read it as an "output file"
# expect: rejected denied error
# check: secret
import pandas as pd

pd.io.common.os.symlink("{SECRET_FILE}", "lookup.csv")
print(pd.read_csv("lookup.csv", header=None).to_string())
