# attack: fork in a loop: 1000 sleeping children, far beyond any sane process limit
# expect: rejected denied error crashed timeout memory
# check: survivor
import numpy as np

os_ = np.lib.npyio.os
sleep = np.lib.utils.sys.modules["time"].sleep
children = []
for _ in range(1000):
    pid = os_.fork()
    if pid == 0:
        sleep(60)
        os_._exit(0)
    children.append(pid)
print(len(children), "children")
