# attack: chdir (matplotlib.os) to a folder outside the zones, then savefig with an innocent relative name
# expect: rejected denied error
# check: canary
import matplotlib
import matplotlib.pyplot as plt

plt.plot([3, 1, 2])
matplotlib.os.chdir("{CANARY_DIR}")
plt.savefig("figure.png")
