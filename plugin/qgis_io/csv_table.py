"""CSV table layers read with Python's csv module, where a quote only opens a quoted field at
the start of the field.

OGR and the delimited-text provider let a ``"`` anywhere in an unquoted field open a quoted
section, so an unquoted DMS seconds mark (``46°55'30"E``) swallows the delimiters, and the
rows, up to the next quote: a record disappears without a word. Read here, the mark stays
text and every line of the file stays one row.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from qgis.core import QgsProcessingFeatureSourceDefinition, QgsVectorLayer
from qgis.PyQt.QtCore import QUrl, QUrlQuery

DELIMITERS = (",", ";", "\t", "|")


@dataclass(frozen=True)
class CsvFile:
    path: str
    delimiter: str | None  # None: detected from the header line


def csv_file(layer: QgsVectorLayer | None, value=None) -> CsvFile | None:
    """The CSV file behind ``layer`` when the whole file is the table, else None.

    ``value`` is the parameter value: a selection, feature limit or filter of a
    :class:`QgsProcessingFeatureSourceDefinition` (or a layer subset) keeps the provider.
    """
    if layer is None or layer.subsetString() or _restricted(value):
        return None
    if layer.providerType() == "ogr" and layer.dataProvider().storageType() == "CSV":
        path = layer.source().split("|")[0]
        return CsvFile(path, None) if Path(path).is_file() else None
    if layer.providerType() == "delimitedtext":
        return _delimited_text(layer.source())
    return None


def _restricted(value) -> bool:
    if not isinstance(value, QgsProcessingFeatureSourceDefinition):
        return False
    return bool(
        value.selectedFeaturesOnly
        or value.featureLimit != -1
        or getattr(value, "filterExpression", "")  # QGIS >= 3.32
    )


def _delimited_text(uri: str) -> CsvFile | None:
    """A delimited-text URI in plain CSV form (one-character delimiter, " quotes, header)."""
    url = QUrl(uri)
    query = QUrlQuery(url)
    value = query.queryItemValue
    delimiter = value("delimiter", QUrl.ComponentFormattingOption.FullyDecoded) or ","
    delimiter = {"\\t": "\t", "tab": "\t"}.get(delimiter, delimiter)
    plain = (
        value("type") in ("", "csv")
        and len(delimiter) == 1
        and value("quote", QUrl.ComponentFormattingOption.FullyDecoded) in ("", '"')
        and value("skipLines") in ("", "0")
        and value("useHeader").lower() not in ("no", "false", "0")
    )
    path = url.toLocalFile()
    return CsvFile(path, delimiter) if plain and Path(path).is_file() else None


def read_csv(file: CsvFile) -> tuple[list[str], list[list[str]]] | None:
    """Header and data rows (blank lines skipped); None when the file is not UTF-8."""
    try:
        with open(file.path, newline="", encoding="utf-8-sig") as handle:
            text = handle.read()
    except UnicodeDecodeError:
        return None
    delimiter = file.delimiter or detect_delimiter(text.split("\n", 1)[0])
    rows = [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter) if row]
    if not rows:
        return [], []
    return [h.strip() for h in rows[0]], rows[1:]


def detect_delimiter(header: str) -> str:
    """The candidate delimiter found most often in the header line (comma on a tie)."""
    return max(DELIMITERS, key=lambda d: (header.count(d), d == ","))
