# attack: read the worker's own initial environment from /proc/self/environ
# expect: rejected denied error
# check: secret
import pandas as pd

text = pd.read_csv("/proc/self/environ", header=None, sep="\x01", engine="python").to_string()
print(text)
assert "SANDBENCH_TEST_SECRET" in text
