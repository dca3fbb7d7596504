"""PostGIS outputs written atomically, and the database side of a run record.

A ``postgis:`` (or ``postgres://``) destination is written into a new table beside the target,
``<table>__partial_<token>``, through QGIS's own PostgreSQL provider (so saved connections and
the auth manager work as everywhere in QGIS). :meth:`AtomicPgTable.commit` then swaps it in
inside ONE transaction: an existing table with the same columns keeps its identity (rows
replaced with ``TRUNCATE`` + ``INSERT``, so views, grants and foreign keys on it stay valid);
otherwise the old table (which nothing depends on) is dropped and the new one renamed into
place. A cancel or failure drops only the partial table: the earlier table is untouched.
Several tables of one run in one database are swapped in one transaction.

SQL goes through :class:`QgsAbstractDatabaseProviderConnection` (``executeSql``); errors
become messages that say what to do (server down, schema missing, no rights), with the
password never shown.
"""

from __future__ import annotations

import contextlib
import json
import re
import uuid
from collections.abc import Sequence

from qgis.core import (
    QgsDataSourceUri,
    QgsException,  # "Connection failed" on 3.22
    QgsProviderConnectionException,  # not a QgsException subclass in Python on 3.40
    QgsProviderRegistry,
)

from ..i18n import tr

PREFIXES = ("postgis:", "postgres://")
RUNS_TABLE = "clearance_runs"
MAX_IDENTIFIER = 63  # PostgreSQL truncates longer names


class DatabaseError(Exception):
    """A database step failed; the message is meant for the user."""


def is_postgis_destination(value: object) -> bool:
    return isinstance(value, str) and value.strip().startswith(PREFIXES)


def destination_uri(value: str) -> QgsDataSourceUri:
    """The data source URI of a ``postgis:``/``postgres://`` destination string."""
    value = value.strip()
    for prefix in PREFIXES:
        if value.startswith(prefix):
            value = value[len(prefix) :]
            break
    return QgsDataSourceUri(value)


def is_postgres_layer(dest: str) -> bool:
    """True when ``dest`` (an output id) names a PostgreSQL table."""
    if is_postgis_destination(dest):
        return True
    uri = QgsDataSourceUri(dest)
    return bool(uri.table()) and bool(uri.database() or uri.service()) and "table=" in dest


def safe_uri(uri: QgsDataSourceUri) -> str:
    """The connection part of ``uri`` without password, for messages and run records."""
    copy = QgsDataSourceUri(uri.uri(False))
    copy.setPassword("")
    copy.setDataSource("", "", "")
    return copy.uri(False).strip()


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_literal(text: str) -> str:
    """``text`` as an SQL string literal that means the same whatever the server's
    ``standard_conforming_strings`` says: with a backslash in it, an ``E''`` literal (an old
    server or a database set to ``off`` would read ``'C:\\new'`` as a newline)."""
    body = text.replace("'", "''")
    return "E'" + body.replace("\\", "\\\\") + "'" if "\\" in text else "'" + body + "'"


def qualified(schema: str, table: str) -> str:
    return f"{quote_ident(schema)}.{quote_ident(table)}"


def partial_name(table: str, token: str | None = None) -> str:
    """``<table>__partial_<token>`` within PostgreSQL's 63-byte identifier limit."""
    token = token or uuid.uuid4().hex[:10]
    suffix = f"__partial_{token}"
    head = table.encode("utf-8")[: MAX_IDENTIFIER - len(suffix)].decode("utf-8", "ignore")
    return head + suffix


def explain(exc: Exception, uri: QgsDataSourceUri, what: str) -> str:
    """A message for a failed database step (``what``): names the server and the fix."""
    text = _server_error(without_password(str(exc).strip()))
    where = safe_uri(uri)
    low = text.lower()
    if any(k in low for k in ("could not connect", "connection refused", "connection failed")):
        hint = tr("the server is not reachable; is it running, and are host and port right?")
    elif "permission denied" in low or "must be owner" in low:
        hint = tr(
            "the database user lacks the rights; ask the administrator for CREATE on the schema."
        )
    elif "schema" in low and "does not exist" in low:
        hint = tr("the schema does not exist; create it or choose another one.")
    elif "password authentication failed" in low:
        hint = tr("the user name or password was refused; check the saved connection.")
    else:
        hint = text
    detail = "" if hint == text else f" ({text.splitlines()[0]})"
    return tr("PostgreSQL {0} ({1}): {2}{3}").format(what, where, hint, detail)


