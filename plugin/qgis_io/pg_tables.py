"""PostGIS input layers as tables for ``ENGINE=database``: which table, key, geometry column,
filter and SRID a layer reads, checked to be of one database; and the SQL that puts a
layer's geometries through the same rules as :func:`geometries.clean` (null, empty,
repaired with ``ST_MakeValid``, degenerate)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass

from qgis.core import (
    QgsDataSourceUri,
    QgsFeedback,
    QgsProcessingException,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..i18n import QT_TR_NOOP, tr
from .geometries import DEGENERATE, NULL, OK, REPAIRED, Cleaned
from .postgis import Connection, DatabaseError, qualified, quote_ident

INTEGER_TYPES = ("int2", "int4", "int8", "integer", "bigint", "smallint", "serial", "bigserial")
KEY_TYPES = (*INTEGER_TYPES, "text", "varchar", "uuid")  # uuid: IMSMA's GUIDs

# state codes the SQL returns -> what geometries.clean says of such a feature
STATES = {
    "o": (OK, ""),
    "r": (REPAIRED, ""),
    "n": (NULL, QT_TR_NOOP("no geometry")),
    "e": (NULL, QT_TR_NOOP("empty geometry")),
    "d": (DEGENERATE, QT_TR_NOOP("no area (not a polygon, or a zero-area ring)")),
    "m": (DEGENERATE, QT_TR_NOOP("no area after repair (collapsed to a line or point)")),
    "f": (DEGENERATE, QT_TR_NOOP("NaN or infinite coordinate")),
}
# a coordinate neither NaN nor infinite (PostgreSQL orders NaN above 'Infinity')
FINITE = (
    "(ST_X({0}) > '-Infinity' AND ST_X({0}) < 'Infinity' AND ST_Y({0}) > '-Infinity' "
    "AND ST_Y({0}) < 'Infinity')"
)
USABLE = "or"  # the codes of a usable geometry
POLL_S = 0.1  # how often running statements are checked for a cancel


def cleaned_state(code: str) -> Cleaned:
    """The :class:`Cleaned` (without geometry) of a state code of the SQL."""
    state, reason = STATES[code]
    return Cleaned(None, state, tr(reason) if reason else "")


@dataclass(frozen=True)
class PgTable:
    """One PostGIS layer as the database sees it."""

    key: str  # the parameter (PARCELS, SETTLEMENTS…)
    name: str  # the layer's name, for messages
    uri: QgsDataSourceUri
    schema: str
    table: str
    geometry: str
    fid: str  # the primary key column (integer, text or uuid): QGIS numbers features by it
    srid: int
    polygonal: bool
    subset: str = ""
    fid_type: str = ""  # the key's type: how QGIS numbers the features (pg_keys)

    @property
    def integer_key(self) -> bool:
        return self.fid_type.lower() in INTEGER_TYPES

    def key_of(self, value) -> int | str:
        """A key value as SQL gave it, as QGIS shows it (int, or text)."""
        return int(value) if self.integer_key else str(value)

    @property
    def database(self) -> tuple:
        u = self.uri
        return (u.service(), u.host() or "localhost", u.port() or "5432", u.database())

    def from_sql(self, alias: str = "") -> str:
        """``FROM`` clause reading the layer's rows (its filter applied), as ``alias``."""
        where = f" WHERE ({self.subset})" if self.subset.strip() else ""
        named = f" AS {alias}" if alias else ""
        query = self.table.lstrip().startswith("(")  # an SQL query layer (checksums only)
        source = self.table if query else qualified(self.schema, self.table)
        return f"{source}{named}{where}"

    def cleaned_sql(self, srid: int) -> str:
        """``SELECT fid, state, g``: every row's state code (:data:`STATES`) and its usable
        geometry in ``srid`` (NULL without one), as :func:`geometries.clean` decides."""
        geom = quote_ident(self.geometry)
        # curves as QGIS segmentizes them: symmetric steps of at most 1 degree
        linear = f"ST_CurveToLine({geom}, pi() / 180, 2, 1)"
        flat = f"ST_Force2D(CASE WHEN ST_HasArc({geom}) THEN {linear} ELSE {geom} END)"
        if self.polygonal:
            valid = "ST_CollectionExtract(f, 3)"
            repaired = "ST_CollectionExtract(ST_MakeValid(f), 3)"
            plain = "GeometryType(f) IN ('POLYGON', 'MULTIPOLYGON')"
            state = (
                "CASE WHEN f IS NULL THEN 'n' WHEN blank THEN 'e' WHEN NOT fin THEN 'f' "
                "WHEN v THEN CASE WHEN ST_Area(c) > 0 THEN CASE WHEN plain THEN 'o' ELSE 'r' END "
                "ELSE 'd' END WHEN ST_Area(c) > 0 THEN 'r' ELSE 'm' END"
            )
        else:
            valid, repaired, plain = "f", "ST_MakeValid(f)", "true"
            state = (
                "CASE WHEN f IS NULL THEN 'n' WHEN blank THEN 'e' WHEN NOT fin THEN 'f' "
                "WHEN v THEN 'o' WHEN c IS NULL OR ST_IsEmpty(c) THEN 'm' ELSE 'r' END"
            )
        # QGIS reads a point with a NaN coordinate as an empty point
        blank = (
            "(ST_IsEmpty(f) OR CASE WHEN GeometryType(f) = 'POINT' THEN "
            "ST_X(f) = 'NaN' OR ST_Y(f) = 'NaN' ELSE false END)"
        )
        # PostGIS calls every geometry with a NaN or infinite coordinate invalid: only the
        # invalid ones have their vertices checked
        finite = (
            f"(v OR NOT EXISTS (SELECT 1 FROM ST_DumpPoints(f) d WHERE NOT "
            f"{FINITE.format('d.geom')}))"
        )
        # OFFSET 0: each level is computed once per row, not inlined into every reference
        checked = (
            f"SELECT k, f, v, {blank} AS blank, {finite} AS fin FROM (SELECT k, f, "
            f"ST_IsValid(f) AS v FROM (SELECT {quote_ident(self.fid)} AS k, {flat} AS f "
            f"FROM {self.from_sql()} OFFSET 0) a OFFSET 0) b OFFSET 0"
        )
        cleaned = (
            f"SELECT k, f, v, blank, fin, {plain} AS plain, CASE WHEN f IS NULL OR blank OR "
            f"NOT fin THEN NULL WHEN v THEN {valid} ELSE {repaired} END AS c "
            f"FROM ({checked}) b2 OFFSET 0"
        )
        return (
            f"SELECT k AS fid, s AS state, CASE WHEN s IN ('o', 'r') THEN "
            f"ST_Transform(c, {int(srid)}) END AS g FROM (SELECT k, c, {state} AS s "
            f"FROM ({cleaned}) q OFFSET 0) z"
        )


