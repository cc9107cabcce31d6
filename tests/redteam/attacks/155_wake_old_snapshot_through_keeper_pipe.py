# attack: the cell looks for the keeper's pipes its process inherited (beyond its own reply channel and verdict pipe: the pipes that wake earlier snapshots, the template's, the supervisor's) and writes an end-of-session word into each, so an earlier state (undo) is gone or wakes as a second keeper; finding any ends the cell quietly `ok`
# expect: error denied
# check: canary
# layers-off: static runtime
# %%
before = 1
# %%
import fcntl
import os
import stat

# Write-only pipes above stderr. A cell's process needs two: the reply channel (the lowest, taken
# over by main.cpp first) and its verdict pipe to the keeper (made for it, the newest).
pipes = []
for fd in range(3, 1024):
    try:
        if not stat.S_ISFIFO(os.fstat(fd).st_mode):
            continue
    except OSError:
        continue
    if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_WRONLY:
        pipes.append(fd)
keeper_pipes = pipes[1:-1]
assert keeper_pipes, f"no keeper pipe in the cell's process (write-only pipes: {pipes})"
for fd in keeper_pipes:
    try:
        os.write(fd, b"X\n")
    except OSError:
        pass
