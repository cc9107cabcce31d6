# benign: one-way ANOVA with statsmodels anova_lm and scipy f_oneway, Tukey HSD
# writes:
import statsmodels.api as sm
import statsmodels.formula.api as smf
from scipy import stats
from statsmodels.stats.multicomp import pairwise_tukeyhsd

clean = sales.dropna(subset=["revenue"])
model = smf.ols("revenue ~ C(region)", data=clean).fit()
print(sm.stats.anova_lm(model, typ=2))
groups = [g["revenue"].to_numpy() for _, g in clean.groupby("region")]
print(stats.f_oneway(*groups))
print(pairwise_tukeyhsd(clean["revenue"], clean["region"]).summary())
