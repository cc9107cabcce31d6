# benign: least squares, inverse, eigenvalues, SVD and solve with numpy.linalg
# writes:
import numpy as np

clean = sales.dropna(subset=["revenue", "unit_price"])
A = np.column_stack([np.ones(len(clean)), clean["units"], clean["unit_price"]])
coef, residuals, rank, sv = np.linalg.lstsq(A, clean["revenue"].to_numpy(), rcond=None)
print("coefficients", coef.round(3), "rank", rank)
gram = A.T @ A
print("condition number", round(float(np.linalg.cond(gram)), 1))
inv = np.linalg.inv(gram)
assert np.allclose(inv @ gram, np.eye(3), atol=1e-6)
values, vectors = np.linalg.eigh(np.cov(A[:, 1:].T))
print("eigenvalues", values.round(3))
u, s, vt = np.linalg.svd(A[:50], full_matrices=False)
print("singular values", s.round(2))
print(np.linalg.solve(gram, A.T @ clean["revenue"].to_numpy()).round(3))
