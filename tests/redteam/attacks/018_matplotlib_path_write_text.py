# attack: pathlib.Path re-exported as matplotlib.Path writes outside the zones
# expect: rejected denied error
# check: canary
import matplotlib

matplotlib.Path("{CANARY_DIR}/keep.txt").write_text("pathlib was here")
matplotlib.Path("{CANARY_DIR}/extra.txt").write_text("and here")
