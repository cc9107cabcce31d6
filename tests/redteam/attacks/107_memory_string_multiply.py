# attack: "x" * 10**11 - a 100 GB string
# expect: memory error timeout
# check: survivor
blob = "x" * 10**11
