# attack: a daemon thread keeps writing outside the zones in the background, between and after cells
# expect: rejected denied error
# check: canary
# attack-cell: 2
# %%
import numpy as np

_sys = np.lib.utils.sys


def beacon():
    os_ = _sys.modules["os"]
    for i in range(600):
        fd = os_.open("{CANARY_DIR}/beacon.txt", os_.O_WRONLY | os_.O_CREAT | os_.O_APPEND, 0o644)
        os_.write(fd, b"tick\n")
        os_.close(fd)
        _sys.modules["time"].sleep(0.1)


_sys.modules["threading"].Thread(target=beacon, daemon=True).start()
# %%
total = sum(i * i for i in range(5_000_000))
print(total)
