# attack: read the secret file outside the zones with pd.read_csv
# expect: rejected denied error
# check: secret
import pandas as pd

print(pd.read_csv("{SECRET_FILE}", header=None).to_string())
