# attack: dump the worker's environment (tokens, keys) through statistics.random._os.environ
# expect: rejected denied error
# check: secret
import statistics

env = statistics.random._os.environ
for key in sorted(env):
    print(key, "=", env[key])
if "SANDBENCH_TEST_SECRET" not in env:
    raise KeyError("no secret in this environment")
