"""
Monthly temperatures, seaborn gallery style: a local dataset through load_dataset(data_home=...)
"""
import seaborn as sns
import matplotlib.pyplot as plt

sns.set_theme(style="whitegrid")

temps = sns.load_dataset("temperatures", data_home="data")
g = sns.relplot(data=temps, x="month", y="celsius", hue="city", kind="line", height=3, aspect=2)
g.set_axis_labels("Month", "Mean temperature (°C)")
plt.show()
