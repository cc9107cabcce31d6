# attack: math.factorial(10**8) - minutes of C-level big-integer arithmetic
# expect: timeout memory
# check: survivor
import math

print(len(str(math.factorial(10**8))))
