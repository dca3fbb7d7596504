"""Clearance layer roles: a styled layer group, remembered in the project."""

from __future__ import annotations

from qgis.core import QgsLayerTreeGroup, QgsMapLayer, QgsProject, QgsVectorLayer

from ..demo.names import DEMO_NAMES
from ..i18n import QT_TR_NOOP, tr
from ..logs import LOGGER
from ..paths import DEMO, style_path

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
DEMO_GPKG = DEMO / "clearance_demo.gpkg"
DEMO_GROUP = QT_TR_NOOP("Clearance Planner demo (SYNTHETIC hazards)")


def save_roles(project: QgsProject, layers: dict[str, QgsMapLayer]) -> None:
    """Remember role -> layer id in the project file (and on each layer)."""
    for role in ROLE_NAMES:
        layer = layers.get(role)
        if layer is None:
            project.removeEntry(SCOPE, f"roles/{role}")
            continue
        project.writeEntry(SCOPE, f"roles/{role}", layer.id())
        layer.setCustomProperty(f"{SCOPE}/role", role)


def load_roles(project: QgsProject) -> dict[str, QgsMapLayer]:
    """Role -> layer of the project (roles whose layer is gone are left out)."""
    found = {}
    for role in ROLE_NAMES:
        layer_id, ok = project.readEntry(SCOPE, f"roles/{role}", "")
        layer = project.mapLayer(layer_id) if ok and layer_id else None
        if layer is not None:
            found[role] = layer
    return found


def apply_style(layer: QgsMapLayer, role: str) -> bool:
    """Load the shipped QML of ``role``; False (logged) when it does not apply."""
    # True: the shipped file wins over a default style stored in the GeoPackage
    message, ok = layer.loadNamedStyle(style_path(role), True)
    if not ok:
        LOGGER.warning("Style %s not applied to %s: %s", role, layer.name(), message)
    layer.triggerRepaint()
    return ok


def add_layer_set(
    project: QgsProject, layers: dict[str, QgsMapLayer], group_name: str
) -> QgsLayerTreeGroup:
    """Put the role layers, styled, into one group on top of the layer tree."""
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


def guess_role(name: str) -> str | None:
    """The role a layer name suggests (``hazards``, ``minefield_records``…), if any."""
    key = name.lower().replace(" ", "_")
    for role in ROLE_NAMES:
        if key.startswith(role) or key.startswith(role.rstrip("s")):
            return role
    synonyms = {
        "sha": "hazards",
        "cha": "hazards",
        "accidents": "incidents",
        "released": "cleared_land",
        "infrastructure": "planned_infrastructure",
        "records": "minefield_records",
        "villages": "settlements",
    }
    return next((role for word, role in synonyms.items() if word in key), None)
