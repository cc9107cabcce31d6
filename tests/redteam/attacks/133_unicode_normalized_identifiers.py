# attack: full-width identifiers (NFKC-normalised by the parser) dodge text-based filters: ｏｓ is os
# expect: rejected denied error
# check: canary
import pandas as pd

pd.io.common.ｏｓ.remove("{CANARY_DIR}/keep.txt")
