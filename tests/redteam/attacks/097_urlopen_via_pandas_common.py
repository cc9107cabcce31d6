# attack: pandas.io.common.urlopen (lazy urllib wrapper) sends an HTTP request
# expect: rejected denied error crashed
# check: port
import pandas as pd

print(pd.io.common.urlopen("http://127.0.0.1:{PORT}/beacon?host=worker").read())