def database_rows(table: PgTable, sql: str, what: str, feedback) -> list[list] | None:
    """The rows of the last statement of ``sql`` run on ``table``'s database; None when
    ``feedback`` was cancelled (the query cancelled on the server); database errors as a
    :class:`QgsProcessingException`."""
    done = database_rows_each(table, [sql], what, feedback)
    return None if done is None else done[0]


def sql_text(value) -> str | None:
    """A value of a row :func:`database_rows` returned as text; None for SQL NULL."""
    return None if value is None or str(value) == "NULL" else str(value)


def database_rows_each(
    table: PgTable, sqls: list[str], what: str, feedback
) -> list[list[list]] | None:
    """:func:`database_rows` of each of ``sqls``, each on its own connection to ``table``'s
    database, all at once (one server process each). A cancel of ``feedback`` or the first
    failure cancels every query still running on the server."""
    connections = [_connection(table) for _ in sqls]
    if len(sqls) == 1:  # no thread for one statement
        results = [_run(connections[0], sqls[0], what, feedback)]
    else:
        results = _run_each(connections, sqls, what, feedback)
    if feedback is not None and feedback.isCanceled():
        return None
    for result in results:
        if isinstance(result, DatabaseError):
            raise QgsProcessingException(str(result)) from result
    return results


