"""The one way outputs are written: under a temporary name beside the target, swapped in only
on success, so a cancel or failure leaves an earlier output byte-identical.

Temporaries are named ``<stem>.partial-<pid>-<token><suffix>`` (the stem first: QGIS names a
new GeoPackage layer after the file's base name). Each writer removes the temporaries of its
target left by processes that no longer run (a killed run); those of live processes (a second
run at the same time) are kept. Writers share one protocol: ``path`` (where to write),
``commit()`` (swap in, return the target) and ``discard()``; :func:`commit_all` commits several
outputs of one run together, or none when the run was cancelled.

No QGIS import (GDAL only inside :class:`AtomicTable`)."""

from __future__ import annotations

import os
import re
import shutil
import uuid
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Protocol

from ..engine.text import QT_TR_NOOP, Text
from .gdal_calls import gdal_reason, gdal_return_codes

PARTIAL, OLD = "partial", "old"
# parts QGIS deletes when it overwrites a shapefile (QgsVectorFileWriter::deleteShapeFile)
SHAPEFILE_PARTS = (
    ".shp",
    ".shx",
    ".dbf",
    ".prj",
    ".qix",
    ".qpj",
    ".cpg",
    ".sbn",
    ".sbx",
    ".idm",
    ".ind",
)


class Writer(Protocol):
    def commit(self, backup: bool = False) -> str: ...

    def finish(self) -> None: ...

    def rollback(self) -> None: ...

    def discard(self) -> None: ...


def temporary_path(target: Path, kind: str = PARTIAL) -> Path:
    """A new name beside ``target`` with this process id: ``out.partial-42-1a2b3c4d.gpkg``."""
    stem, suffix = (target.name, "") if not target.suffix else (target.stem, target.suffix)
    return target.with_name(f"{stem}.{kind}-{os.getpid()}-{uuid.uuid4().hex[:8]}{suffix}")


def pid_alive(pid: int) -> bool:
    """True while process ``pid`` runs (or when that cannot be told: keep its files)."""
    if pid == os.getpid():
        return True
    if os.name == "nt":  # os.kill would terminate the process on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.GetLastError() == 5  # access denied: it exists
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _stale(target: Path) -> Iterable[tuple[str, int, Path]]:
    """(kind, pid, path) of every temporary of ``target`` in its folder."""
    stem = target.stem if target.suffix else target.name
    pattern = re.compile(rf"^{re.escape(stem)}\.({PARTIAL}|{OLD})-(\d+)-[0-9a-f]{{8}}")
    try:
        entries = list(target.parent.iterdir())
    except OSError:
        return []
    return [
        (m.group(1), int(m.group(2)), path)
        for path in entries
        if (m := pattern.match(path.name)) is not None
    ]


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def remove_stale(target: Path) -> list[Path]:
    """Delete the temporaries of ``target`` whose process is gone; returns what was removed.

    A folder moved aside by a swap that was killed before the new folder took its place is
    moved back when the target is missing."""
    removed = []
    for kind, pid, path in sorted(_stale(Path(target)), key=lambda s: s[2].name):
        if pid_alive(pid):
            continue
        if kind == OLD and not Path(target).exists():
            os.replace(path, target)
            continue
        _remove(path)
        removed.append(path)
    return removed


