# attack: seaborn.utils.urlopen (used by load_dataset) contacts a server
# expect: rejected denied error crashed
# check: port
import seaborn

seaborn.utils.urlopen("http://127.0.0.1:{PORT}/seaborn-data/tips.csv", timeout=5).read()
