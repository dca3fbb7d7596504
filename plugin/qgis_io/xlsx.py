"""Spreadsheets (XLSX) through GDAL/OGR's own XLSX driver, written atomically: one sheet per
table, typed cells (integers, reals rounded by :mod:`..formatting`, real dates, booleans as
true/false text) under headers with units (``area (m²)``), and a README sheet holding the run
record. A :class:`Workbook` is a writer of :func:`.sinks.commit_all`::

    book = stack.enter_context(Workbook(path, record))
    sheet = book.sheet("tasks", fields)      # QgsFields of the table
    AtomicSink(..., copy_to=sheet)           # every feature added is also a row
    commit_all([sink, book])                 # the workbook is written, then swapped in
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsFields, QgsProcessingException

from .. import formatting
from ..i18n import tr
from .atomic import AtomicFile
from .fields import TYPES
from .gdal_calls import gdal_return_codes

README = "README"
_OGR_KINDS = {  # fields.py kinds → OGR field types
    "int": "OFTInteger",
    "long": "OFTInteger64",
    "double": "OFTReal",
    "date": "OFTDate",
    "datetime": "OFTDateTime",
}


@dataclass
class Sheet:
    """One table of a workbook: field names (the sink's), their OGR types, the rows."""

    name: str
    names: list[str]
    kinds: list[str]  # OGR type names, e.g. "OFTReal"
    rows: list[list] = field(default_factory=list)

    def add(self, attributes: list) -> None:
        """A row of attribute values (QGIS or Python values), typed and rounded."""
        self.rows.append([_value(n, k, v) for n, k, v in zip(self.names, self.kinds, attributes)])

    def sort_by(self, name: str) -> None:
        """Rows in ascending order of column ``name``, empty cells last (stable)."""
        i = self.names.index(name)
        self.rows.sort(key=lambda row: (row[i] is None, row[i] if row[i] is not None else 0))


def sheet_from_fields(name: str, fields: QgsFields) -> Sheet:
    """An empty sheet with the columns of ``fields``, typed by their QGIS types."""
    kind_of = {value: kind for kind, value in TYPES.items()}
    kinds = [_OGR_KINDS.get(kind_of.get(f.type(), "string"), "OFTString") for f in fields]
    return Sheet(name, fields.names(), kinds)


def _value(name: str, kind: str, value):
    """A Python value for an OGR cell of ``kind``: None for NULL, numbers rounded for the
    field's unit, dates as ``datetime.date``, booleans as ``true``/``false``."""
    if value is None or (
        hasattr(value, "isNull") and not isinstance(value, str) and value.isNull()
    ):
        return None
    if kind in ("OFTDate", "OFTDateTime"):
        return formatting.as_date(value)
    if kind in ("OFTInteger", "OFTInteger64", "OFTReal"):
        try:
            number = formatting.number(name, value if not isinstance(value, str) else float(value))
        except ValueError:
            return None
        return None if number is None else (int(number) if kind != "OFTReal" else float(number))
    return formatting.text(name, value)


class Workbook(AtomicFile):
    """An XLSX file of sheets and a README sheet with ``record`` (the run record), written to
    its temporary path when committed, swapped in like every other output."""

    def __init__(self, target, record: dict) -> None:
        super().__init__(target)
        self.record = record
        self.sheets: list[Sheet] = []

    def sheet(self, name: str, fields: QgsFields) -> Sheet:
        self.sheets.append(sheet_from_fields(name, fields))
        return self.sheets[-1]

    def commit(self, backup: bool = False) -> str:
        if not self.done and not self.path.exists():
            write_xlsx(self.path, [*self.sheets, readme_sheet(self.record)])
        return super().commit(backup)


def readme_sheet(record: dict) -> Sheet:
    """The run record as ``item``/``value`` rows (nested values as JSON), SYNTHETIC-aware."""
    sheet = Sheet(README, ["item", "value"], ["OFTString", "OFTString"])
    sheet.rows.append(["written by", tr("Clearance Planner (QGIS plugin)")])
    for key, value in _flatten(record):
        sheet.rows.append([key, value])
    sheet.rows.append(
        [
            "units",
            tr(
                "areas in m² or ha (2 decimals), distances in m (0.1 m), scores 0.1, dates ISO 8601"
            ),
        ]
    )
    return sheet


def _flatten(record: dict, prefix: str = ""):
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and value and len(json.dumps(value, default=str)) > 200:
            yield from _flatten(value, name + ".")
        elif isinstance(value, (dict, list, tuple)):
            yield name, json.dumps(value, default=str, ensure_ascii=False)
        else:
            yield name, "" if value is None else str(value)


@gdal_return_codes()
def write_xlsx(path, sheets: list[Sheet]) -> None:
    """Write ``sheets`` to ``path`` with OGR's XLSX driver; headers carry units."""
    from osgeo import gdal, ogr

    driver = ogr.GetDriverByName("XLSX")
    if driver is None:
        raise QgsProcessingException(
            tr("GDAL has no XLSX driver: the spreadsheet cannot be written.")
        )
    ds = driver.CreateDataSource(str(path))
    created = ds is not None
    if created:
        for sheet in sheets:
            _write_sheet(ds, sheet, ogr)
        ds.FlushCache()
        ds = None  # the driver writes the file as it closes, and says nothing when it cannot
    if not created or not Path(path).is_file():
        raise QgsProcessingException(
            tr("Spreadsheet '{0}' cannot be created: {1}").format(path, gdal.GetLastErrorMsg())
        )


def _write_sheet(ds, sheet: Sheet, ogr) -> None:
    layer = ds.CreateLayer(sheet.name[:31], geom_type=ogr.wkbNone)
    headers = _unique([formatting.header(n) for n in sheet.names])
    for header, kind in zip(headers, sheet.kinds):
        definition = ogr.FieldDefn(header, getattr(ogr, kind))
        layer.CreateField(definition)
    for row in sheet.rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for i, (kind, value) in enumerate(zip(sheet.kinds, row)):
            if value is None:
                feature.SetFieldNull(i)
            elif kind == "OFTDate":
                feature.SetField(i, value.year, value.month, value.day, 0, 0, 0, 0)
            elif kind == "OFTDateTime":
                feature.SetField(
                    i,
                    value.year,
                    value.month,
                    value.day,
                    getattr(value, "hour", 0),
                    getattr(value, "minute", 0),
                    getattr(value, "second", 0),
                    0,
                )
            else:
                feature.SetField(i, value)
        layer.CreateFeature(feature)


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} {seen[name]}")
    return out