def _connection(table: PgTable) -> Connection:
    try:
        return Connection(table.uri)
    except DatabaseError as exc:
        raise QgsProcessingException(str(exc)) from exc


def _run(conn: Connection, sql: str, what: str, feedback) -> list[list] | DatabaseError:
    try:
        return conn.execute(sql, what, feedback=feedback)
    except DatabaseError as exc:
        return exc


def _run_each(connections: list[Connection], sqls: list[str], what: str, feedback) -> list:
    """The statements in threads of their own; each has its own feedback, cancelled when
    ``feedback`` is or when one of them failed (so the others stop on the server). A failure
    is reported for every statement as the first one (the others only say "canceling")."""
    own = [QgsFeedback() for _ in sqls]
    first: DatabaseError | None = None
    with ThreadPoolExecutor(len(sqls)) as pool:
        futures = [
            pool.submit(_run, conn, sql, what, f) for conn, sql, f in zip(connections, sqls, own)
        ]
        pending = set(futures)
        while pending:
            done, pending = wait(pending, timeout=POLL_S)
            for future in done:
                if first is None and isinstance(future.result(), DatabaseError):
                    first = future.result()
            if first is not None or (feedback is not None and feedback.isCanceled()):
                for f in own:
                    if not f.isCanceled():
                        f.cancel()
    results = [future.result() for future in futures]
    return [first if isinstance(r, DatabaseError) else r for r in results]


def pg_table(layer: QgsVectorLayer | None, key: str, name: str) -> PgTable:
    """The table behind the PostGIS layer ``name`` of parameter ``key``; a clear error
    otherwise."""
    if layer is None or layer.providerType() != "postgres":
        raise QgsProcessingException(
            tr(
                "ENGINE 'database' needs every input in PostGIS: layer '{0}' ({1}) is not a "
                "PostGIS table. Load it into the database, or choose ENGINE 'local'."
            ).format(name, key)
        )
    uri = QgsDataSourceUri(layer.source())
    if uri.sql().strip() == "" and uri.table().lstrip().startswith("("):
        raise QgsProcessingException(
            tr(
                "Layer '{0}' ({1}) is an SQL query, not a table; ENGINE 'database' needs a table."
            ).format(name, key)
        )
    fields = layer.fields()
    keys = layer.dataProvider().pkAttributeIndexes()
    kinds = [fields.at(i).typeName().lower() for i in keys]
    if len(keys) != 1 or kinds[0] not in KEY_TYPES:
        raise QgsProcessingException(
            tr(
                "Layer '{0}' ({1}) has no primary key of one integer, text or uuid column; "
                "ENGINE 'database' needs one (e.g. a serial fid column) to match its rows."
            ).format(name, key)
        )
    srid = layer.crs().postgisSrid()
    if not srid:
        raise QgsProcessingException(
            tr(
                "Layer '{0}' ({1}): its CRS has no PostGIS SRID; ENGINE 'database' needs one."
            ).format(name, key)
        )
    return PgTable(
        key,
        name,
        uri,
        uri.schema() or "public",
        uri.table(),
        uri.geometryColumn(),
        fields.at(keys[0]).name(),
        srid,
        QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry,
        uri.sql(),
        kinds[0],
    )


def watched_table(layer: QgsVectorLayer, key: str, name: str) -> PgTable:
    """The table (or SQL query) behind the PostGIS layer ``name`` of parameter ``key``, as
    much as a row checksum needs (any key)."""
    uri = QgsDataSourceUri(layer.source())
    schema = uri.schema() or "public"
    return PgTable(
        key, name, uri, schema, uri.table(), uri.geometryColumn(), "", 0, False, uri.sql()
    )


def same_database(tables: list[PgTable]) -> list[PgTable]:
    """``tables`` when they are all of one database, else an error naming the odd one."""
    first = tables[0]
    for table in tables[1:]:
        if table.database != first.database:
            raise QgsProcessingException(
                tr(
                    "ENGINE 'database' needs every input in one database: layer '{0}' ({1}) "
                    "is in another database than '{2}' ({3})."
                ).format(table.name, table.key, first.name, first.key)
            )
    return tables
