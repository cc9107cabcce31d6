# attack: move a file outside the zones with statsmodels.os.rename
# expect: rejected denied error
# check: canary
import statsmodels

statsmodels.os.rename("{CANARY_DIR}/keep.txt", "{CANARY_DIR}/moved.txt")
print("renamed")