class AtomicFile:
    """One file (with its shapefile parts when it is a ``.shp``) written aside::

    with AtomicFile(target) as out:
        write(out.path)
        out.commit()

    ``commit(backup=True)`` keeps the old file (a hard link, else a copy) until
    :meth:`finish`, so :meth:`rollback` can put it back: how :func:`commit_all` replaces
    several outputs all or none.
    """

    commits_last = False  # True where a commit cannot be rolled back

    def __init__(self, target: str | Path) -> None:
        self.target = Path(target)
        remove_stale(self.target)
        self.path = temporary_path(self.target)
        self.done = False
        self._swapped: list[tuple[Path, Path | None]] = []  # (final, backup or None)

    def _parts(self) -> list[tuple[Path, Path]]:
        """(temporary, final) of every file of the output."""
        if self.target.suffix.lower() != ".shp":
            return [(self.path, self.target)]
        return [(self.path.with_suffix(s), self.target.with_suffix(s)) for s in SHAPEFILE_PARTS]

    def commit(self, backup: bool = False) -> str:
        """Move the written file (every part of a shapefile) onto the target."""
        if self.done:
            return str(self.target)
        if not self.path.exists():
            raise FileNotFoundError(Text(QT_TR_NOOP("nothing was written to {0}"), self.path))
        aside = temporary_path(self.target, OLD)
        for part, final in self._parts():
            kept = aside.with_suffix(final.suffix) if backup and final.exists() else None
            try:
                if part.exists():
                    if kept is not None:
                        _keep(final, kept)
                    os.replace(part, final)
                elif final.exists():  # a part the new shapefile lacks would describe the old one
                    os.replace(final, kept) if kept is not None else final.unlink()
                else:
                    continue
            except BaseException:
                if kept is not None and final.exists():
                    kept.unlink(missing_ok=True)  # the old file is still in place
                self.rollback()
                raise
            self._swapped.append((final, kept))
        self._remove_leftovers()
        self.done = True
        if not backup:
            self.finish()
        return str(self.target)

    def finish(self) -> None:
        """Forget the old output kept by ``commit(backup=True)``."""
        for _final, kept in self._swapped:
            if kept is not None:
                _remove(kept)
        self._swapped = []

    def rollback(self) -> None:
        """Put back what ``commit(backup=True)`` replaced."""
        for final, kept in reversed(self._swapped):
            if kept is not None:
                os.replace(kept, final)
            else:
                _remove(final)
        self._swapped = []

    def discard(self) -> None:
        if self.done:
            return
        for part, _final in self._parts():
            part.unlink(missing_ok=True)
        self._remove_leftovers()
        self.done = True

    def _remove_leftovers(self) -> None:
        """Files a driver left beside the temporary (a journal, ``.aux.xml``)."""
        for _kind, _pid, path in _stale(self.target):
            if path.name.startswith(self.path.name):
                _remove(path)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.discard()


def _keep(final: Path, kept: Path) -> None:
    """A second name for ``final`` (a copy where hard links are not possible)."""
    try:
        os.link(final, kept)
    except OSError:
        shutil.copy2(final, kept)


class AtomicFolder(AtomicFile):
    """A folder written aside (``path`` exists from the start) and swapped in on commit: an
    existing target is moved aside, the new folder renamed into place, the old one removed."""

    def __init__(self, target: str | Path) -> None:
        super().__init__(target)
        self.path.mkdir()

    def commit(self, backup: bool = False) -> str:
        if self.done:
            return str(self.target)
        old = temporary_path(self.target, OLD) if self.target.exists() else None
        if old is not None:
            os.replace(self.target, old)
        try:
            os.replace(self.path, self.target)
        except OSError:
            if old is not None:
                os.replace(old, self.target)
            raise
        self._swapped = [(self.target, old)]
        self.done = True
        if not backup:
            self.finish()
        return str(self.target)

    def rollback(self) -> None:
        for final, old in self._swapped:
            _remove(final)
            if old is not None:
                os.replace(old, final)
        self._swapped = []

    def discard(self) -> None:
        if not self.done:
            shutil.rmtree(self.path, ignore_errors=True)
            self.done = True


