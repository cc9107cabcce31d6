# attack: a file:// URL in read_csv goes through urllib, not through any replaced open()
# expect: rejected denied error
# check: secret
import pandas as pd

print(pd.read_csv("file://{SECRET_FILE}", header=None).to_string())
