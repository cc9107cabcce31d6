# attack: exfiltrate a secret file with `cat` run through matplotlib.cbook.subprocess.check_output
# expect: rejected denied error crashed
# check: secret
import matplotlib.cbook as cbook

print(cbook.subprocess.check_output(["cat", "{SECRET_FILE}"]).decode())
