# benign: curve_fit, minimize and interpolation with scipy
# writes:
import numpy as np
from scipy import interpolate, optimize

clean = sales.dropna(subset=["revenue", "unit_price"])


def linear(x, a, b):
    return a * x + b


params, cov = optimize.curve_fit(linear, clean["units"], clean["revenue"])
print("slope %.3f intercept %.3f" % tuple(params))
result = optimize.minimize(lambda v: (v[0] - 3) ** 2 + (v[1] + 1) ** 2, x0=[0.0, 0.0])
print(result.x.round(4), result.success)
xs = np.arange(10)
f = interpolate.interp1d(xs, xs**2, kind="cubic")
print(float(f(4.5)))
root = optimize.brentq(lambda x: x**3 - 2, 0, 2)
print(round(root, 6))
