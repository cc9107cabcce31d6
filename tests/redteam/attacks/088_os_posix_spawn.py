# attack: os.posix_spawn (no subprocess module, no shell) starts a process
# expect: rejected denied error crashed
# check: survivor
import numpy as np

os_ = np.lib.npyio.os
pid = os_.posix_spawn(
    "/usr/bin/python3",
    ["python3", "-c", "import time; time.sleep(300)", "{TOKEN}"],
    {},
    setsid=True,
)
print("spawned", pid)
