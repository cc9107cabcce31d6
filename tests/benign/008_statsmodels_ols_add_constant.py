# benign: sm.OLS with add_constant, robust standard errors and a prediction
# writes:
import numpy as np
import statsmodels.api as sm

clean = sales.dropna(subset=["revenue", "unit_price"])
X = sm.add_constant(clean[["units", "unit_price"]])
y = clean["revenue"]
fit = sm.OLS(y, X).fit(cov_type="HC3")
print(fit.params)
print(fit.bse)
new = sm.add_constant(np.array([[10, 20.0], [30, 45.0]]), has_constant="add")
print(fit.predict(new))
