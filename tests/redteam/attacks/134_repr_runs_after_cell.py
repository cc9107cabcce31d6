# attack: the last expression's __repr__ runs when the worker formats the result, reading the secret
# expect: rejected denied error
# check: secret
import numpy as np


class Summary:
    def __repr__(self):
        return np.fromfile("{SECRET_FILE}", dtype=np.uint8).tobytes().decode()


Summary()
