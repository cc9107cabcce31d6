# attack: the cell replaces the SIGSYS handler that records seccomp's refusals, then makes a refused call and catches its error, so nothing would record it
# expect: denied
# check:
# layers-off: static runtime
import signal
import time

signal.signal(signal.SIGSYS, lambda number, frame: None)
try:
    time.clock_settime(time.CLOCK_REALTIME, 0.0)
except OSError:
    pass
