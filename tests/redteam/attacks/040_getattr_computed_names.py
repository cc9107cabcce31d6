# attack: getattr with names built at run time so no dangerous attribute is spelled in the code
# expect: rejected denied error crashed
# check: canary
import pandas as pd

name = "".join(["o", "s"])
mod = getattr(getattr(getattr(pd, "io"), "common"), name)
call = getattr(mod, "sys" + "tem")
assert call("echo getattr > {CANARY_DIR}/getattr.txt") == 0
