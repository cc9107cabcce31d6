# attack: catastrophic backtracking: re.match('(a+)+$', 'a'*40 + 'b') runs for ages inside the C regex engine
# expect: timeout
# check: survivor
import re

print(re.match(r"(a+)+$", "a" * 40 + "b"))
