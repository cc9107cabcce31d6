# benign: logistic regression of a large-order flag with smf.logit and sm.Logit
# writes:
import numpy as np
import statsmodels.api as sm
import statsmodels.formula.api as smf

clean = sales.dropna(subset=["revenue", "unit_price"]).copy()
clean["big"] = (clean["revenue"] > clean["revenue"].median()).astype(int)
logit = smf.logit("big ~ units + C(channel)", data=clean).fit(disp=False)
print(logit.summary2())
odds = np.exp(logit.params)
print(odds.round(3))
X = sm.add_constant(clean[["units"]])
print(sm.Logit(clean["big"], X).fit(disp=False).params)
