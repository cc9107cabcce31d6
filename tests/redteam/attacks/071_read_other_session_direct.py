# attack: read another session's output folder by its path
# expect: rejected denied error
# check: secret
import pandas as pd

print(pd.read_csv("{OTHER_OUT}/report.csv").to_string())
