# benign: OLS with the statsmodels formula API and a categorical term
# writes:
import statsmodels.formula.api as smf

clean = sales.dropna(subset=["revenue", "unit_price"])
model = smf.ols("revenue ~ units + unit_price + C(region)", data=clean).fit()
print(model.summary())
print(model.params.round(3))
round(model.rsquared, 4)
