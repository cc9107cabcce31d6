# attack: random._os (the os module random uses for urandom) truncates a file outside the zones
# expect: rejected denied error
# check: canary
import random

random._os.truncate("{CANARY_DIR}/keep.txt", 0)
