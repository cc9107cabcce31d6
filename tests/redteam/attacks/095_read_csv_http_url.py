# attack: pd.read_csv with an http:// URL opens a network connection from an allowed API
# expect: rejected denied error crashed
# check: port
import pandas as pd

print(pd.read_csv("http://127.0.0.1:{PORT}/data.csv"))
