# attack: a call only seccomp refuses (no audit event: setting the system clock), its PermissionError caught, so the cell would end `ok` with no violation
# expect: denied
# check:
# layers-off: static runtime
import time

try:
    time.clock_settime(time.CLOCK_REALTIME, 0.0)
except PermissionError:
    pass
print("carried on as if nothing was refused")
