# attack: matplotlib.rc_file parses a secret file and quotes its bad lines in the warning it prints
# expect: rejected denied error
# check: secret
import matplotlib

matplotlib.rc_file("{SECRET_FILE}")
