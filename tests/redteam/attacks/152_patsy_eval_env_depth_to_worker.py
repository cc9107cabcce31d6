# attack: patsy's EvalEnvironment.capture(depth) takes the namespace of the frame `depth` levels below the caller (patsy calls sys._getframe itself); deep enough, that is the worker's frame holding the session or the server; reaching either ends the cell quietly `ok`
# expect: denied error
# check: canary
# layers-off: static runtime
import patsy

reached = []
for depth in range(1, 40):
    try:
        env = patsy.EvalEnvironment.capture(depth)
    except (ValueError, AttributeError):  # past the bottom of the stack
        break
    for namespace in env._namespaces:
        owner = namespace.get("self")
        if owner is not None and type(owner).__name__ in ("Server", "Session"):
            reached.append(type(owner).__name__)
assert reached, "patsy's eval_env reaches no worker object"
