# attack: read the app's SQLite database (other sessions' code and output) with np.fromfile
# expect: rejected denied error
# check: secret
import numpy as np

raw = np.fromfile("{DB}", dtype=np.uint8).tobytes()
text = raw.decode("latin-1")
printable = "".join(ch if 32 <= ord(ch) < 127 else "\n" for ch in text)
lines = [line for line in printable.split("\n") if len(line) >= 8]
print("\n".join(lines))
