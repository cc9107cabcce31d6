"""Datasets larger than memory: a dask DataFrame read in blocks (PROTOCOL.md, `dataset` "lazy").

The app passes the data file as an open descriptor (the sandbox's zones were fixed before the
dataset was registered), so every block is read from it with os.pread: nothing here opens a
path, and the keeper's forks share the descriptor. Each block read is recorded, for the run's
provenance (take_reads). Dask runs in this process only: its threaded scheduler with a pool made
for each computation and shut down after it (no thread outlives a cell), or the synchronous one
when the memory limit leaves no room for threads; never processes or a cluster.
"""

import io
import os
import sys
import threading

from .datasets import DATE_FORMATS, DatasetError, parse_iso_dates

LAZY_FORMATS = ("csv", "tsv", "json", "jsonl", "parquet")
MAX_BLOCK_BYTES = 64 << 20
MIN_BLOCK_BYTES = 64 << 10
SAMPLE_BYTES = 1 << 20
CHUNK = 8 << 20  # how much is read at once when counting lines
# Below this memory limit every thread's malloc arena (64 MB of address space) would count
# against it: the synchronous scheduler runs the blocks one after the other instead.
THREADS_FROM_MB = 1024
MB = 1 << 20

_sources = {}  # dataset name -> LazySource (the keeper's, inherited by its forks)
_reads = []  # (dataset, block, start, end, rows) as blocks are read, in this process
_reads_lock = threading.Lock()
_settings = {"memory_mb": 0}


def is_lazy(value):
    """True for a dask DataFrame or Series (exact dask classes, so no user __class__ tricks)."""
    dd = sys.modules.get("dask.dataframe")
    if dd is None:
        return False
    return type(value) in (dd.DataFrame, dd.Series)


def source_of(namespace, name):
    """The dataset behind `name` when the variable still is the frame the dataset bound (not a
    frame a cell derived from it), else None."""
    source = _sources.get(name)
    if source is not None and namespace.get(name) is source.frame:
        return source
    return None


