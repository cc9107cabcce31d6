# attack: real builtins.open through string._re.enum.sys.modules["builtins"] to overwrite a file
# expect: rejected denied error
# check: canary
import string

real_open = string._re.enum.sys.modules["builtins"].open
with real_open("{CANARY_DIR}/keep.txt", "w") as fh:
    fh.write("overwritten")
