"""Base class of every Clearance Planner algorithm: naming, help and icon in one place."""

from __future__ import annotations

import functools

from qgis.core import (
    QgsMapLayer,
    QgsMapLayerType,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QIcon

from ..engine.scoring import GATED, HIGH, LOW, MEDIUM, UNKNOWN
from ..engine.text import Text
from ..help import help_url
from ..i18n import QT_TR_NOOP, tr, tr_message
from ..logs import warnings_to
from ..paths import icon_path
from ..qgis_io.destinations import destination_problems
from ..qgis_io.layers import require_crs
from ..qgis_io.raster import no_side_files
from ..qgis_io.xlsx import Workbook

XLSX = "XLSX"
# counts every algorithm that reads geometries returns (qgis_process --json, models)
GEOMETRY_COUNTS = (
    ("FEATURES", QT_TR_NOOP("Features read")),
    ("REPAIRED_GEOMETRIES", QT_TR_NOOP("Geometries repaired (makeValid)")),
    (
        "DEGENERATE_GEOMETRIES",
        QT_TR_NOOP("Degenerate geometries (no area/length, NaN, not transformable)"),
    ),
    ("NULL_GEOMETRIES", QT_TR_NOOP("Features without geometry")),
)


CLASSES = (HIGH, MEDIUM, LOW, GATED, UNKNOWN)


def class_count_outputs() -> tuple:
    """The ``CLASS_HIGH`` … ``CLASS_UNKNOWN`` outputs of every algorithm counting parcels
    by priority class (for :meth:`ClearanceAlgorithm.add_count_outputs`)."""
    return tuple(
        (f"CLASS_{c.upper()}", tr("Parcels in class {0}").format(tr(c)), "number") for c in CLASSES
    )


def class_counts(count) -> dict:
    """The :func:`class_count_outputs` results: ``count(class name)`` of each class."""
    return {f"CLASS_{c.upper()}": int(count(c)) for c in CLASSES}


def geometry_counts(report) -> dict:
    """The :data:`GEOMETRY_COUNTS` results of a :class:`~..qgis_io.geometries.GeometryReport`."""
    values = (report.n_features, report.n_repaired, report.n_degenerate, report.n_null)
    return {name: int(v) for (name, _), v in zip(GEOMETRY_COUNTS, values)}


class ClearanceAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set the class attributes and implement the parameters and processing."""

    ALGORITHM_ID = ""  # e.g. "prioritise" -> clearance:prioritise
    DISPLAY_NAME = ""
    GROUP = ""  # display name of the group
    GROUP_ID = ""
    HELP = ""
    ICON = "clearance.svg"
    NO_CRS_NEEDED: tuple = ()  # input parameters whose geometry is never used

    def __init_subclass__(cls, **kwargs) -> None:
        """An engine error (a ValueError whose message is an ``engine.text.Text``) leaving
        a subclass's prepare/process step becomes a translated QgsProcessingException."""
        super().__init_subclass__(**kwargs)
        for step in ("prepareAlgorithm", "processAlgorithm"):
            if step in cls.__dict__:
                setattr(cls, step, _engine_errors_translated(cls.__dict__[step]))

    def name(self) -> str:
        return self.ALGORITHM_ID

    def displayName(self) -> str:
        return tr(self.DISPLAY_NAME)

    def group(self) -> str:
        return tr(self.GROUP)

    def groupId(self) -> str:
        return self.GROUP_ID

    def shortHelpString(self) -> str:
        """HELP translated; a tuple of paragraphs (shared ones such as AREA's) is joined."""
        parts = self.HELP if isinstance(self.HELP, tuple) else (self.HELP,)
        return "\n\n".join(tr(part) for part in parts)

    def helpUrl(self) -> str:
        """This algorithm's section of the help shipped in the plugin (works offline)."""
        return help_url(self.ALGORITHM_ID)

    def icon(self) -> QIcon:
        return QIcon(icon_path(self.ICON))

    def svgIconPath(self) -> str:
        return icon_path(self.ICON)

    def createInstance(self):
        return type(self)()

    def add_count_outputs(self, extra: tuple = (), geometry: bool = True) -> None:
        """Declare the counts returned in the results: :data:`GEOMETRY_COUNTS` (when
        ``geometry``) and ``extra`` ``(name, label, "number" | "string")`` outputs; labels
        are marked with ``QT_TR_NOOP`` and translated here."""
        for name, label in GEOMETRY_COUNTS if geometry else ():
            self.addOutput(QgsProcessingOutputNumber(name, tr(label)))
        for name, label, kind in extra:
            output = QgsProcessingOutputNumber if kind == "number" else QgsProcessingOutputString
            self.addOutput(output(name, tr(label)))

    def add_xlsx_parameter(self, what: str) -> None:
        """The optional XLSX destination: a spreadsheet of ``what`` with a README sheet."""
        self.addParameter(
            QgsProcessingParameterFileDestination(
                XLSX,
                tr("Spreadsheet (XLSX) of {0}, with a README sheet (optional)").format(what),
                tr("Excel workbooks (*.xlsx)"),
                optional=True,
                createByDefault=False,
            )
        )

    def workbook(self, parameters, context, record: dict) -> Workbook | None:
        """A :class:`Workbook` for the XLSX parameter, or None when it is not set."""
        if parameters.get(XLSX) in (None, ""):
            return None
        path = self.parameterAsFileOutput(parameters, XLSX, context)
        if not path:
            return None
        if not path.lower().endswith(".xlsx"):
            raise QgsProcessingException(
                tr("XLSX: '{0}' must end in .xlsx (an Excel workbook).").format(path)
            )
        return Workbook(path, record)

    def checkParameterValues(self, parameters, context):
        """Refuse an input of the wrong geometry type or without CRS, then the standard
        checks, then every output path (missing or read-only folder, a folder given for a
        file…), so the run stops before it starts with the layer or parameter named.

        Checks load the input layers: raster layers load without GDAL side files
        (``.aux.xml``) beside them, so inputs stay untouched."""
        with no_side_files():
            try:
                self.check_inputs(parameters, context)
                if self.parameterDefinition(XLSX) is not None:
                    self.workbook(parameters, context, {})  # a path not ending in .xlsx
            except QgsProcessingException as exc:
                return False, str(exc.args[0]) if exc.args else str(exc)
            ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        problems = destination_problems(self, parameters, context)
        return (False, "\n".join(problems)) if problems else (True, "")

    def prepareAlgorithm(self, parameters, context, feedback) -> bool:
        """The same input and output-path checks for runs that skip checkParameterValues.

        Runs on the main thread: the feature sources made here are kept, so a run in a
        background task reads its project layers through them (thread-safe snapshots), never
        through the layers themselves (see :meth:`parameterAsSource`)."""
        self._prepared = {}
        with no_side_files():
            self.check_inputs(parameters, context, keep=True)
        problems = destination_problems(self, parameters, context)
        if problems:
            raise QgsProcessingException("\n".join(problems))
        return True

    def parameterAsSource(self, parameters, name, context):
        """The source made in :meth:`prepareAlgorithm` for the same value, else a new one."""
        kept = getattr(self, "_prepared", {}).get(name)
        if kept is not None and _same(kept[0], parameters.get(name)):
            return kept[1]
        return super().parameterAsSource(parameters, name, context)

    def check_inputs(self, parameters, context, keep: bool = False) -> None:
        """Stop with an error naming the first vector input of a geometry type its parameter
        does not take, or the first spatial input (feature source, vector, raster or layer
        list) without CRS (:func:`qgis_io.layers.require_crs`)."""
        for definition in self.parameterDefinitions():
            layers = self._input_layers(definition, parameters, context)
            if keep and isinstance(definition, QgsProcessingParameterFeatureSource) and layers:
                self._prepared[definition.name()] = (
                    parameters.get(definition.name()),
                    layers[0][0],
                )
            for layer, name in layers:
                _require_type(definition, layer, name)
            if definition.name() in self.NO_CRS_NEEDED:
                continue
            for layer, name in layers:
                require_crs(layer, name)

    def _input_layers(self, definition, parameters, context) -> list:
        """``(layer or source, name)`` of the spatial inputs a parameter holds."""
        key = definition.name()
        if parameters.get(key) is None:
            return []
        if isinstance(definition, QgsProcessingParameterFeatureSource):
            found = [self.parameterAsSource(parameters, key, context)]
        elif isinstance(definition, QgsProcessingParameterVectorLayer):
            found = [self.parameterAsVectorLayer(parameters, key, context)]
        elif isinstance(definition, QgsProcessingParameterRasterLayer):
            found = [self.parameterAsRasterLayer(parameters, key, context)]
        elif isinstance(definition, QgsProcessingParameterMultipleLayers):
            found = self.parameterAsLayerList(parameters, key, context)
        else:
            return []
        return [(layer, _layer_name(layer, key)) for layer in found if _is_spatial(layer)]


def _engine_errors_translated(step):
    """``step`` raising a translated QgsProcessingException for an engine error, its warnings
    shown in the run's log (:func:`..logs.warnings_to`)."""

    @functools.wraps(step)
    def run(self, parameters, context, feedback):
        try:
            with warnings_to(feedback):
                return step(self, parameters, context, feedback)
        except ValueError as exc:
            if not (exc.args and isinstance(exc.args[0], Text)):
                raise
            raise QgsProcessingException(tr_message(exc)) from exc

    return run


def number_parameter(
    name: str, description: str, default: float, decimals: int, minimum: float = 0.0
) -> QgsProcessingParameterNumber:
    """A double parameter shown with ``decimals`` decimals in the dialog."""
    param = QgsProcessingParameterNumber(
        name, description, QgsProcessingParameterNumber.Type.Double, default, minValue=minimum
    )
    param.setMetadata({"widget_wrapper": {"decimals": decimals}})
    return param


def _is_spatial(layer) -> bool:
    """A layer or source with geometry (tables need no CRS)."""
    if layer is None:
        return False
    if isinstance(layer, QgsMapLayer):
        return layer.isSpatial()
    return layer.wkbType() != QgsWkbTypes.Type.NoGeometry


def _layer_name(layer, key: str) -> str:
    name = layer.name() if isinstance(layer, QgsMapLayer) else layer.sourceName()
    return name or key


GEOMETRY_OF = {
    QgsProcessing.SourceType.TypeVectorPoint: QgsWkbTypes.GeometryType.PointGeometry,
    QgsProcessing.SourceType.TypeVectorLine: QgsWkbTypes.GeometryType.LineGeometry,
    QgsProcessing.SourceType.TypeVectorPolygon: QgsWkbTypes.GeometryType.PolygonGeometry,
}
GEOMETRY_WORD = {
    QgsWkbTypes.GeometryType.PointGeometry: "points",
    QgsWkbTypes.GeometryType.LineGeometry: "lines",
    QgsWkbTypes.GeometryType.PolygonGeometry: "polygons",
}


def _require_type(definition, layer, name: str) -> None:
    """A vector input must hold a geometry type its parameter takes (Processing checks this
    only for layers chosen in its dialog, not for layer objects passed by scripts)."""
    if not isinstance(
        definition, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)
    ) or (isinstance(layer, QgsMapLayer) and layer.type() != QgsMapLayerType.VectorLayer):
        return
    wanted = {GEOMETRY_OF[t] for t in definition.dataTypes() if t in GEOMETRY_OF}
    if not wanted or len(wanted) == len(GEOMETRY_OF):
        return
    actual = QgsWkbTypes.geometryType(layer.wkbType())
    if actual in wanted or actual == QgsWkbTypes.GeometryType.UnknownGeometry:
        return
    held = GEOMETRY_WORD.get(actual, tr("no geometry"))
    takes = tr(" or ").join(GEOMETRY_WORD[g] for g in wanted)
    raise QgsProcessingException(
        tr("Layer '{0}' ({1}) holds {2}; {1} takes {3}. Choose a layer of {3}.").format(
            name, definition.name(), held, takes
        )
    )


def _same(a, b) -> bool:
    """The same parameter value (prepare and run see copies of the parameter map)."""
    try:
        return a is b or bool(a == b)
    except TypeError:
        return False


def layer_label(value, source, key: str) -> str:
    """A readable input name: the layer name, or the GeoPackage table of a path."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.staticValue()
    if isinstance(value, QgsMapLayer):
        return value.name()
    if isinstance(value, str) and "layername=" in value:
        return value.split("layername=", 1)[1].split("|")[0]
    return source.sourceName() or key
