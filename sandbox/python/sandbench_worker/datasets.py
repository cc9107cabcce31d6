"""Loads a registered data file as a pandas DataFrame, with errors that name the file and the fix."""

import keyword
import os
import re

from .protocol_constants import DATASET_FORMATS, DATASET_FORMATS_BY_EXTENSION

# One table for the worker, the window and the exported script: sandbox/protocol/protocol.json.
FORMATS_BY_EXTENSION = DATASET_FORMATS_BY_EXTENSION
FORMATS = sorted(DATASET_FORMATS)


class DatasetError(Exception):
    """A data file that cannot be loaded; the message is meant for the analyst."""


def check_name(name):
    if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
        raise DatasetError(
            f"'{name}' cannot name a dataset: use letters, digits and underscores, "
            "not starting with a digit and not a Python keyword (for example sales_2025)"
        )


def detect_format(path):
    extension = os.path.splitext(path)[1].lower()
    fmt = FORMATS_BY_EXTENSION.get(extension)
    if fmt is None:
        raise DatasetError(
            f"{path}: the extension '{extension or '(none)'}' is not a known data format; "
            f"rename the file or give its format explicitly (one of {', '.join(FORMATS)})"
        )
    return fmt


def _read(pandas, path, fmt, label):
    if fmt == "csv":
        return pandas.read_csv(path)
    if fmt == "tsv":
        return pandas.read_csv(path, sep="\t")
    if fmt == "json":
        try:
            return pandas.read_json(path)
        except ValueError:
            # Many "JSON" exports are really JSON lines; accept them rather than fail.
            if hasattr(path, "seek"):
                path.seek(0)
            return pandas.read_json(path, lines=True)
    if fmt == "jsonl":
        return pandas.read_json(path, lines=True)
    if fmt == "excel":
        return pandas.read_excel(path)
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401  (only to learn whether Parquet support exists)
        except ImportError:
            raise DatasetError(
                f"{label}: reading Parquet needs pyarrow, which is not installed; "
                "install python3-pyarrow or convert the file to CSV"
            ) from None
        return pandas.read_parquet(path)
    raise DatasetError(f"{label}: unknown format '{fmt}'; use one of {', '.join(FORMATS)}")


# An ISO 8601 date, optionally with a time and a UTC offset: 2024-03-01, 2024-03-01T09:30,
# 2024-03-01 09:30:15.250+02:00. Only such text becomes a date: "03/01/2024" is ambiguous.
ISO_DATE = re.compile(
    r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?"
)
DATE_FORMATS = ("csv", "tsv", "json", "jsonl")  # Excel and Parquet carry their own types


def parse_iso_dates(pandas, frame):
    """Turns the text columns whose every present value is an ISO 8601 date into datetime64
    columns, in place; returns their names. A column with one value that is not such a date, or
    with offsets that differ, stays text as it was."""
    parsed = []
    for column in list(frame.columns):
        series = frame[column]
        if series.dtype != object:
            continue
        present = series.dropna()
        if present.empty or not all(isinstance(v, str) for v in present.head(100)):
            continue
        if not present.head(100).str.fullmatch(ISO_DATE).all():
            continue  # cheap look at the first values before the whole column
        if not present.astype(str).str.fullmatch(ISO_DATE).all():
            continue
        try:
            converted = pandas.to_datetime(series, errors="raise")
        except (ValueError, TypeError, OverflowError):
            continue
        if str(converted.dtype).startswith("datetime64"):
            frame[column] = converted
            parsed.append(column)
    return parsed


def _without_file_object(error, source):
    """The library's message with the open file's repr, should it quote it, replaced by "the
    file": the label before it names the file already."""
    text = str(error)
    if source is not None and not isinstance(source, str):
        text = text.replace(repr(source), "the file")
    return text


def load_dataset(path, fmt=None, source=None, name=None, iso_dates=False):
    """Returns the DataFrame in ``path`` (read from ``source``, an open binary file, when given);
    raises DatasetError naming the dataset and its file on any failure: never the open file
    object, whose repr (``<_io.BufferedReader name=6>``) names nothing the analyst knows.
    With ``iso_dates``, text columns of ISO 8601 dates load as dates (parse_iso_dates); it is a
    per-dataset choice of the caller, off unless asked for."""
    frame = _load(path, fmt, source, name)
    if iso_dates and (fmt or detect_format(path)) in DATE_FORMATS:
        import pandas

        parse_iso_dates(pandas, frame)
    return frame


def _load(path, fmt, source, name):
    if source is None and not os.path.isfile(path):
        raise DatasetError(f"{path}: no such file; check the path or register the file again")
    fmt = fmt or detect_format(path)
    if fmt not in FORMATS:
        raise DatasetError(f"{path}: unknown format '{fmt}'; use one of {', '.join(FORMATS)}")
    import pandas

    label = f"dataset '{name}' ({path})" if name else path
    try:
        if source is None:
            return _read(pandas, path, fmt, label)
        with source:
            return _read(pandas, source, fmt, label)
    except DatasetError:
        raise
    except UnicodeDecodeError as error:
        raise DatasetError(
            f"{label}: not valid UTF-8 text ({error.reason} at byte {error.start}); "
            "save the file as UTF-8 and register it again"
        ) from None
    except Exception as error:  # pandas raises many types; the analyst needs the message, not the type
        raise DatasetError(
            f"{label} could not be read as {fmt}: {_without_file_object(error, source)}. Check that the file really is {fmt} "
            "and is not truncated"
        ) from None
