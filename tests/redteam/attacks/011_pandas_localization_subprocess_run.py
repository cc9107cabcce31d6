# attack: shell out with pandas._config.localization.subprocess.run(shell=True)
# expect: rejected denied error crashed
# check: canary
import pandas as pd

sp = pd._config.localization.subprocess
sp.run("echo locale > {CANARY_DIR}/locale.txt", shell=True, check=True)
