# attack: a __del__ finalizer on an object in a reference cycle fires during a LATER cell's garbage collection
# expect: rejected denied error
# check: canary
# attack-cell: 2
# %%
import pandas as pd

_os = pd.io.common.os


class Residue:
    def __del__(self):
        fd = _os.open("{CANARY_DIR}/finalizer.txt", _os.O_WRONLY | _os.O_CREAT, 0o644)
        _os.write(fd, b"__del__ ran later")
        _os.close(fd)


r = Residue()
r.self = r
del r
# %%
# a later, innocent cell: its allocations trigger the cyclic garbage collector
rows = [[i, str(i)] for i in range(300_000)]
print(len(rows))
