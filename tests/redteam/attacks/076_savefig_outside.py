# attack: plt.savefig to an absolute path outside the output folder
# expect: rejected denied error
# check: canary
import matplotlib.pyplot as plt

plt.plot([1, 2, 3])
plt.savefig("{CANARY_DIR}/plot.png")
