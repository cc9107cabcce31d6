"""Collects the matplotlib figures a cell left open, as PNG bytes rendered by Agg."""

import io
import sys

PNG_DPI = 100


# Figures plt.show() has rendered during the current cell, in order (see notebook_show).
_shown = []


def _render_open_figures(pyplot):
    figures = []
    try:
        for number in pyplot.get_fignums():
            figure = pyplot.figure(number)
            buffer = io.BytesIO()
            # No timestamp or software tag in the file: the same figure gives the same bytes.
            figure.savefig(buffer, format="png", dpi=PNG_DPI, metadata={"Software": None})
            width, height = figure.get_size_inches() * PNG_DPI
            figures.append((buffer.getvalue(), int(round(width)), int(round(height))))
    finally:
        pyplot.close("all")
    return figures


def collect_figures():
    """Renders and closes every open figure; returns [(png_bytes, width_px, height_px)], the ones
    plt.show() rendered earlier in the cell first.

    Does nothing when the cell never imported pyplot, so cells without plots pay nothing.
    """
    shown = _shown[:]
    del _shown[:]
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is None:
        return shown
    return shown + _render_open_figures(pyplot)


def notebook_show(*args, **kwargs):
    """plt.show() as in a notebook: the open figures are shown (here: rendered for the cell's
    reply) and closed, so the next plot starts a new figure instead of drawing over this one."""
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None:
        _shown.extend(_render_open_figures(pyplot))


notebook_show.__module__ = "matplotlib.pyplot"
notebook_show.__name__ = notebook_show.__qualname__ = "show"


def forget_shown():
    """Drops what plt.show() rendered outside a cell (a late callback): it belongs to no cell."""
    del _shown[:]


def install_notebook_show():
    """Points pyplot.show at notebook_show once pyplot is loaded (Agg's own show does nothing, so
    figures would pile up in one)."""
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None and pyplot.__dict__.get("show") is not notebook_show:
        pyplot.show = notebook_show


def use_agg_backend():
    """Selects Agg before anything imports pyplot, so no GUI toolkit is ever touched."""
    import os

    os.environ["MPLBACKEND"] = "Agg"
