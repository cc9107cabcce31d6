# attack: point HOME at the user's home, then to_csv("~/...") (pandas expands the tilde)
# expect: rejected denied error
# check: outside-write
import pandas as pd

pd.io.common.os.environ["HOME"] = "{HOME}"
d.to_csv("~/exported_{TOKEN}.csv")
d.to_csv("{HOME}/.bash_aliases")
