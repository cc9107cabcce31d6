# attack: one huge allocation: bytearray(10**12)
# expect: memory error timeout
# check: survivor
buffer = bytearray(10**12)
