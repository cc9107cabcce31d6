# attack: a running generator's gi_frame.f_back walks up to the worker's own frames and their real builtins
# expect: rejected denied error crashed
# check: canary


def spy():
    yield me.gi_frame.f_back


me = spy()
frame = next(me)
real = None
while frame is not None:
    if "__import__" in frame.f_builtins:
        real = frame.f_builtins
    frame = frame.f_back
os_ = real["__import__"]("os")
assert os_.system("echo gen > {CANARY_DIR}/generator.txt") == 0
