"""Display names of the demo layers: what is synthetic says so (no QGIS import)."""

DEMO_NAMES = {
    "hazards": "Hazards SHA/CHA (SYNTHETIC)",
    "minefield_records": "Minefield records (SYNTHETIC)",
    "incidents": "Incidents (SYNTHETIC)",
    "cleared_land": "Released land (SYNTHETIC)",
    "cemeteries": "Cemeteries (SYNTHETIC)",
    "planned_infrastructure": "Planned infrastructure (SYNTHETIC)",
    "districts": "Districts (Natural Earth)",
    "settlements": "Settlements (GeoNames)",
}
