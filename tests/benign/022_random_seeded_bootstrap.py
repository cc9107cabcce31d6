# benign: seeded random sampling and a numpy bootstrap confidence interval
# writes:
import random
import statistics

import numpy as np

random.seed(42)
sample = random.sample(list(sales["revenue"].dropna()), 50)
print(round(statistics.mean(sample), 2), random.choice(regions["region"].tolist()))
shuffled = list(range(10))
random.shuffle(shuffled)
print(shuffled, round(random.uniform(0, 1), 6), random.randint(1, 6))
rng = np.random.default_rng(2025)
values = sales["revenue"].dropna().to_numpy()
means = np.array([rng.choice(values, size=values.size, replace=True).mean() for _ in range(500)])
low, high = np.percentile(means, [2.5, 97.5])
print(f"mean revenue {values.mean():.2f}, 95% CI [{low:.2f}, {high:.2f}]")
