# attack: pathlib.Path re-exported by matplotlib reads the ssh key
# expect: rejected denied error
# check: secret
import matplotlib

print(matplotlib.Path("{HOME}/.ssh/id_rsa").read_text())
