# attack: the cell writes the keeper's "the reply is on its way" word (W) on its progress pipe, which switched the keeper's wall-clock limit off, then blocks without using CPU far past the time limit; the state cell proves the keeper itself stopped it on time (the app's backstop would replace the worker and lose the session)
# expect: timeout
# check: canary
# layers-off: static runtime
# attack-cell: 3
# state-cell: 4
# %%
before = 1
# %%
import fcntl
import os
import stat
import time

# The write-only pipes above stderr: the app's reply channel (taken over first) and, the newest,
# the pipe the cell's process reports its progress to the keeper on.
pipes = []
for fd in range(3, 256):
    try:
        if not stat.S_ISFIFO(os.fstat(fd).st_mode):
            continue
    except OSError:
        continue
    if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_WRONLY:
        pipes.append(fd)
assert len(pipes) >= 2, f"no pipe to the keeper among {pipes}"
keeper = pipes[-1]
os.write(keeper, b"W")
time.sleep(60)
# %%
assert before == 1, "the session's state before the attack is gone"
