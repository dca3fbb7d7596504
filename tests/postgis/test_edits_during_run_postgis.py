"""A shared table edited by a colleague while an analysis reads it: the run stops with the
layer named and writes nothing, rather than attaching results to the wrong hazards."""

from __future__ import annotations

import pytest
from qgis import processing
from qgis.core import QgsProcessingException

from tests.postgis_support import edit_during
from tests.qgis_support import DEMO_GPKG


@pytest.mark.parametrize(
    "edit, said",
    [
        ("DELETE FROM {s}.hazards WHERE fid IN (SELECT fid FROM {s}.hazards LIMIT 3)", "3 of its"),
        (
            "INSERT INTO {s}.hazards (hazard_id, geom) SELECT 'NEW', geom FROM {s}.hazards LIMIT 1",
            "was added",
        ),
    ],
)
def test_an_edit_between_the_reads_stops_the_run_and_writes_nothing(
    clearance_provider, pg_db, monkeypatch, edit, said
):
    pg_db.load(DEMO_GPKG, "hazards", "settlements")
    edit_during(monkeypatch, pg_db, edit)  # between the geometry and write passes
    with pytest.raises(QgsProcessingException, match=f"changed while the analysis ran.*{said}"):
        processing.run(
            "clearance:prioritise",
            {
                "PARCELS": pg_db.source("hazards"),
                "SETTLEMENTS": pg_db.source("settlements"),
                "OUTPUT": pg_db.destination("priorities"),
            },
        )
    tables = pg_db.sql(f"SELECT tablename FROM pg_tables WHERE schemaname = '{pg_db.schema}'")
    assert "priorities" not in tables.split()
