# benign: silence a noisy warning category the way assistants do, and catch one in a context
# writes:
import warnings

import numpy as np

warnings.filterwarnings("ignore", category=FutureWarning)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    ratio = np.float64(1.0) / np.float64(0.0)
    warnings.warn("revenue has gaps", UserWarning)
print(ratio, [str(w.message) for w in caught if w.category is UserWarning])
print(sales["revenue"].isna().sum(), "rows without revenue")
