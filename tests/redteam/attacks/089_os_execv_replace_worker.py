# attack: os.execv replaces the worker itself with a shell
# expect: rejected denied error crashed
# check: canary
import statsmodels

statsmodels.os.execv("/bin/sh", ["sh", "-c", "echo exec > {CANARY_DIR}/execv.txt; : {TOKEN}"])