def block_bytes(memory_mb):
    """Blocks small enough that a few of them parsed fit the memory limit many times over."""
    if memory_mb <= 0:
        return MAX_BLOCK_BYTES
    return max(MIN_BLOCK_BYTES, min(MAX_BLOCK_BYTES, memory_mb * MB // 32))


def configure(memory_mb, keep_scheduler=None):
    """The in-process scheduler for this session; called when the sandbox is armed and again for
    every lazy dataset (dask may have been imported since). keep_scheduler: the session has a
    sandboxed cluster whose client is dask's scheduler; it is left as it is."""
    _settings["memory_mb"] = int(memory_mb or 0)
    if keep_scheduler is not None:
        _settings["keep_scheduler"] = keep_scheduler
    if _settings.get("keep_scheduler"):
        return
    dask = sys.modules.get("dask")
    base = sys.modules.get("dask.base")
    if dask is None or base is None:
        return
    dask.config.set(scheduler=scheduler)
    # The names a cell may give compute(scheduler=...): threads get a pool of their own per
    # computation too (dask's shared pool would outlive the cell and, in the next cell's fork,
    # hold threads that are gone); processes and a cluster get a clear refusal instead of the
    # kernel's (the sandbox refuses to start processes or open sockets either way).
    names = base.named_schedulers
    for name in ("threads", "threading"):
        names[name] = scheduler
    for name in ("processes", "multiprocessing"):
        names[name] = refuse_processes
    for name in ("distributed", "dask.distributed"):
        names[name] = refuse_cluster


PROCESSES_REFUSED = (
    "dask's process scheduler starts processes, which Sandbench does not allow: dask runs in "
    "the cell's own process here; leave the scheduler as it is (threads) or use "
    "scheduler='synchronous'")
CLUSTER_REFUSED = (
    "a dask cluster (distributed) is not available in this session: dask runs in the cell's own "
    "process here; leave the scheduler as it is (threads) or use scheduler='synchronous'")


def refuse_processes(*_args, **_kwargs):
    raise RuntimeError(PROCESSES_REFUSED)


def refuse_cluster(*_args, **_kwargs):
    raise RuntimeError(CLUSTER_REFUSED)


def _worker_count():
    memory_mb = _settings["memory_mb"]
    if 0 < memory_mb < THREADS_FROM_MB:
        return 0
    threads = os.cpu_count() or 1
    if memory_mb:
        threads = min(threads, max(1, memory_mb // 512))
    return threads


def scheduler(dsk, keys, **kwargs):
    """dask's threaded scheduler with a pool of its own, shut down before returning: dask's
    shared pool would keep threads alive past the cell (and, in a fork, hold dead ones)."""
    import dask.local

    kwargs.pop("pool", None)
    kwargs.pop("num_workers", None)
    threads = _worker_count()
    if threads <= 1:
        return dask.local.get_sync(dsk, keys, **kwargs)
    import dask.threaded
    from concurrent.futures import ThreadPoolExecutor

    pool = ThreadPoolExecutor(threads)
    try:
        return dask.threaded.get(dsk, keys, pool=pool, **kwargs)
    finally:
        pool.shutdown(wait=True)


def _record(name, block, start, end, rows):
    with _reads_lock:
        _reads.append((name, block, start, end, rows))


def take_reads():
    """The blocks read since the last call, per dataset: what provenance records of a run."""
    with _reads_lock:
        taken = list(_reads)
        _reads.clear()
    by_dataset = {}
    for name, block, start, end, rows in taken:
        entry = by_dataset.setdefault(name, {})
        entry[block] = (start, end, rows)
    out = []
    for name in sorted(by_dataset):
        source = _sources.get(name)
        blocks = by_dataset[name]
        out.append({
            "dataset": name,
            "path": source.path if source else "",
            "blocks": [[block, start, end] for block, (start, end, _) in sorted(blocks.items())],
            "bytes": sum(end - start for start, end, _ in blocks.values()),
            "of_blocks": len(source.blocks) if source else 0,
        })
    return out


def _pread(fd, start, length):
    parts = []
    while length > 0:
        data = os.pread(fd, min(length, CHUNK), start)
        if not data:
            break
        parts.append(data)
        start += len(data)
        length -= len(data)
    return b"".join(parts)


class _Block:
    """Reads block i of a source; a small class (not a closure) so dask can name it cheaply."""

    def __init__(self, source):
        self.source = source

    def __call__(self, block):
        return self.source.read_block(block)

    def __dask_tokenize__(self):
        return self.source.token


class LazySource:
    def __init__(self, name, path, fmt, handle, iso_dates, memory_mb):
        self.name = name
        self.path = path
        self.fmt = fmt
        self.handle = handle  # kept open: every block is read from its descriptor
        self.fd = handle.fileno()
        stat = os.fstat(self.fd)
        self.size = stat.st_size
        self.token = f"{name}-{stat.st_dev}-{stat.st_ino}-{stat.st_size}-{stat.st_mtime_ns}"
        self.iso_dates = iso_dates
        self.block_size = block_bytes(memory_mb)
        self.sep = "\t" if fmt == "tsv" else ","
        self.rows = {}  # block -> rows, once counted
        self.row_group = None
        self.frame = None
        if fmt == "parquet":
            self._open_parquet()
        else:
            self._open_text()

    # -- text formats: CSV, TSV, JSON lines ---------------------------------------------------
    def _open_text(self):
        import pandas

        head = _pread(self.fd, 0, min(self.size, SAMPLE_BYTES))
        if self.fmt == "json":
            first = head.lstrip()[:1]
            if first == b"[":
                raise DatasetError(
                    f"dataset '{self.name}' ({self.path}): a JSON array cannot be read in blocks; "
                    "save it as JSON lines (one object a line, .jsonl) or add it without "
                    "'larger than memory'")
            self.fmt = "jsonl"
        cut = head.rfind(b"\n") + 1 if len(head) < self.size else len(head)
        if cut <= 0:
            cut = len(head)
        sample_bytes = head[:cut]
        self.start = 0
        if self.fmt in ("csv", "tsv"):
            header_end = head.find(b"\n") + 1
            if header_end <= 0:
                header_end = len(head)
            self.start = header_end
            self.header = head[:header_end]
            sample = pandas.read_csv(io.BytesIO(sample_bytes), sep=self.sep)
        else:
            self.header = b""
            sample = pandas.read_json(io.BytesIO(sample_bytes), lines=True)
        self.date_columns = []
        if self.iso_dates and self.fmt in DATE_FORMATS:
            self.date_columns = parse_iso_dates(pandas, sample)
        self.columns = list(sample.columns)
        self.meta = sample.iloc[:0]
        sampled = max(1, len(sample_bytes) - self.start)
        self.bytes_per_file_byte = float(sample.memory_usage(deep=True).sum()) / sampled
        self.blocks = self._split()

    def _next_line(self, position):
        """The offset just after the first newline at or after position (or the file's end)."""
        while position < self.size:
            data = os.pread(self.fd, 65536, position)
            if not data:
                break
            found = data.find(b"\n")
            if found >= 0:
                return position + found + 1
            position += len(data)
        return self.size

    def _split(self):
        blocks = []
        start = self.start
        while start < self.size:
            end = self._next_line(min(self.size, start + self.block_size) - 1)
            if end <= start:
                end = self.size
            blocks.append((start, end))
            start = end
        return blocks or [(self.start, self.start)]

    def _parse(self, data):
        import pandas

        if not data.strip():
            return self.meta.copy()
        if self.fmt in ("csv", "tsv"):
            frame = pandas.read_csv(io.BytesIO(data), sep=self.sep, header=None,
                                    names=self.columns)
        else:
            frame = pandas.read_json(io.BytesIO(data), lines=True)
            frame = frame.reindex(columns=self.columns)
        return frame

    def _conform(self, frame, block):
        """The block with the first rows' types, or an error naming the column and the bytes."""
        import pandas

        start, end = self.blocks[block]
        for column in self.columns:
            want = self.meta[column].dtype
            have = frame[column].dtype
            if have == want:
                continue
            try:
                if column in self.date_columns:
                    frame[column] = pandas.to_datetime(frame[column], errors="raise")
                else:
                    frame[column] = frame[column].astype(want)
            except (ValueError, TypeError, OverflowError):
                raise DatasetError(
                    f"dataset '{self.name}' ({self.path}): column '{column}' holds {have} values "
                    f"in bytes {start}-{end} where the first rows held {want}; add the file "
                    "without 'larger than memory', or convert the column in a cell with "
                    f"map_partitions") from None
        return frame

    def read_block(self, block):
        if self.fmt == "parquet":
            return self._read_row_group(block)
        start, end = self.blocks[block]
        data = _pread(self.fd, start, end - start)
        frame = self._conform(self._parse(data), block)
        self.rows[block] = len(frame)
        _record(self.name, block, start, end, len(frame))
        return frame

    def count_rows(self, block):
        """Rows in a block without parsing it: its lines, less the blank ones (read_csv skips
        them). Like dask's own read_csv, a block boundary assumes no newline inside quotes."""
        if block in self.rows:
            return self.rows[block]
        if self.fmt == "parquet":
            self.rows[block] = self.row_group.metadata.row_group(block).num_rows
            return self.rows[block]
        start, end = self.blocks[block]
        lines = blank = 0
        previous = b"\n"
        position = start
        while position < end:
            data = os.pread(self.fd, min(CHUNK, end - position), position)
            if not data:
                break
            lines += data.count(b"\n")
            blank += data.count(b"\n\n") + data.count(b"\n\r\n")
            if previous == b"\n" and data[:1] == b"\n":
                blank += 1
            previous = data[-1:]
            position += len(data)
        if previous not in (b"\n", b""):
            lines += 1  # a last line without its newline
        self.rows[block] = max(0, lines - blank)
        return self.rows[block]

    def estimated_bytes(self):
        if self.fmt == "parquet":
            return int(self.row_group.metadata.serialized_size + self.size * 3)
        return int(self.bytes_per_file_byte * max(0, self.size - self.start))

    # -- Parquet, by row group, when pyarrow exists --------------------------------------------
    def _open_parquet(self):
        try:
            import pyarrow.parquet as parquet
        except ImportError:
            raise DatasetError(
                f"dataset '{self.name}' ({self.path}): reading Parquet needs pyarrow, which is not "
                "installed, so a Parquet file cannot be read in blocks (or at all); install "
                "python3-pyarrow or convert the file to CSV") from None
        self.row_group = parquet.ParquetFile(self.handle)
        metadata = self.row_group.metadata
        self.blocks = []
        for group in range(metadata.num_row_groups):
            info = metadata.row_group(group)
            offsets = [info.column(c).file_offset for c in range(info.num_columns)]
            start = min(offsets) if offsets else 0
            self.blocks.append((start, start + info.total_byte_size))
        self.meta = self.row_group.schema_arrow.empty_table().to_pandas()
        self.columns = list(self.meta.columns)
        self.date_columns = []
        self.start = 0

    def _read_row_group(self, block):
        frame = self.row_group.read_row_group(block).to_pandas()
        start, end = self.blocks[block]
        self.rows[block] = len(frame)
        _record(self.name, block, start, end, len(frame))
        return frame

    def build(self):
        import dask.dataframe as dd

        self.frame = dd.from_map(_Block(self), list(range(len(self.blocks))), meta=self.meta,
                                 label=f"read-{self.name}", token=self.token,
                                 enforce_metadata=False)
        return self.frame

    def describe(self):
        return {"lazy": True, "partitions": len(self.blocks), "file_bytes": self.size,
                "estimated_bytes": self.estimated_bytes(), "columns": len(self.columns)}


def open_lazy(name, path, fmt, handle, iso_dates=False, memory_mb=0):
    """The dask DataFrame over the open file `handle`; raises DatasetError with a message for
    the analyst."""
    if fmt not in LAZY_FORMATS:
        handle.close()
        raise DatasetError(
            f"dataset '{name}' ({path}): {fmt} files cannot be read in blocks; add it without "
            "'larger than memory', or save it as CSV, JSON lines or Parquet")
    try:
        import dask.dataframe  # noqa: F401  (the frame's own library)
    except ImportError:
        handle.close()
        raise DatasetError(
            f"dataset '{name}' ({path}): larger-than-memory datasets need dask, which is not "
            "installed; install python3-dask") from None
    configure(memory_mb or _settings["memory_mb"])
    old = _sources.pop(name, None)
    try:
        source = LazySource(name, path, fmt, handle, iso_dates, memory_mb or _settings["memory_mb"])
        frame = source.build()
    except Exception as error:
        handle.close()  # a dataset that failed keeps no descriptor; the old frame stays bound
        if old is not None:
            _sources[name] = old
        raise _open_errors(name, path, fmt, error) from None
    return _keep(name, frame, source, old, handle)


def _keep(name, frame, source, old, handle):
    if old is not None and old.handle is not handle:
        try:
            old.handle.close()
        except OSError:
            pass
    _sources[name] = source
    return frame, source


def _open_errors(name, path, fmt, error):
    """The analyst's message for a file that could not be opened lazily."""
    if isinstance(error, DatasetError):
        return error
    if isinstance(error, UnicodeDecodeError):
        return DatasetError(
            f"dataset '{name}' ({path}): not valid UTF-8 text ({error.reason} at byte "
            f"{error.start}); save the file as UTF-8 and register it again")
    return DatasetError(
        f"dataset '{name}' ({path}) could not be read as {fmt}: {error}. Check that the file "
        f"really is {fmt} and is not truncated")


def forget(name):
    """A dataset loaded again eagerly: its lazy source and descriptor go."""
    source = _sources.pop(name, None)
    if source is not None:
        try:
            source.handle.close()
        except OSError:
            pass


def describe_lazy(namespace, name, value):
    """Variables-panel fields of a dask frame: partitions, and for a dataset's own frame its
    counted rows (when counted) and estimated size in memory; never computes the frame."""
    item = {"lazy": True, "partitions": int(value.npartitions)}
    columns = len(value.columns) if hasattr(value, "columns") else 1
    source = source_of(namespace, name)
    rows = None
    if source is not None:
        item["estimated_bytes"] = source.estimated_bytes()
        item["file_bytes"] = source.size
        if len(source.rows) == len(source.blocks):
            rows = sum(source.rows.values())
    # Rows are known once counted (a page of the Data panel counts them); null until then.
    item["shape"] = [rows, columns]
    return item



# -- The Data panel's views of a lazy frame --------------------------------------------------
# Pages are computed from the partitions that hold them, row counts from counted lines (a
# dataset's own frame) or one pass of len over the partitions; filters stay lazy. Sorting needs
# the whole view in memory: it is refused above a quarter of the memory limit.


class LazyViewError(ValueError):
    pass


def sort_limit_bytes():
    memory_mb = _settings["memory_mb"]
    return (memory_mb * MB // 4) if memory_mb else 512 * MB


def lazy_column(frame, position):
    if not isinstance(position, int) or not 0 <= position < len(frame.columns):
        raise LazyViewError(f"column {position!r} is out of range: the table has "
                            f"{len(frame.columns)} columns, counted from 0")
    return frame[frame.columns[position]]


def lazy_mask(frame, filter_, ops):
    column = lazy_column(frame, filter_.get("column"))
    op, value = filter_.get("op"), filter_.get("value")
    if op not in ops:
        raise LazyViewError(f"unknown filter operator {op!r}; use one of {', '.join(ops)}")
    if op == "isnull":
        return column.isna()
    if op == "notnull":
        return column.notna()
    if op == "contains":
        return column.astype(str).str.contains(str(value), regex=False)
    kind = column.dtype.kind
    if kind in "biuf" and isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            raise LazyViewError(f"{value!r} is not a number; column {column.name!r} holds numbers")
    if kind == "M" and isinstance(value, str):
        import pandas

        try:
            value = pandas.Timestamp(value)
        except ValueError:
            raise LazyViewError(f"{value!r} is not a date; write it like 2024-03-01")
    compare = {"==": column.__eq__, "!=": column.__ne__, "<": column.__lt__,
               "<=": column.__le__, ">": column.__gt__, ">=": column.__ge__}[op]
    return compare(value)


class LazyView:
    """A view (filter, sort) of a lazy frame; lengths cached by the caller between pages."""

    def __init__(self, namespace, name, frame, filter_, ops, cache):
        self.name = name
        self.frame = frame
        self.source = source_of(namespace, name)
        self.filtered = filter_ is not None and bool(filter_)
        self.target = frame[lazy_mask(frame, filter_, ops)] if self.filtered else frame
        self.cache = cache
        self.key = ("lazy", name, id(frame), repr(filter_))

    def total_lengths(self):
        if self.source is not None:
            return [self.source.count_rows(b) for b in range(len(self.source.blocks))]
        key = ("lazy", self.name, id(self.frame), "None")
        if key not in self.cache:
            self.cache[key] = [int(n) for n in self.frame.map_partitions(len).compute()]
        return self.cache[key]

    def lengths(self):
        if not self.filtered:
            return self.total_lengths()
        if self.key not in self.cache:
            self.cache[self.key] = [int(n) for n in self.target.map_partitions(len).compute()]
        return self.cache[self.key]

    def page(self, offset, limit):
        """Rows [offset, offset+limit) of the view as a pandas frame, computing only the
        partitions that hold them."""
        import dask
        import pandas

        lengths = self.lengths()
        starts, at = [], 0
        for n in lengths:
            starts.append(at)
            at += n
        wanted = [i for i, n in enumerate(lengths)
                  if n and starts[i] < offset + limit and starts[i] + n > offset]
        if not wanted or limit <= 0:
            return self.target._meta.copy()
        parts = dask.compute(*[self.target.get_partition(i) for i in wanted])
        pieces = []
        row_starts = None
        if self.source is not None:
            row_starts, at = [], 0
            for n in self.total_lengths():
                row_starts.append(at)
                at += n
        for i, part in zip(wanted, parts):
            if row_starts is not None:
                part = part.copy()
                part.index = part.index + row_starts[i]  # row numbers of the whole file
            lo = max(0, offset - starts[i])
            hi = min(len(part), offset + limit - starts[i])
            pieces.append(part.iloc[lo:hi])
        return pandas.concat(pieces) if len(pieces) > 1 else pieces[0]

    def whole(self):
        """The whole view in memory, for sorting, when it fits; else a clear refusal."""
        limit = sort_limit_bytes()
        if self.source is not None:
            estimate = self.source.estimated_bytes()
            if self.filtered:
                total = sum(self.total_lengths()) or 1
                estimate = estimate * sum(self.lengths()) // total
        else:
            estimate = int(self.target.memory_usage(deep=True).sum().compute())
        if estimate > limit:
            raise LazyViewError(
                f"Sorting {self.name} would load all {sum(self.lengths())} rows of the view "
                f"(about {estimate // MB} MB in memory), more than a quarter of the session's "
                f"memory limit ({limit // MB} MB): filter it first, or sort in a cell with "
                "nlargest()/nsmallest() to keep the top rows")
        frame = self.target.compute()
        if self.source is not None:
            frame = frame.reset_index(drop=True)
        return frame


def lazy_summary(view, position, bins, top):
    """A column summary with dask's reductions, in at most two passes over the data."""
    import dask
    import numpy

    series = lazy_column(view.target, position)
    count = sum(view.lengths())
    summary = {"column": str(series.name), "dtype": str(series.dtype), "count": int(count),
               "lazy": True}
    kind = series.dtype.kind if isinstance(series.dtype, numpy.dtype) else "O"
    if kind in "iuf":
        values = series.dropna()
        missing, mean, std, low, high, quantiles = dask.compute(
            series.isna().sum(), values.mean(), values.std(), values.min(), values.max(),
            values.quantile([0.25, 0.5, 0.75]))
        summary["missing"] = int(missing)
        quantiles = list(quantiles)

        def number(v):
            v = float(v)
            return None if v != v or v in (float("inf"), float("-inf")) else v

        if count - int(missing) > 0:
            summary.update(mean=number(mean), std=number(std), min=number(low),
                           q25=number(quantiles[0]), median=number(quantiles[1]),
                           q75=number(quantiles[2]), max=number(high), approximate=["q25",
                                                                                   "median",
                                                                                   "q75"])
            if number(low) is not None and number(high) is not None:
                edges = numpy.histogram_bin_edges([number(low), number(high)], bins=bins)
                counts = sum(dask.compute(*[dask.delayed(_histogram)(part, edges)
                                            for part in values.to_delayed()]))
                summary["chart"] = {"type": "histogram", "edges": edges.tolist(),
                                    "counts": [int(n) for n in counts]}
    else:
        present = series.dropna()
        missing, unique, counts = dask.compute(
            series.isna().sum(), present.astype(str).nunique_approx(),
            present.astype(str).value_counts().nlargest(top))
        summary["missing"] = int(missing)
        summary["unique"] = int(unique)
        summary["approximate"] = ["unique"]
        summary["top"] = [[str(label), int(n)] for label, n in counts.items()]
        summary["chart"] = {"type": "bar", "labels": [str(label) for label in counts.index],
                            "counts": [int(n) for n in counts.to_numpy()]}
        if kind == "M":
            low, high = dask.compute(present.min(), present.max())
            if count - int(missing) > 0:
                summary.update(min=low.isoformat(), max=high.isoformat())
    return summary


def _histogram(part, edges):
    import numpy

    values = part.to_numpy(dtype="f8")
    values = values[numpy.isfinite(values)]
    return numpy.histogram(values, bins=edges)[0]
