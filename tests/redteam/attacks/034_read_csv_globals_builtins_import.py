# attack: pd.read_csv.__globals__['__builtins__'] gives the unrestricted __import__
# expect: rejected denied error crashed
# check: canary
import pandas as pd

b = pd.read_csv.__globals__["__builtins__"]
b = b if isinstance(b, dict) else b.__dict__
subprocess = b["__import__"]("subprocess")
subprocess.check_call(["sh", "-c", "echo globals > {CANARY_DIR}/globals.txt"])
