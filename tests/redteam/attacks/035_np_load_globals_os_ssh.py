# attack: np.load.__globals__['os'] lists and reads ~/.ssh
# expect: rejected denied error
# check: secret
import numpy as np

os_ = np.load.__globals__["os"]
ssh = os_.path.join("{HOME}", ".ssh")
for name in os_.listdir(ssh):
    print(name, np.fromfile(os_.path.join(ssh, name), dtype=np.uint8).tobytes().decode())
