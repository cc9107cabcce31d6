# attack: copy the secret into the output folder (shutil via matplotlib), so it leaks with the results
# expect: rejected denied error
# check: secret
import matplotlib

matplotlib.shutil.copy("{SECRET_FILE}", "appendix.txt")
