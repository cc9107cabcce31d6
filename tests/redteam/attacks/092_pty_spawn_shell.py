# attack: pty.fork via importlib: the child execs a long-lived process that ignores the terminal hang-up
# expect: rejected denied error crashed
# check: survivor
import collections

pty = collections._sys.modules["importlib"].import_module("pty")
os_ = collections._sys.modules["os"]
pid, master = pty.fork()
if pid == 0:
    os_.execv("/usr/bin/python3", ["python3", "-c", "import signal, time; signal.signal(signal.SIGHUP, signal.SIG_IGN); time.sleep(300)", "{TOKEN}"])
print("pty child", pid)