def _server_error(text: str, longest: int = 2000) -> str:
    """The server's own error out of QGIS's "SQL error: <the SQL> returned 0 [ERROR: …]" (the
    SQL of a bulk insert runs to megabytes), at most ``longest`` characters."""
    match = re.search(r"\[(ERROR:.*)\]\s*$", text, re.DOTALL)
    text = match.group(1).strip() if match else text
    return text if len(text) <= longest else text[:longest] + " …"


class Connection:
    """SQL on one PostgreSQL database, through QGIS's provider connection."""

    def __init__(self, uri: QgsDataSourceUri) -> None:
        self.uri = uri
        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        if metadata is None:
            raise DatabaseError(tr("QGIS has no PostgreSQL provider on this installation."))
        base = QgsDataSourceUri(uri.uri(False))
        base.setDataSource("", "", "")
        try:
            self.conn = metadata.createConnection(base.uri(False), {})
        except (QgsException, QgsProviderConnectionException) as exc:
            raise DatabaseError(explain(exc, uri, tr("connection"))) from exc

    def execute(self, sql: str, what: str, feedback=None) -> list[list]:
        """Run ``sql`` (several statements run in one transaction); rows of the last one. A
        cancel of ``feedback`` cancels the query on the server."""
        try:
            return self.conn.executeSql(sql, feedback)
        except (QgsException, QgsProviderConnectionException) as exc:
            if sql.lstrip()[:5].upper() == "BEGIN":
                self._roll_back()
            raise DatabaseError(explain(exc, self.uri, what)) from exc

    def _roll_back(self) -> None:
        """End the transaction a failed ``BEGIN; …`` left open: QGIS shares the connection
        per thread, and every later statement on it (the run record, QGIS's own reads of
        layers) would fail as "current transaction is aborted" until a ROLLBACK."""
        with contextlib.suppress(QgsException, QgsProviderConnectionException):
            self.conn.executeSql("ROLLBACK")

    def table_exists(self, schema: str, table: str) -> bool:
        rows = self.execute(
            "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = "
            f"{quote_literal(schema)} AND tablename = {quote_literal(table)}",
            tr("check of table {0}").format(table),
        )
        return bool(rows)

    def columns(self, schema: str, table: str) -> list[tuple[str, str]]:
        rows = self.execute(
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
            f"WHERE a.attrelid = {quote_literal(qualified(schema, table))}::regclass "
            "AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
            tr("columns of {0}").format(table),
        )
        return [(str(r[0]), str(r[1])) for r in rows]

    def has_dependants(self, schema: str, table: str) -> bool:
        rows = self.execute(
            _dependants_sql(quote_literal(qualified(schema, table))) + " LIMIT 1",
            tr("dependants of {0}").format(table),
        )
        return bool(rows)


def check_writable(value: str) -> str | None:
    """Why the PostGIS destination ``value`` cannot be written, or None (checked before a run:
    server reachable, schema present, CREATE right on it)."""
    uri = destination_uri(value)
    schema, table = uri.schema() or "public", uri.table()
    if not table:
        return tr("{0}: no table named in the PostGIS destination.").format(safe_uri(uri))
    try:
        conn = Connection(uri)
        rows = conn.execute(
            "SELECT has_schema_privilege(n.oid, 'CREATE') FROM pg_namespace n "
            f"WHERE n.nspname = {quote_literal(schema)}",
            tr("check of schema {0}").format(schema),
        )
    except DatabaseError as exc:
        return str(exc)
    if not rows:
        return tr(
            "PostgreSQL ({0}): the schema '{1}' does not exist; create it or choose another one."
        ).format(safe_uri(uri), schema)
    if str(rows[0][0]).lower() not in ("true", "t", "1"):
        return tr(
            "PostgreSQL ({0}): the user may not create tables in schema '{1}' (no CREATE "
            "right); ask the administrator or choose a schema you own."
        ).format(safe_uri(uri), schema)
    return None


