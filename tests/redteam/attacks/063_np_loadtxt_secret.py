# attack: np.loadtxt / genfromtxt parse the secret file as text
# expect: rejected denied error
# check: secret
import numpy as np

print(np.loadtxt("{SECRET_FILE}", dtype=str, delimiter="\x01"))
