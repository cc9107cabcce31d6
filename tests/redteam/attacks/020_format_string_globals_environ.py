# attack: str.format walks attributes the AST never names: a library function's __globals__ -> os.environ
# expect: rejected denied error
# check: secret
import pandas as pd

template = "{0.stringify_path.__globals__[os].environ}"
text = template.format(pd.io.common)
print(text)
if "SANDBENCH_TEST_SECRET" not in text:
    raise KeyError("secret not in environment")