class AtomicPgTable:
    """One PostGIS output table written aside and swapped in on commit (see the module)."""

    commits_last = True  # a replaced table cannot be rolled back after its transaction

    def __init__(self, value: str, spatial: bool = True) -> None:
        self.uri = destination_uri(value)
        self.schema = self.uri.schema() or "public"
        self.table = self.uri.table()
        self.partial = partial_name(self.table)
        geometry = (self.uri.geometryColumn() or "geom") if spatial else ""
        temp = QgsDataSourceUri(self.uri.uri(False))
        temp.setDataSource(self.schema, self.partial, geometry)
        self.path = "postgis:" + temp.uri(False)  # where the sink writes
        final = QgsDataSourceUri(self.uri.uri(False))
        final.setDataSource(self.schema, self.table, geometry)
        self.target = final.uri(False)  # the layer source once committed
        self.geometry = geometry
        self.done = False

    def batch_key(self) -> str:
        return safe_uri(self.uri)

    @staticmethod
    def commit_batch(tables: Sequence[AtomicPgTable]) -> None:
        commit_tables(tables)

    def swap_sql(self, conn: Connection) -> str:
        """A block that puts the partial table in the target's place. It decides inside the
        swap's transaction, under :func:`lock_sql`'s lock, whether the target exists and has
        the same columns: a colleague's run may have created, replaced or dropped it since
        this run looked (then the target gets this run's rows, never a mix)."""
        target, partial = qualified(self.schema, self.table), qualified(self.schema, self.partial)
        refusal = tr(
            "PostgreSQL: the table {0} has other columns than the new output and views depend "
            "on it; drop or change those views, or write to another table."
        ).format(target)
        new = conn.columns(self.schema, self.partial)
        if conn.table_exists(self.schema, self.table):  # the clear message before any SQL
            same = conn.columns(self.schema, self.table) == new
            if not same and conn.has_dependants(self.schema, self.table):
                raise DatabaseError(refusal)
        names = ", ".join(quote_ident(n) for n, _t in new)
        t, p = quote_literal(target), quote_literal(partial)
        rename = _executes(f"ALTER TABLE {partial} RENAME TO {quote_ident(self.table)}")
        copy = _executes(
            f"LOCK TABLE {target} IN ACCESS EXCLUSIVE MODE",
            f"TRUNCATE {target}",
            f"INSERT INTO {target} ({names}) SELECT {names} FROM {partial}",
            f"DROP TABLE {partial}",
        )
        return (
            "DO $swap$ DECLARE part record; BEGIN "
            f"IF to_regclass({t}) IS NULL THEN {rename}{self._rename_parts_sql()}"
            f"ELSIF {_columns_sql(t)} = {_columns_sql(p)} THEN {copy}"
            f"ELSIF EXISTS ({_dependants_sql(t)}) "
            f"THEN RAISE EXCEPTION '%', {quote_literal(refusal)}; "
            f"ELSE {_executes(f'DROP TABLE {target}')}{rename}"
            f"{self._rename_parts_sql()}END IF; END $swap$;"
        )

    def index(self, conn: Connection) -> None:
        """Give the partial table a spatial (GiST) index and fresh statistics before the swap:
        QGIS's exporter makes neither, and without the index a map of the output scans the
        whole table at every pan. (A target that is refilled keeps its own indexes.)"""
        if not self.geometry or self.geometry not in dict(conn.columns(self.schema, self.partial)):
            return
        partial = qualified(self.schema, self.partial)
        conn.execute(
            f"CREATE INDEX ON {partial} USING GIST ({quote_ident(self.geometry)}); "
            f"ANALYZE {partial}",
            tr("spatial index of {0}").format(self.table),
        )

    def _rename_parts_sql(self) -> str:
        """PL/pgSQL: indexes and sequences named after the partial table get the target's
        name (``part`` is the block's record variable)."""
        return (
            "FOR part IN SELECT c.relname FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            f"WHERE n.nspname = {quote_literal(self.schema)} AND c.relkind IN ('i', 'S') "
            f"AND position({quote_literal(self.partial)} in c.relname) > 0 LOOP "
            f"EXECUTE format('ALTER %s %I.%I RENAME TO %I', CASE WHEN part.relname "
            f"IN (SELECT relname FROM pg_class WHERE relkind = 'S') THEN 'SEQUENCE' "
            f"ELSE 'INDEX' END, {quote_literal(self.schema)}, part.relname, "
            f"replace(part.relname, {quote_literal(self.partial)}, {quote_literal(self.table)})); "
            "END LOOP; "
        )

    def lock_key(self) -> str:
        """The advisory-lock key of the target (the one layer_styles writes take too)."""
        return f"{self.schema}.{self.table}"

    def commit(self, backup: bool = False) -> str:
        if not self.done:
            commit_tables([self])
        return self.target

    def finish(self) -> None:
        pass

    def rollback(self) -> None:
        pass  # committed in a database transaction: nothing to undo afterwards

    def discard(self) -> None:
        if self.done:
            return
        self.done = True
        with contextlib.suppress(DatabaseError):  # server gone: only the partial table is left
            Connection(self.uri).execute(
                f"DROP TABLE IF EXISTS {qualified(self.schema, self.partial)}",
                tr("removal of the partial table {0}").format(self.partial),
            )


