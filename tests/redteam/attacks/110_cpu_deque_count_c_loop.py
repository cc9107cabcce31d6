# attack: an infinite loop inside C that never returns to the interpreter (no signal handler runs)
# expect: timeout
# check: survivor
import collections
import itertools

collections.deque(itertools.count(), maxlen=0)
