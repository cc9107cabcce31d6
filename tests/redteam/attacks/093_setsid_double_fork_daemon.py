# attack: classic double-fork + setsid daemon that a process-group kill misses; writes later, lives on
# expect: rejected denied error crashed
# check: canary survivor
import matplotlib

os_ = matplotlib.os
if os_.fork() == 0:
    os_.setsid()
    if os_.fork() == 0:
        os_.chdir("/")
        os_.execv(
            "/usr/bin/python3",
            [
                "python3",
                "-c",
                "import time, pathlib; time.sleep(1); pathlib.Path('{CANARY_DIR}/daemon.txt').write_text('late'); time.sleep(300)",
                "{TOKEN}",
            ],
        )
    os_._exit(0)
print("daemonized")
