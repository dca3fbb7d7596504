"""The ENGINE parameter of prioritise and coverage: ``local`` (QGIS reads the layers into the
engine) or ``database`` (the distance and overlay work done by PostGIS, only the results
read back; every input a PostGIS table of one database)."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterVectorLayer,
)

from ..i18n import QT_TR_NOOP, tr
from ..qgis_io.pg_snapshot import Checksums, take
from ..qgis_io.pg_tables import PgTable, pg_table, same_database, watched_table
from .base import layer_label
from .focus_area import AREA

ENGINE = "ENGINE"
ENGINES = ("local", "database")

ENGINE_HELP = QT_TR_NOOP(
    """ENGINE: local (default) reads every layer into QGIS; database lets PostGIS compute the \
distances (every input a PostGIS table of one database, with a primary key of one integer, \
text or uuid column): all inputs are read in one transaction (one snapshot), only ids and \
distances come back, with the same results within 0.01 m. A parcel table edited during the \
run stops it before anything is written."""
)

COVERAGE_ENGINE_HELP = QT_TR_NOOP(
    """ENGINE: local (default) does the overlay with GEOS in QGIS; database lets PostGIS \
do it (every input a PostGIS table of one database, with a primary key of one integer, \
text or uuid column): all inputs are read in one transaction, the same cleaning rules apply, \
areas are measured on the WGS 84 spheroid and only the figures and the unmapped pieces come \
back; incidents are still placed in QGIS. The figures equal the local ones within 1e-9 \
relative."""
)


def engine_parameter() -> QgsProcessingParameterEnum:
    return QgsProcessingParameterEnum(
        ENGINE,
        tr("Analysis engine (database: SQL in PostGIS, every input a table of one database)"),
        list(ENGINES),
        defaultValue=0,
    )


def wants_database(algorithm, parameters, context) -> bool:
    if algorithm.parameterDefinition(ENGINE) is None:
        return False
    return ENGINES[algorithm.parameterAsEnum(parameters, ENGINE, context)] == "database"


def database_tables(algorithm, parameters, context, keys: list[str]) -> list[PgTable]:
    """The PostGIS table of every input ``keys`` names (given ones only), all of one
    database; errors name the layer and parameter. AREA is refused (not in SQL yet)."""
    if parameters.get(AREA):
        raise QgsProcessingException(
            tr("AREA cannot be combined with ENGINE 'database' yet; choose ENGINE 'local'.")
        )
    tables = []
    for key in keys:
        if not parameters.get(key):
            continue
        value = parameters[key]
        if isinstance(value, QgsProcessingFeatureSourceDefinition) and (
            value.selectedFeaturesOnly or value.featureLimit >= 0
        ):
            raise QgsProcessingException(
                tr(
                    "{0}: selected features or a feature limit cannot be read by ENGINE "
                    "'database'; give the whole layer (a layer filter is fine) or choose "
                    "ENGINE 'local'."
                ).format(key)
            )
        layer = algorithm.parameterAsVectorLayer(parameters, key, context)
        tables.append(pg_table(layer, key, _input_name(algorithm, parameters, context, key)))
    return same_database(tables)


def _input_name(algorithm, parameters, context, key: str) -> str:
    """The name of input ``key`` as messages show it (its layer's, else the key)."""
    source = algorithm.parameterAsSource(parameters, key, context)
    return layer_label(parameters[key], source, key) if source is not None else key


def input_checksums(algorithm, parameters, context) -> Checksums:
    """The row checksums of every PostGIS vector input given, taken now (either ENGINE):
    :meth:`Checksums.require_unchanged` before the commit stops a run whose input a
    colleague edited in between (qgis_io/pg_snapshot)."""
    tables = []
    for definition in algorithm.parameterDefinitions():
        key = definition.name()
        kinds = (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)
        if not isinstance(definition, kinds) or not parameters.get(key):
            continue
        layer = algorithm.parameterAsVectorLayer(parameters, key, context)
        if layer is not None and layer.providerType() == "postgres":
            name = _input_name(algorithm, parameters, context, key)
            tables.append(watched_table(layer, key, name))
    return take(tables)
