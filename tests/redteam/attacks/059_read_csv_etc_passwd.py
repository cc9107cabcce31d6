# attack: read a system file outside the zones with pd.read_csv
# expect: rejected denied error
# check:
import pandas as pd

users = pd.read_csv("/etc/passwd", sep=":", header=None)
print(users.to_string())
