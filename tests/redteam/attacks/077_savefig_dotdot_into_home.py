# attack: fig.savefig with ../ traversal from the output folder into the home folder
# expect: rejected denied error
# check: outside-write
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
ax.bar(["a", "b"], [1, 2])
fig.savefig("../" * 30 + "{HOME}".lstrip("/") + "/chart.png")
