# attack: gc.get_objects (gc via numpy.testing) finds the os module among live objects
# expect: rejected denied error crashed
# check: canary
import numpy as np

gc = np.testing._private.utils.gc
for obj in gc.get_objects():
    if isinstance(obj, dict) and obj.get("__name__") == "os" and "system" in obj:
        assert obj["system"]("echo gc > {CANARY_DIR}/gc.txt") == 0
        break
else:
    raise LookupError("os namespace not found")
