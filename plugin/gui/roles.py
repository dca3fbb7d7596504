"""Clearance layer roles: a styled layer group, remembered in the project."""

from __future__ import annotations

from qgis.core import QgsLayerTreeGroup, QgsMapLayer, QgsProject, QgsVectorLayer

from ..demo.names import DEMO_NAMES
from ..engine.layer_roles import Guess, assign, refusal
from ..i18n import QT_TR_NOOP, tr, tr_message
from ..logs import LOGGER
from ..paths import DEMO
from ..qgis_io.layer_facts import geometry_kind, layer_facts
from ..qgis_io.styling import load_shipped_style
from .live_layer import OUTPUT_PROPERTY

SCOPE = "clearance_planner"
# role, label, shipped style; drawing order in the group is top to bottom
ROLES = (
    ("settlements", QT_TR_NOOP("Settlements")),
    ("incidents", QT_TR_NOOP("Incidents (accidents)")),
    ("cemeteries", QT_TR_NOOP("Cemeteries")),
    ("planned_infrastructure", QT_TR_NOOP("Planned infrastructure")),
    ("minefield_records", QT_TR_NOOP("Minefield records")),
    ("hazards", QT_TR_NOOP("Hazards SHA/CHA")),
    ("cleared_land", QT_TR_NOOP("Cleared / released land")),
    ("districts", QT_TR_NOOP("Districts")),
)
ROLE_NAMES = tuple(role for role, _ in ROLES)
# criterion of clearance:prioritise -> role of the layer it measures distance to
CRITERION_ROLE = {
    "settlements": "settlements",
    "cemeteries": "cemeteries",
    "infrastructure": "planned_infrastructure",
    "incidents": "incidents",
}
PARCELS_ROLE = "hazards"
# parameters of clearance:prioritise pre-filled from the saved roles
PRIORITISE_ROLES = {
    "PARCELS": PARCELS_ROLE,
    **{name.upper(): role for name, role in CRITERION_ROLE.items()},
    "DISTRICTS": "districts",
}
DEMO_GPKG = DEMO / "clearance_demo.gpkg"
DEMO_GROUP = QT_TR_NOOP("Clearance Planner demo (SYNTHETIC hazards)")


def save_roles(project: QgsProject, layers: dict[str, QgsMapLayer]) -> None:
    """Remember role -> layer id in the project file (and on each layer); ValueError, saving
    nothing, when a layer's geometry cannot serve its role."""
    _require_geometries(layers)
    for role in ROLE_NAMES:
        layer = layers.get(role)
        if layer is None:
            project.removeEntry(SCOPE, f"roles/{role}")
            continue
        project.writeEntry(SCOPE, f"roles/{role}", layer.id())
        layer.setCustomProperty(f"{SCOPE}/role", role)


def _require_geometries(layers: dict[str, QgsMapLayer]) -> None:
    refused = [role_refusal(role, layer) for role, layer in layers.items() if layer is not None]
    if any(refused):
        raise ValueError(" ".join(r for r in refused if r))


def load_roles(project: QgsProject) -> dict[str, QgsMapLayer]:
    """Role -> layer of the project (roles whose layer is gone are left out, and so are
    layers whose geometry cannot serve the role, e.g. saved by an older version: logged)."""
    found = {}
    for role in ROLE_NAMES:
        layer_id, ok = project.readEntry(SCOPE, f"roles/{role}", "")
        layer = project.mapLayer(layer_id) if ok and layer_id else None
        if layer is None:
            continue
        refused = role_refusal(role, layer)
        if refused:
            LOGGER.warning(tr("Saved role ignored: {0}").format(refused))
            continue
        found[role] = layer
    return found


def apply_style(layer: QgsMapLayer, role: str) -> bool:
    """Load the shipped QML of ``role``; False (logged) when it does not apply."""
    # True: the shipped file wins over a default style stored in the GeoPackage
    message, ok = load_shipped_style(layer, role, True)
    if not ok:
        LOGGER.warning(tr("Style {0} not applied to {1}: {2}").format(role, layer.name(), message))
    layer.triggerRepaint()
    return ok