class AtomicTable(AtomicFile):
    """One table of an existing GeoPackage: written into a temporary GeoPackage (``path``,
    inside a temporary folder beside the target: QGIS picks the driver from everything after
    the first dot of the name), then copied over the old table in one transaction of the
    target on commit; the target's other tables (``layer_styles``, ``clearance_runs``…) are
    kept. Without a target file the temporary file simply becomes it. A replaced table
    cannot be rolled back: :func:`commit_all` commits tables last."""

    commits_last = True

    def __init__(self, target: str | Path, table: str) -> None:
        self.target = Path(target)
        remove_stale(self.target)
        self.folder = temporary_path(self.target)
        self.folder.mkdir()
        self.path = self.folder / f"partial{self.target.suffix}"
        self.table = table
        self.done = False
        self._swapped = []

    def commit(self, backup: bool = False) -> str:
        if not self.done:
            if self.target.exists():
                replace_table(self.target, self.table, self.path)
            else:
                os.replace(self.path, self.target)
                self._swapped = [(self.target, None)] if backup else []
            self.discard()
        return str(self.target)

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        self.done = True


def replace_table(target: Path, table: str, source: Path) -> None:
    """Replace (or add) ``table`` of the GeoPackage ``target`` by the same table of ``source``,
    in one transaction: on any error the target is left as it was."""
    replace_tables(target, [(table, source)])


# why a table of a GeoPackage could not be replaced (GDAL's own message as it gives it)
CANNOT_OPEN = QT_TR_NOOP("cannot open {0}: {1}")
NO_TRANSACTION = QT_TR_NOOP("{0}: cannot start a transaction ({1})")
NO_COMMIT = QT_TR_NOOP("{0}: commit failed ({1})")
NO_DELETE = QT_TR_NOOP("cannot delete the old table {0!r}: {1}")
NO_TABLE = QT_TR_NOOP("cannot create table {0!r}: {1}")
NO_FIELD = QT_TR_NOOP("cannot create field {0!r}")
NO_COPY = QT_TR_NOOP("cannot copy feature {0}: {1}")
NO_WRITE = QT_TR_NOOP("cannot write table {0!r}: {1}")
NOT_GPKG = QT_TR_NOOP("not a GeoPackage GDAL can open")


@gdal_return_codes()
def replace_tables(target: Path, tables: Sequence[tuple[str, Path]]) -> None:
    """Replace (or add) each ``(table, source)`` of the GeoPackage ``target`` by that table of
    its ``source`` file, all in ONE transaction: on any error the target is left as it was
    (an ``OSError`` naming the file or table, in either GDAL error mode)."""
    from osgeo import gdal, ogr

    dst = gdal.OpenEx(str(target), gdal.OF_VECTOR | gdal.OF_UPDATE)
    if dst is None:
        raise OSError(Text(CANNOT_OPEN, target, gdal_reason(Text(NOT_GPKG))))
    try:
        if dst.StartTransaction() != ogr.OGRERR_NONE:
            raise OSError(Text(NO_TRANSACTION, target, gdal.GetLastErrorMsg()))
        try:
            for table, source in tables:
                _copy_from(dst, table, source)
        except BaseException:
            dst.RollbackTransaction()
            raise
        if dst.CommitTransaction() != ogr.OGRERR_NONE:
            raise OSError(Text(NO_COMMIT, target, gdal.GetLastErrorMsg()))
    finally:
        dst = None  # closes the dataset


def _copy_from(dst, table: str, source: Path) -> None:
    from osgeo import gdal

    src = gdal.OpenEx(str(source), gdal.OF_VECTOR)
    if src is None:
        raise OSError(Text(CANNOT_OPEN, source, gdal_reason(Text(NOT_GPKG))))
    layer = src.GetLayerByName(table)
    if layer is None:
        raise OSError(Text(QT_TR_NOOP("no table {0!r} in {1}"), table, source))
    try:
        _copy_layer(dst, layer, table)
    finally:
        layer = src = None  # closes the source (the layer first) before it is deleted


