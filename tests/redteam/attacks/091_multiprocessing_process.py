# attack: multiprocessing, imported through importlib from sys.modules, runs a function in another process
# expect: rejected denied error crashed
# check: canary
import collections

importlib = collections._sys.modules["importlib"]
mp = importlib.import_module("multiprocessing")
ctx = mp.get_context("fork")


def job(path):
    with open(path, "w") as fh:
        fh.write("multiprocessing")


p = ctx.Process(target=job, args=("{CANARY_DIR}/mp.txt",))
p.start()
p.join(10)
assert p.exitcode == 0, p.exitcode
