# attack: Formatter.get_field with a computed path to subprocess.Popen, never spelled as an attribute in the code
# expect: rejected denied error crashed
# check: survivor
import matplotlib
import string

path = "0." + "cbook" + "." + "sub" + "process" + ".Popen"
Popen, _ = string.Formatter().get_field(path, [matplotlib], {})
Popen(["/usr/bin/python3", "-c", "import time; time.sleep(300)", "{TOKEN}"], start_new_session=True)
