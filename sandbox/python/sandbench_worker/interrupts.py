"""The app's Interrupt button reaches the worker as SIGINT, sent to its whole process group once
the cell's process has said it started (see PROTOCOL.md, `started`).

From then on it may still arrive before the cell's code starts, while the request is checked.
Dropping it there would leave an endless loop running that the user already asked to stop, so it
is held and raised as KeyboardInterrupt the moment the code starts. One that arrives after the
code ended is dropped: it must not break the reply on its way out.
"""

import signal
from contextlib import contextmanager


class InterruptGate:
    def __init__(self):
        self.pending = False

    def hold(self):
        """From the moment the cell's request came."""
        self.pending = False
        signal.signal(signal.SIGINT, self._record)

    def _record(self, _signum, _frame):
        self.pending = True

    @contextmanager
    def open(self):
        """Around the cell's code: SIGINT is KeyboardInterrupt inside, and one held raises now."""
        signal.signal(signal.SIGINT, signal.default_int_handler)
        try:
            if self.pending:
                self.pending = False
                raise KeyboardInterrupt
            yield
        finally:
            signal.signal(signal.SIGINT, self._record)
