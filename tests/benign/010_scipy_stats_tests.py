# benign: t-test, chi-square test of independence and Pearson correlation with scipy.stats
# writes:
import pandas as pd
from scipy import stats

online = sales.loc[sales["channel"] == "online", "revenue"].dropna()
store = sales.loc[sales["channel"] == "store", "revenue"].dropna()
t = stats.ttest_ind(online, store, equal_var=False)
print(f"Welch t = {t.statistic:.3f}, p = {t.pvalue:.4f}")
table = pd.crosstab(sales["region"], sales["channel"])
chi2, p, dof, expected = stats.chi2_contingency(table)
print(f"chi2 = {chi2:.2f}, dof = {dof}, p = {p:.4f}")
clean = sales.dropna(subset=["revenue"])
r, p_r = stats.pearsonr(clean["units"], clean["revenue"])
print(f"pearson r = {r:.3f} (p = {p_r:.2g})")
print(stats.describe(clean["units"]))
print(stats.mannwhitneyu(online, store))
