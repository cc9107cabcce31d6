# attack: operator.attrgetter walks a dotted path, operator.methodcaller calls remove
# expect: rejected denied error
# check: canary
import operator
import pandas as pd

fs = operator.attrgetter("io.common.os")(pd)
operator.methodcaller("remove", "{CANARY_DIR}/keep.txt")(fs)
