# attack: fork bomb: every process forks again, 9 generations (512 processes) that then linger
# expect: rejected denied error crashed timeout memory
# check: survivor
import pandas as pd

os_ = pd.io.common.os
sleep = pd.compat.sys.modules["time"].sleep
leader = os_.getpid()
try:
    for _ in range(9):
        os_.fork()
finally:
    if os_.getpid() != leader:  # every child lingers and never returns to the worker's loop
        sleep(60)
        os_._exit(0)
print("bomb armed")