def _copy_layer(dst, layer, table: str) -> None:
    """Delete ``table`` in ``dst`` and create it again from ``layer`` (fids kept); the caller
    holds the transaction. (``CopyLayer`` copies no rows inside an open transaction.)"""
    from osgeo import gdal, ogr

    names = [dst.GetLayer(i).GetName() for i in range(dst.GetLayerCount())]
    if table in names and dst.DeleteLayer(names.index(table)) != ogr.OGRERR_NONE:
        raise OSError(Text(NO_DELETE, table, gdal.GetLastErrorMsg()))
    options = [f"FID={layer.GetFIDColumn() or 'fid'}"]
    if layer.GetGeomType() != ogr.wkbNone:
        options.append(f"GEOMETRY_NAME={layer.GetGeometryColumn() or 'geom'}")
    out = dst.CreateLayer(table, layer.GetSpatialRef(), layer.GetGeomType(), options)
    if out is None:
        raise OSError(Text(NO_TABLE, table, gdal.GetLastErrorMsg()))
    defn = layer.GetLayerDefn()
    for i in range(defn.GetFieldCount()):
        if out.CreateField(defn.GetFieldDefn(i)) != ogr.OGRERR_NONE:
            raise OSError(Text(NO_FIELD, defn.GetFieldDefn(i).GetName()))
    out_defn = out.GetLayerDefn()
    layer.ResetReading()
    for feature in layer:
        copy = ogr.Feature(out_defn)
        copy.SetFrom(feature)
        copy.SetFID(feature.GetFID())
        if out.CreateFeature(copy) != ogr.OGRERR_NONE:
            raise OSError(Text(NO_COPY, feature.GetFID(), gdal.GetLastErrorMsg()))
    if out.SyncToDisk() != ogr.OGRERR_NONE:  # builds the spatial index inside the transaction
        raise OSError(Text(NO_WRITE, table, gdal.GetLastErrorMsg()))


def _table(writer) -> AtomicTable | None:
    """The :class:`AtomicTable` a writer (or the sink wrapping it) commits, if any."""
    for candidate in (writer, getattr(writer, "file", None)):
        if isinstance(candidate, AtomicTable):
            return candidate
    return None


def _commit_tables(writers: Sequence[Writer]) -> None:
    """Tables bound for the same existing GeoPackage, replaced in one transaction; writers
    with ``batch_key()``/``commit_batch()`` (database tables) likewise, per key."""
    groups: dict[Path, list[AtomicTable]] = {}
    for writer in writers:
        table = _table(writer)
        if table is not None and not table.done and table.target.exists():
            groups.setdefault(table.target, []).append(table)
    for target, tables in groups.items():
        replace_tables(target, [(t.table, t.path) for t in tables])
        for table in tables:
            table.discard()  # done: their commit() now only reports the target
    batches: dict[tuple[type, str], list] = {}  # database tables: one transaction per database
    for writer in writers:
        for candidate in (writer, getattr(writer, "file", None)):
            if hasattr(candidate, "commit_batch") and not candidate.done:
                batches.setdefault((type(candidate), candidate.batch_key()), []).append(candidate)
    for (kind, _key), batch in batches.items():
        kind.commit_batch(batch)


def commit_all(writers: Sequence[Writer], cancelled: Callable[[], bool] | None = None):
    """Commit every writer and return their targets — or, when ``cancelled()`` is true,
    discard them all and return None (the earlier outputs stay as they were). When one
    cannot be swapped in, those already swapped are rolled back and the error is raised.
    Tables of an existing GeoPackage cannot be rolled back: they come last, all tables of
    one GeoPackage in one transaction."""
    if cancelled is not None and cancelled():
        for writer in writers:
            writer.discard()
        return None
    order = sorted(writers, key=lambda w: bool(getattr(w, "commits_last", False)))
    done, targets = [], {}
    try:
        for writer in writers:  # a sink finishes its file when closed
            getattr(writer, "close", lambda: None)()
        for writer in order:
            if getattr(writer, "commits_last", False):
                _commit_tables(order)
            targets[id(writer)] = writer.commit(backup=True)
            done.append(writer)
    except BaseException:
        for writer in reversed(done):
            writer.rollback()
        for writer in writers:
            writer.discard()
        raise
    for writer in done:
        writer.finish()
    return [targets[id(writer)] for writer in writers]
