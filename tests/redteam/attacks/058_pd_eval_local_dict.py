# attack: pd.eval with a local_dict resolving a name to the pandas module, calling os.open/os.read on a secret
# expect: rejected denied error
# check: secret
import pandas as pd

out = pd.eval(
    "pd.io.common.os.read(pd.io.common.os.open('{SECRET_FILE}', 0), 4096)", local_dict={"pd": pd}
)
print(out)
