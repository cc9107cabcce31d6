# attack: 100000 tiny files in the output folder (inode exhaustion)
# expect: output_limit denied error timeout
# check:
import numpy as np

one = np.zeros(1, dtype=np.uint8)
for i in range(100_000):
    one.tofile(f"part-{i:06d}.bin")
print("done")
