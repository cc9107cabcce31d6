"""Runs the cell's code with none of the worker's frames below it (issue 12, item 4).

A cell can reach the real builtins through an allowed library (pandas' `apply(getattr)`), and
from any frame it gets, `f_back` walks down the stack. So the worker's request handlers are
generators: where user code has to run (the cell's body, its last expression's `repr`, a
figure's rendering, a variable's description) they yield a step, `(function, args)`, instead of
calling it. The C++ worker (interpreter.cpp) calls each step from the top of an empty Python
stack and sends the result back (or throws the step's exception in, where the handler's own
`except` takes it as before). The handlers' frames, holding the server, the session and the
native functions, are then suspended generators: on no stack, so on no frame's `f_back`.

`drive` is the same loop in Python, for the package's unit tests and the standby's warm-up,
where no user code runs."""


def drive(steps):
    """Runs a handler generator to its end and returns what it returns."""
    send, thrown = None, None
    try:
        while True:
            if thrown is not None:
                step, thrown = steps.throw(thrown), None
            else:
                step = steps.send(send)
            function, args = step
            try:
                send = function(*args)
            except BaseException as error:  # the handler decides, as the C++ driver lets it
                thrown = error
    except StopIteration as done:
        return done.value
