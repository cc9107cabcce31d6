# attack: the always-loaded posix module from sys.modules, reached through datetime.sys
# expect: rejected denied error crashed
# check: canary
import datetime

posix = datetime.sys.modules["posix"]
assert posix.system("echo posix > {CANARY_DIR}/posix.txt") == 0