def add_layer_set(
    project: QgsProject, layers: dict[str, QgsMapLayer], group_name: str
) -> QgsLayerTreeGroup:
    """Put the role layers, styled, into one group on top of the layer tree (ValueError,
    nothing added, when a layer's geometry cannot serve its role)."""
    _require_geometries(layers)
    root = project.layerTreeRoot()
    group = root.findGroup(group_name) or root.insertGroup(0, group_name)
    for role in ROLE_NAMES:
        layer = layers.get(role)
        if layer is None:
            continue
        if project.mapLayer(layer.id()) is None:
            project.addMapLayer(layer, False)
        node = root.findLayer(layer.id())
        if node is not None and node.parent() is not group:
            parent = node.parent()
            clone = node.clone()
            group.addChildNode(clone)
            parent.removeChildNode(node)
        elif node is None:
            group.addLayer(layer)
        apply_style(layer, role)
    save_roles(project, {**load_roles(project), **layers})
    return group


def demo_layers(gpkg=DEMO_GPKG) -> dict[str, QgsVectorLayer]:
    """The demo GeoPackage's layers by role (ValueError when the file is missing)."""
    if not gpkg.exists():
        raise ValueError(
            tr("The demo GeoPackage {0} is missing; run `make demo-data`.").format(gpkg)
        )
    layers = {}
    for role in ROLE_NAMES:
        layer = QgsVectorLayer(f"{gpkg}|layername={role}", DEMO_NAMES[role], "ogr")
        if not layer.isValid():
            raise ValueError(tr("Layer {0} is missing from {1}.").format(role, gpkg))
        layers[role] = layer
    return layers


def load_demo(project: QgsProject) -> QgsLayerTreeGroup:
    """Add the demo layer set (SYNTHETIC hazards) to ``project`` as one styled group."""
    existing = project.layerTreeRoot().findGroup(tr(DEMO_GROUP))
    if existing is not None and existing.findLayers():
        return existing  # loaded already: do not add the layers twice
    layers = demo_layers()
    if not project.title():
        project.setTitle(tr("Clearance Planner demo — SYNTHETIC hazard data"))
    return add_layer_set(project, layers, tr(DEMO_GROUP))


def geopackage_layers(path: str) -> dict[str, QgsVectorLayer]:
    """Vector layers of a GeoPackage by layer name (not added to any project)."""
    from qgis.core import QgsMapLayerType, QgsProviderRegistry

    meta = QgsProviderRegistry.instance().providerMetadata("ogr")
    out = {}
    for sub in meta.querySublayers(path):
        if sub.type() != QgsMapLayerType.VectorLayer or sub.name() == "layer_styles":
            continue
        layer = QgsVectorLayer(f"{path}|layername={sub.name()}", sub.name(), "ogr")
        if layer.isValid():
            out[sub.name()] = layer
    return out


def is_plugin_output(layer: QgsMapLayer) -> bool:
    """The dock's live layer or a result of the plugin (a priority_rank field): never an input
    role guessed or pre-selected."""
    if layer.customProperty(OUTPUT_PROPERTY):
        return True
    return isinstance(layer, QgsVectorLayer) and layer.fields().lookupField("priority_rank") >= 0


def guess_roles(layers: list[QgsMapLayer]) -> dict[str, tuple[QgsMapLayer, Guess]]:
    """Role -> (layer, guess) from geometry, names, fields and values; each layer and each
    role at most once, never a role the layer's geometry cannot serve, never a plugin
    output (:func:`is_plugin_output`)."""
    inputs = [layer for layer in layers if not is_plugin_output(layer)]
    keyed = {str(i): layer for i, layer in enumerate(inputs)}
    chosen = assign({key: layer_facts(layer) for key, layer in keyed.items()})
    return {role: (keyed[key], guess) for role, (key, guess) in chosen.items()}


def role_refusal(role: str, layer: QgsMapLayer) -> str | None:
    """Why ``layer`` cannot serve ``role`` (None when it can), in the user's words."""
    refused = refusal(role, geometry_kind(layer))
    if refused is None:
        return None
    label = dict(ROLES)[role]
    return tr("Layer '{0}' cannot be {1}: {2}.").format(
        layer.name(), tr(label), tr_message(refused)
    )


def role_parameters(project: QgsProject, parameter_roles: dict[str, str]) -> dict[str, str]:
    """Algorithm parameters (``{"PARCELS": "hazards", …}``) -> the saved role's layer id."""
    roles = load_roles(project)
    return {key: roles[role].id() for key, role in parameter_roles.items() if role in roles}
