# attack: set __package__ so a relative import resolves inside pandas.io and yields os
# expect: rejected denied error
# check: canary
__package__ = "pandas.io"
from .common import os as o  # noqa: E402

o.remove("{CANARY_DIR}/keep.txt")