def commit_tables(tables: Sequence[AtomicPgTable]) -> None:
    """Swap every partial table of one database in, in ONE transaction."""
    pending = [t for t in tables if not t.done]
    if not pending:
        return
    conn = Connection(pending[0].uri)
    for table in pending:
        table.index(conn)
    sql = " ".join(t.swap_sql(conn) for t in pending)
    conn.execute(f"BEGIN; {lock_sql(pending)} {sql} COMMIT;", tr("swap of the output tables"))
    for table in pending:
        table.done = True


def lock_sql(tables: Sequence[AtomicPgTable]) -> str:
    """Transaction-scoped advisory locks on every target, taken in one sorted order (two
    runs swapping the same tables wait for each other instead of deadlocking)."""
    keys = ", ".join(quote_literal(k) for k in sorted({t.lock_key() for t in tables}))
    return (
        "SELECT pg_advisory_xact_lock(hashtext(k)) FROM "
        f"(SELECT k FROM unnest(ARRAY[{keys}]) AS k ORDER BY k) AS keys;"
    )


def _executes(*statements: str) -> str:
    """PL/pgSQL running each of ``statements`` (one ``EXECUTE`` each)."""
    return "".join(f"EXECUTE {quote_literal(sql)}; " for sql in statements)


def _dependants_sql(relation: str) -> str:
    """SQL: a row per view (rewrite rule) that depends on the relation named by the literal
    ``relation``."""
    return (
        "SELECT 1 FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid "
        f"WHERE d.refobjid = {relation}::regclass AND r.ev_class <> d.refobjid"
    )


def _columns_sql(relation: str) -> str:
    """SQL: the columns of the relation named by the literal ``relation``, as one array of
    'name type' in column order (equal arrays: the same table shape)."""
    return (
        "(SELECT array_agg(a.attname::text || ' ' || format_type(a.atttypid, a.atttypmod) "
        f"ORDER BY a.attnum) FROM pg_attribute a WHERE a.attrelid = {relation}::regclass "
        "AND a.attnum > 0 AND NOT a.attisdropped)"
    )


def commit_batches(writers) -> None:
    """:func:`commit_tables` for every database the ``writers`` write to."""
    groups: dict[str, list[AtomicPgTable]] = {}
    for writer in writers:
        for candidate in (writer, getattr(writer, "file", None)):
            if isinstance(candidate, AtomicPgTable) and not candidate.done:
                groups.setdefault(candidate.batch_key(), []).append(candidate)
    for tables in groups.values():
        commit_tables(tables)


