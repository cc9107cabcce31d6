# attack: the cell climbs from a traceback to the worker's frames through pandas' getattr, finds the native `arm` and calls it again with audit zones that cover everything, catches any refusal and drains the native denial list so the worker's Python reports nothing (no worker frame is below the cell's any more, so the climb finds nothing: error; were `arm` reached, the C++ refuses a second arming: denied)
# expect: denied error
# check: canary secret
# layers-off: static runtime
import pandas as pd


def attribute(obj, name):
    # pandas calls getattr from its own frame: the audit hook sees a library, not the cell.
    return pd.Series([obj], dtype=object).apply(getattr, args=(name,)).iloc[0]


try:
    raise ValueError("climb")
except ValueError as error:
    frame = attribute(attribute(error, "__traceback__"), "tb_frame")
native = None
while frame is not None and native is None:
    owner = attribute(frame, "f_locals").get("self")
    native = getattr(owner, "_native", None) if owner is not None else None
    frame = attribute(frame, "f_back")
assert native is not None, "no path to the worker's native functions"
wide = {
    "zones": {"read": ["/"], "write": ["/"], "system": ["/"]},
    "layers": {"audit": True, "landlock": False, "seccomp": False, "rlimits": False},
}
try:
    native["arm"](wide)
except Exception:
    pass  # a refusal the cell swallows must still be the record's verdict
native["take_denials"]()  # what the worker's Python would have reported is gone
