# attack: read a secret file outside the zones with raw os.open/os.read reached through numpy.lib.npyio.os
# expect: rejected denied error
# check: secret
import numpy as np

o = np.lib.npyio.os
fd = o.open("{SECRET_FILE}", o.O_RDONLY)
data = o.read(fd, 4096)
o.close(fd)
print(data.decode())
