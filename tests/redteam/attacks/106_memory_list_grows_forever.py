# attack: a list that grows forever, 1 MB at a time, until the machine runs out of memory
# expect: memory timeout
# check: survivor
chunks = []
while True:
    chunks.append(bytearray(1024 * 1024))
