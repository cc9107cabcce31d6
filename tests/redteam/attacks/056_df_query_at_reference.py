# attack: DataFrame.query evaluates attribute calls on @ references (pandas makes no security promise)
# expect: rejected denied error crashed
# check: canary
import pandas as pd

frame = pd.DataFrame({"a": [0, 1, 2]})
hits = frame.query("a == @pd.io.common.os.system('echo query > {CANARY_DIR}/query.txt')")
assert len(hits) == 1, "system() did not return 0"
