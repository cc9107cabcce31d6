# attack: take the live os module from sys.modules, reached through collections._sys
# expect: rejected denied error crashed
# check: canary
import collections

os_ = collections._sys.modules["os"]
rc = os_.system("touch {CANARY_DIR}/from_sys_modules")
assert rc == 0, rc
