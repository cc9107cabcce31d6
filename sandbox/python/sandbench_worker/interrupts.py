"""The app's Interrupt button reaches the worker as SIGINT, sent to its whole process group once
the cell's process has said it started (see PROTOCOL.md, `started`).

It is KeyboardInterrupt only inside the cell's code. One that comes before the code starts (while
the request is checked) is held and raised the moment the code starts: dropping it would leave an
endless loop running that the user already asked to stop. One that comes after the code ended is
dropped: raised in the worker's own code it would break the reply, and the app would wait for an
answer that never comes. A user hammering Stop sends many, at any of these moments.

Python runs a signal handler only at certain instructions (calls, loops' backward jumps); setting
an attribute is not one of them, so `inside` flips without a handler running halfway.
"""

import signal


class InterruptGate:
    def __init__(self):
        self.pending = False
        self.inside = False

    def hold(self):
        """From the moment the cell's request came, for the rest of the process's life."""
        self.pending = False
        self.inside = False
        signal.signal(signal.SIGINT, self._on_signal)

    def _on_signal(self, _signum, _frame):
        if self.inside:
            raise KeyboardInterrupt
        self.pending = True

    def enter(self):
        """First thing of the cell's code; pair it with `inside = False` in a finally."""
        self.inside = True
        if self.pending:
            self.pending = False
            raise KeyboardInterrupt
