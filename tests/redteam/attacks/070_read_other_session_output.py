# attack: list sibling session folders next to the output folder and read their files
# expect: rejected denied error
# check: secret
import pandas as pd

os_ = pd.io.common.os
parent = os_.path.dirname(os_.getcwd())
for session in os_.listdir(parent):
    folder = os_.path.join(parent, session)
    for name in os_.listdir(folder):
        if name.endswith(".csv"):
            print(session, name, pd.read_csv(os_.path.join(folder, name)).to_string())
