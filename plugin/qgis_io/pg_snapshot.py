"""Row checksums of PostGIS inputs: what lets a run find out that a colleague edited one of
its tables while it ran, and stop before anything is written.

A checksum is the row count and the sum of a hash of every row (its filter applied), so any
edit of an attribute or a geometry, any added or deleted row changes it. :func:`take` reads
the checksums of every table of one database in one REPEATABLE READ transaction at the start
of a run; :meth:`Checksums.require_unchanged` reads them again before the outputs are
committed and stops the run naming the first changed layer. Equal checksums mean no row
changed in between, so every read of the run (QGIS's, and each database connection's
snapshot of ``ENGINE=database``) saw the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import QgsProcessingException

from ..i18n import tr
from .pg_tables import PgTable
from .postgis import Connection, DatabaseError


def checksum_sql(table: PgTable) -> str:
    """Row count and a hash sum of every row of the table (its filter applied), as text."""
    return (
        f"SELECT count(*)::text || ':' || coalesce(sum(hashtextextended(t::text, 0)), 0)::text "
        f"FROM {table.from_sql('t')}"
    )


def _read(tables: list[PgTable]) -> dict[str, str]:
    """The checksum of every table, those of one database in one transaction."""
    groups: dict[tuple, list[PgTable]] = {}
    for table in tables:
        groups.setdefault(table.database, []).append(table)
    sums = {}
    for group in groups.values():
        columns = ", ".join(f"({checksum_sql(t)})" for t in group)
        sql = f"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ; SELECT {columns}"
        what = tr("check of table {0}").format(", ".join(t.table for t in group))
        try:
            rows = Connection(group[0].uri).execute(sql, what)
        except DatabaseError as exc:
            raise QgsProcessingException(str(exc)) from exc
        sums.update({t.key: str(v) for t, v in zip(group, rows[0] if rows else [])})
    return sums


def changed(name: str) -> QgsProcessingException:
    """The error of a run whose input ``name`` was edited while it ran."""
    return QgsProcessingException(
        tr(
            "Layer '{0}' changed while the analysis ran (its rows were edited after the "
            "database read them); nothing was written. Run it again when the edits are "
            "saved."
        ).format(name)
    )


@dataclass
class Checksums:
    """The checksums of ``tables`` at one moment (by parameter key)."""

    tables: list[PgTable] = field(default_factory=list)
    sums: dict[str, str] = field(default_factory=dict)

    def require_unchanged(self) -> None:
        """Stop (nothing written) naming the first table that changed since these checksums
        were taken."""
        if not self.tables:
            return
        now = _read(self.tables)
        for table in self.tables:
            if table.key in now and now[table.key] != self.sums.get(table.key):
                raise changed(table.name)


def take(tables: list[PgTable]) -> Checksums:
    """The checksums of ``tables`` now (none without tables)."""
    return Checksums(list(tables), _read(tables) if tables else {})
