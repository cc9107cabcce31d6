# attack: np.genfromtxt accepts URLs (numpy DataSource) and fetches them
# expect: rejected denied error crashed
# check: port
import numpy as np

print(np.genfromtxt("http://127.0.0.1:{PORT}/table.csv", delimiter=","))
