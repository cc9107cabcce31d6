# attack: exec of a string built at run time, as if a reviewer had let it through (no Python advisor in front), starting a process
# expect: denied error crashed
# check: canary
# layers-off: static runtime
import base64
import builtins

source = base64.b64decode(b"aW1wb3J0IG9zCnJjID0gb3Muc3lzdGVtKCJlY2hvIGV4ZWMgPiB7Q0FOQVJZX0RJUn0vZXhlYy50eHQiKQphc3NlcnQgcmMgPT0gMCwgcmM=").decode()
run = getattr(builtins, "ex" + "ec")  # out of the review check's sight, as an approved cell is
run(source.replace("{" + "CANARY_DIR}", "{CANARY_DIR}"))
