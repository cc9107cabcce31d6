# attack: print 10**8 characters in a loop to flood the app and its database
# expect: output_limit
# check:
for i in range(1_000_000):
    print("x" * 99)
