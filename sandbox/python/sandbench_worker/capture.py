"""Bounded text sinks that stand in for sys.stdout and sys.stderr while a cell runs."""

import io

DEFAULT_CAP_CHARS = 1024 * 1024


class BoundedTextSink(io.TextIOBase):
    """Keeps at most ``cap`` characters; the rest is counted, not stored, so a flood costs no memory."""

    def __init__(self, cap=DEFAULT_CAP_CHARS, emit=None):
        super().__init__()
        self._cap = cap
        # Live output: called with each piece kept, as it is written (the worker's C++ hands it to
        # the keeper, which shows it in the app before the reply). Past the cap nothing more goes.
        self._emit = emit
        self._parts = []
        self._kept = 0
        self._dropped = 0

    def writable(self):
        return True

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        room = self._cap - self._kept
        if room > 0:
            piece = text[:room]
            self._parts.append(piece)
            self._kept += len(piece)
            if self._emit is not None and piece:
                self._emit(piece)
        self._dropped += max(0, len(text) - max(room, 0))
        return len(text)

    @property
    def kept_chars(self):
        """Characters kept so far: where a rich output sits in the text (rich.py)."""
        return self._kept

    @property
    def truncated(self):
        return self._dropped > 0

    def getvalue(self):
        text = "".join(self._parts)
        if self._dropped:
            if text and not text.endswith("\n"):
                text += "\n"
            text += f"[... output cut: {self._dropped} more characters not kept ...]\n"
        return text
