# attack: pd.read_table / read_fwf on the private key in the home folder
# expect: rejected denied error
# check: secret
import pandas as pd

print(pd.read_fwf("{HOME}/.ssh/id_rsa", header=None).to_string())
