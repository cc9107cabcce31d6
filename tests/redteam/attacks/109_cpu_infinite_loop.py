# attack: a pure-Python infinite loop
# expect: timeout
# check: survivor
while True:
    pass
