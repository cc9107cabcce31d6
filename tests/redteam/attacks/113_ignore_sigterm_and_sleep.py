# attack: ignore SIGTERM/SIGINT/SIGHUP (signal module via sys.modules) and sleep without using CPU
# expect: timeout rejected denied error
# check: survivor
import fractions

signal = fractions.sys.modules["signal"]
for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
    signal.signal(sig, signal.SIG_IGN)
fractions.sys.modules["time"].sleep(10**6)
