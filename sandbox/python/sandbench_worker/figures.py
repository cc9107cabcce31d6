"""Collects the matplotlib figures a cell left open, as PNG bytes rendered by Agg."""

import io
import sys

PNG_DPI = 100


def collect_figures():
    """Renders and closes every open figure; returns [(png_bytes, width_px, height_px)].

    Does nothing when the cell never imported pyplot, so cells without plots pay nothing.
    """
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is None:
        return []
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


def use_agg_backend():
    """Selects Agg before anything imports pyplot, so no GUI toolkit is ever touched."""
    import os

    os.environ["MPLBACKEND"] = "Agg"
