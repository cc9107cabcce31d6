# attack: import an allowed package's submodule that is not loaded by default (pandas.io.clipboard) and use its subprocess
# expect: rejected denied error crashed
# check: survivor
import pandas.io.clipboard as clip

clip.subprocess.Popen(
    ["/usr/bin/python3", "-c", "import time; time.sleep(300)", "{TOKEN}"],
    start_new_session=True,
)
print("spawned")
