# attack: os.fork; the child detaches (setsid), keeps writing outside the zones after the cell ended
# expect: rejected denied error crashed
# check: canary survivor
import pandas as pd

os_ = pd.io.common.os
sleep = pd.compat.sys.modules["time"].sleep
pid = os_.fork()
if pid == 0:
    os_.setsid()
    for _ in range(120):
        fd = os_.open("{CANARY_DIR}/forked.txt", os_.O_WRONLY | os_.O_CREAT | os_.O_APPEND, 0o644)
        os_.write(fd, b"child alive\n")
        os_.close(fd)
        sleep(1)
    os_._exit(0)
print("forked", pid)
