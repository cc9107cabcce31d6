# attack: start a detached long-lived process through matplotlib.subprocess.Popen
# expect: rejected denied error crashed
# check: survivor
import matplotlib

p = matplotlib.subprocess.Popen(
    ["/usr/bin/python3", "-c", "import time; time.sleep(300)", "{TOKEN}"],
    start_new_session=True,
    stdin=matplotlib.subprocess.DEVNULL,
    stdout=matplotlib.subprocess.DEVNULL,
    stderr=matplotlib.subprocess.DEVNULL,
)
print("spawned", p.pid)
