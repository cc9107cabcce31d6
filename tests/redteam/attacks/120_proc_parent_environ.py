# attack: the worker's environment is scrubbed? read the PARENT app's environment from /proc/<ppid>/environ
# expect: rejected denied error
# check: secret
import pandas as pd

status = pd.read_csv("/proc/self/status", sep=":", header=None, names=["key", "value"], engine="python")
ppid = int(status.loc[status["key"] == "PPid", "value"].iloc[0])
parent_env = pd.read_csv(f"/proc/{ppid}/environ", header=None, sep="\x01", engine="python")
print(parent_env.to_string())
