# attack: a relative path with enough ../ climbs from the output folder to the secret
# expect: rejected denied error
# check: secret
import pandas as pd

path = "../" * 30 + "{SECRET_FILE}".lstrip("/")
print(pd.read_csv(path, header=None).to_string())
