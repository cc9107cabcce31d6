# attack: one giant print of a 500 MB string
# expect: output_limit memory timeout
# check:
print("y" * 500_000_000)