def table_of(dest: str) -> tuple[QgsDataSourceUri, str, str]:
    uri = destination_uri(dest) if is_postgis_destination(dest) else QgsDataSourceUri(dest)
    return uri, uri.schema() or "public", uri.table()


def append_run(dest: str, record: dict) -> None:
    """Append the run record to ``clearance_runs`` in the output's schema (created on first
    use); rows are keyed by run id and output table, so concurrent runs never mix."""
    uri, schema, table = table_of(dest)
    runs = qualified(schema, RUNS_TABLE)
    values = [
        record.get("run_id") or uuid.uuid4().hex,
        record["run_time"],
        record["algorithm"],
        record["plugin_version"],
        table,
        without_password(json.dumps(record["parameters"], sort_keys=True, default=str)),
    ]
    Connection(uri).execute(
        f"CREATE TABLE IF NOT EXISTS {runs} (run_id text, run_time timestamptz, "
        "algorithm text, plugin_version text, output_layer text, parameters jsonb, "
        "PRIMARY KEY (run_id, output_layer)); "
        f"INSERT INTO {runs} VALUES ({', '.join(quote_literal(str(v)) for v in values)});",
        tr("run record in {0}").format(RUNS_TABLE),
    )


LAYER_STYLES = (  # as QGIS's PostgreSQL provider creates it
    "CREATE TABLE IF NOT EXISTS layer_styles(id SERIAL PRIMARY KEY, f_table_catalog varchar, "
    "f_table_schema varchar, f_table_name varchar, f_geometry_column varchar, styleName text, "
    "styleQML xml, styleSLD xml, useAsDefault boolean, description text, "
    "owner varchar(63) DEFAULT CURRENT_USER, ui xml, "
    "update_time timestamp DEFAULT CURRENT_TIMESTAMP, type varchar)"
)


def save_style(uri: QgsDataSourceUri, layer_uri: QgsDataSourceUri, style: str, qml: str) -> None:
    """Store ``qml`` as the default style ``style`` of the layer in ``layer_styles`` (found on
    the search path, where QGIS looks for it), replacing an earlier run's, in one transaction
    serialised per table — QGIS's own call would ask in a dialog before overwriting, and two
    planners saving at once could leave two rows. ``type`` stays NULL: QGIS matches it against
    the geometry type in the layer's URI, which a URI without ``type=`` does not have."""
    schema, table = layer_uri.schema() or "public", layer_uri.table()
    key = {
        "f_table_catalog": layer_uri.database(),
        "f_table_schema": schema,
        "f_table_name": table,
        "f_geometry_column": layer_uri.geometryColumn(),
    }
    where = " AND ".join(f"{k} = {quote_literal(v)}" for k, v in key.items())
    columns = [*key, "stylename", "styleqml", "useasdefault", "description"]
    values = [*key.values(), style, qml, "true", "Clearance Planner style"]
    literals = ", ".join(
        v
        if v == "true"
        else f"XMLPARSE(DOCUMENT {quote_literal(v)})"
        if c == "styleqml"
        else quote_literal(v)
        for c, v in zip(columns, values)
    )
    Connection(uri).execute(
        f"BEGIN; {LAYER_STYLES}; "
        f"SELECT pg_advisory_xact_lock(hashtext({quote_literal(schema + '.' + table)})); "
        f"UPDATE layer_styles SET useasdefault = false WHERE {where}; "
        f"DELETE FROM layer_styles WHERE {where} AND stylename = {quote_literal(style)}; "
        f"INSERT INTO layer_styles ({', '.join(columns)}) VALUES ({literals}); COMMIT;",
        tr("style in layer_styles"),
    )


_PASSWORD = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE)


def without_password(text: str) -> str:
    """``text`` with every ``password=...`` of a connection string blanked."""
    return _PASSWORD.sub(r"\1'…'", text)
