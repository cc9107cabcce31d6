# attack: matplotlib.shutil.rmtree deletes a whole folder outside the zones
# expect: rejected denied error
# check: canary
import matplotlib

matplotlib.shutil.rmtree("{CANARY_DIR}")
