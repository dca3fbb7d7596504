"""The ``ID_FIELD`` of an algorithm: the parameter, the field given or guessed, its values
and one readable label per feature (rules in :mod:`..engine.ids`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterField,
)

from ..engine import ids
from ..i18n import tr, tr_message
from .bulk_read import OgrTable, read_column
from .layers import iter_features

ID_FIELD = "ID_FIELD"
FALLBACK_FIELD = "source_fid"  # feature ids written by outputs when no id field exists
PROVIDER = QgsFields.FieldOrigin.OriginProvider  # a column of the table (read in bulk)


def id_field_parameter(parent: str, name: str = ID_FIELD) -> QgsProcessingParameterField:
    """Optional id field of ``parent`` (empty: guessed, see docs/ids.md)."""
    return QgsProcessingParameterField(
        name,
        tr("Id field (default: guessed — hazard_localid, localid, hazard_id, id… else fid)"),
        parentLayerParameterName=parent,
        optional=True,
    )


class FeatureIds:
    """The id of every feature of a source, in row order; the labels (what messages name a
    feature by) are built when first asked for."""

    def __init__(self, field: str, values: Sequence, fids: Sequence) -> None:
        self.field = field  # "" = feature ids
        self.values = values  # raw values (feature ids without a field); may be an array
        self.fids = fids
        self._labels: list[str] | None = None

    @property
    def labels(self) -> list[str]:
        """One readable, distinct label per row (:func:`..engine.ids.labels`)."""
        if self._labels is None:
            self._labels = ids.labels(None if not self.field else self.values, self.fids)
        return self._labels

    def label_of(self) -> Mapping:
        """Feature id → label (built on the first look-up)."""
        return _Labels(self)


class _Labels(Mapping):
    """:meth:`FeatureIds.label_of`: the dict is made only when a message names a feature."""

    def __init__(self, source: FeatureIds) -> None:
        self._source, self._dict = source, None

    def _built(self) -> dict:
        if self._dict is None:
            self._dict = dict(zip(_as_list(self._source.fids), self._source.labels))
        return self._dict

    def __getitem__(self, fid):
        return self._built()[fid]

    def __iter__(self):
        return iter(self._built())

    def __len__(self) -> int:
        return len(self._source.fids)


def require_field(source, layer_name: str, field: str, parameter: str = ID_FIELD) -> None:
    """An error naming the layer and its fields when ``field`` is not one of them."""
    if field and source.fields().lookupField(field) < 0:
        raise QgsProcessingException(
            tr(
                "Layer '{0}' has no field '{1}' ({2}); choose one of its fields ({3}) or leave "
                "{2} empty to guess it."
            ).format(layer_name, field, parameter, ", ".join(source.fields().names()))
        )


def read_columns(source, names: list[str], fids: list | None = None) -> tuple[dict, list]:
    """Values of ``names`` per feature (no geometry), in the row order of ``fids`` when
    given (a source read before), else in source order; also the feature ids."""
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes(names, source.fields())
    index = [source.fields().lookupField(n) for n in names]
    features = iter_features(source, request)
    if fids is None:
        order, columns = [], [[] for _ in index]
        for f in features:
            order.append(f.id())
            for column, i in zip(columns, index):
                column.append(f.attribute(i))
        return dict(zip(names, columns)), order
    order = fids if isinstance(fids, np.ndarray) else list(fids)
    position = {fid: row for row, fid in enumerate(_as_list(order))}
    columns = [[None] * len(order) for _ in index]
    for f in features:  # rows not read (a cancelled read) are skipped
        row = position.get(f.id())
        if row is not None:
            for column, i in zip(columns, index):
                column[row] = f.attribute(i)
    return dict(zip(names, columns)), order


def feature_ids(
    source,
    layer_name: str,
    field: str = "",
    feedback=None,
    fids: Sequence | None = None,
    table: OgrTable | None = None,
) -> FeatureIds:
    """The ids of ``source``: ``field`` when given (duplicates and blanks are a warning by
    value), else the guessed field, else the feature ids (said in ``feedback``).

    ``table`` (the GeoPackage layer or PostGIS table ``source`` is all of, read before in the
    row order ``fids``) reads an integer or text column in bulk, not feature by feature."""
    field = (field or "").strip()
    require_field(source, layer_name, field)
    if fids is None:
        columns, order = read_columns(source, [field] if field else [], None)
    else:
        order = fids if isinstance(fids, np.ndarray) else list(fids)

    def column(name: str) -> Sequence:
        stored = source.fields().fieldOrigin(source.fields().lookupField(name)) == PROVIDER
        bulk = None
        if table is not None and fids is not None and stored:  # not a virtual/joined field
            bulk = read_column(table, name, order)
        return bulk if bulk is not None else read_columns(source, [name], order)[0][name]

    if field:
        values = columns[field] if fids is None else column(field)
        problems = ids.find_problems(field, values, order)
        for message, example in zip(problems.messages(), _examples(problems)):
            _warn(
                feedback,
                tr("Layer '{0}': {1}; all features are kept, labelled {2}.").format(
                    layer_name, tr_message(message), example
                ),
            )
        return FeatureIds(field, values, order)
    names = ids.candidates(source.fields().names())
    guessed, values, skipped = ids.first_usable(names, column, order)
    for problems in skipped:
        _info(
            feedback,
            tr("Layer '{0}': {1} is not used as id: {2}.").format(
                layer_name, problems.field, "; ".join(map(tr_message, problems.messages()))
            ),
        )
    if guessed:
        _info(feedback, tr("Layer '{0}': features named by {1}.").format(layer_name, guessed))
        return FeatureIds(guessed, values, order)
    _info(
        feedback,
        tr(
            "Layer '{0}' has no field of unique, non-empty ids (tried: {1}); features are "
            "named by their feature id (set ID_FIELD to choose a field)."
        ).format(layer_name, ", ".join(names) or tr("no id-like field")),
    )
    return FeatureIds("", order if isinstance(order, np.ndarray) else list(order), order)


def _as_list(values: Sequence) -> list:
    """``values`` as a list of Python values (an array's ``tolist``)."""
    return values.tolist() if isinstance(values, np.ndarray) else list(values)


def guess_layer_field(layer) -> str:
    """The id field guessed for a layer (the dock's default), ``""`` for feature ids."""
    return feature_ids(layer, layer.name()).field


def _examples(problems: ids.IdProblems) -> list[str]:
    """How the features of each message of ``problems`` are labelled, in message order."""
    out = []
    if problems.duplicates:
        out.append(tr("'{0} #2' from the second occurrence").format(problems.duplicates[0][0]))
    if problems.blank:
        out.append(tr("'fid {0}'").format(problems.blank[0]))
    return out


def _warn(feedback, text: str) -> None:
    if feedback is not None:
        feedback.pushWarning(text)


def _info(feedback, text: str) -> None:
    if feedback is not None:
        feedback.pushInfo(text)
