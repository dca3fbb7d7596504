"""Bulk GeoPackage rows (qgis_io/gpkg_rows) write what the per-feature writer writes: the same
schema, fids, values, geometries (null, empty, degenerate, repaired, curved, Z), extent, RTree
and triggers, read back through OGR and QGIS; a cancel or failure leaves the earlier output
byte-identical."""

from __future__ import annotations

import hashlib
import math
import sqlite3
import struct
from contextlib import closing
from pathlib import Path

import pytest
from osgeo import ogr, osr
from qgis import processing
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from clearance_planner.algorithms.prioritise import PrioritiseAlgorithm
from clearance_planner.qgis_io import gpkg_rows
from tests.algorithms.test_bulk_read import POLYGONS, E, N, _random_multipolygons, _random_polygons

pytestmark = pytest.mark.usefixtures("clearance_provider")

FIELDS = [
    ("name", ogr.OFTString, None),
    ("n", ogr.OFTInteger, None),
    ("big", ogr.OFTInteger64, None),
    ("x", ogr.OFTReal, None),
    ("d", ogr.OFTDate, None),
    ("ok", ogr.OFTInteger, ogr.OFSTBoolean),
]


PLAIN = [p for p in POLYGONS if p is None or not p.startswith(("CURVE", "POLYGON Z"))]
CURVED = [p for p in POLYGONS if p not in PLAIN]


def make_source(path: Path, fields=FIELDS, seed: int = 1, gaps: bool = True, polygons=PLAIN) -> str:
    """Messy parcels (every tenth with NULL attributes, some fids missing) and three points."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32638)
    layer = ds.CreateLayer("parcels", srs, ogr.wkbMultiPolygon)
    for name, kind, sub in fields:
        definition = ogr.FieldDefn(name, kind)
        if sub is not None:
            definition.SetSubType(sub)
        layer.CreateField(definition)
    geometries = polygons + _random_polygons(seed, 40) + _random_multipolygons(seed, 20)
    for i, wkt in enumerate(geometries):
        feature = ogr.Feature(layer.GetLayerDefn())
        if i % 10:
            values = {
                "name": f"p{i} é'\"",
                "n": i - 20,
                "big": 2**40 + i,
                "x": i / 3 + math.pi,
                "d": f"2024-03-{i % 28 + 1:02d}",
                "dt": f"2024-03-01T10:{i % 60:02d}:05.250Z",
                "ok": i % 2,
            }
            for name, _kind, _sub in fields:
                feature.SetField(name, values[name])
        if wkt is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    if gaps:
        for fid in (3, 7, 30):
            layer.DeleteFeature(fid)
    points = ds.CreateLayer("points", srs, ogr.wkbPoint)
    for x, y in ((E, N), (E + 2000, N + 60), (E + 9000, N - 300)):
        feature = ogr.Feature(points.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT({x} {y})"))
        points.CreateFeature(feature)
    ds = None
    return str(path)


def prioritise(source: str, output: str, feedback=None, **extra) -> dict:
    params = {
        "PARCELS": f"{source}|layername=parcels",
        "SETTLEMENTS": f"{source}|layername=points",
        "INCIDENTS": f"{source}|layername=points",
        "OUTPUT": output,
        **extra,
    }
    return processing.run("clearance:prioritise", params, feedback=feedback)


@pytest.fixture()
def bulk_calls(monkeypatch):
    """How many times rows were written in bulk."""
    calls = []
    write = gpkg_rows.write_rows

    def counted(*args, **kwargs):
        calls.append(args)
        return write(*args, **kwargs)

    monkeypatch.setattr("clearance_planner.algorithms.prioritise.write_rows", counted)
    return calls


def per_feature(monkeypatch):
    monkeypatch.setattr(PrioritiseAlgorithm, "_bulk_target", lambda *a, **k: None)


def ogr_rows(path: str, table: str | None = None) -> dict:
    ds = ogr.Open(path)
    layer = ds.GetLayerByName(table) if table else ds.GetLayer(0)
    defn = layer.GetLayerDefn()
    schema = [
        (
            defn.GetFieldDefn(i).GetName(),
            defn.GetFieldDefn(i).GetType(),
            defn.GetFieldDefn(i).GetSubType(),
        )
        for i in range(defn.GetFieldCount())
    ]
    count = layer.GetFeatureCount()
    rows = {}
    for feature in layer:
        geom = feature.GetGeometryRef()
        rows[feature.GetFID()] = (
            [feature.GetField(i) for i in range(defn.GetFieldCount())],
            None if geom is None else bytes(geom.ExportToIsoWkb()),
        )
    layer.SetSpatialFilterRect(E, N - 50, E + 2000, N + 50)
    in_box = sorted(f.GetFID() for f in layer)
    return {
        "schema": schema,
        "geometry_type": layer.GetGeomType(),
        "srs": layer.GetSpatialRef().ExportToWkt(),
        "extent": layer.GetExtent(),
        "count": count,
        "rows": rows,
        "in_box": in_box,
    }


def qgis_rows(uri: str) -> tuple:
    layer = QgsVectorLayer(uri, "out", "ogr")
    assert layer.isValid()
    fields = [(f.name(), f.type(), f.typeName()) for f in layer.fields()]
    features = {
        f.id(): (f.attributes(), bytes(f.geometry().asWkb()) if f.hasGeometry() else None)
        for f in layer.getFeatures()
    }
    return fields, layer.wkbType(), layer.crs().authid(), features


def gpkg_facts(path: str, table: str) -> dict:
    with sqlite3.connect(path) as db:
        rtree = sorted(db.execute(f'SELECT * FROM "rtree_{table}_geom"'))
        triggers = sorted(
            r[0].replace(table, "T")
            for r in db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'")
        )
        contents = db.execute(
            "SELECT data_type, description, min_x, min_y, max_x, max_y, srs_id "
            "FROM gpkg_contents WHERE table_name = ?",
            (table,),
        ).fetchone()
        geometry = db.execute(
            "SELECT column_name, geometry_type_name, srs_id, z, m FROM gpkg_geometry_columns"
        ).fetchall()
        extensions = sorted(
            (r[1], r[2])
            for r in db.execute("SELECT * FROM gpkg_extensions WHERE table_name = ?", (table,))
        )
        count = db.execute(
            "SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = ?", (table,)
        ).fetchone()
        check = db.execute("PRAGMA integrity_check").fetchone()[0]
        nulls = db.execute(f'SELECT fid FROM "{table}" WHERE geom IS NULL ORDER BY fid').fetchall()
    return {
        "rtree": rtree,
        "triggers": triggers,
        "contents": contents,
        "geometry": geometry,
        "extensions": extensions,
        "count": count,
        "integrity": check,
        "nulls": nulls,
    }


def same_values(a, b) -> None:
    assert a.keys() == b.keys()
    for key in a:
        assert a[key] == b[key], key


def test_bulk_rows_equal_the_per_feature_writer_through_ogr_qgis_and_sqlite(
    tmp_path, monkeypatch, bulk_calls
):
    source = make_source(tmp_path / "src.gpkg")
    fast, slow = tmp_path / "fast.gpkg", tmp_path / "slow.gpkg"
    counts_fast = prioritise(source, str(fast))
    assert len(bulk_calls) == 1
    per_feature(monkeypatch)
    counts_slow = prioritise(source, str(slow))
    assert len(bulk_calls) == 1
    counts_fast.pop("OUTPUT"), counts_slow.pop("OUTPUT")
    assert counts_fast == counts_slow
    assert counts_fast["NULL_GEOMETRIES"] and counts_fast["DEGENERATE_GEOMETRIES"]
    assert counts_fast["REPAIRED_GEOMETRIES"]
    a, b = ogr_rows(str(fast)), ogr_rows(str(slow))
    assert sorted(a["rows"]) == sorted(b["rows"])
    assert 3 not in a["rows"] and len(a["rows"]) == len(PLAIN) + 60 - 3  # fids kept
    same_values(a, b)
    assert qgis_rows(str(fast)) == qgis_rows(str(slow))
    facts_fast, facts_slow = gpkg_facts(str(fast), "fast"), gpkg_facts(str(slow), "slow")
    # the extent in gpkg_contents: GDAL's text round trip differs in the last digit
    assert facts_fast.pop("contents") == pytest.approx(facts_slow.pop("contents"), abs=1e-6)
    same_values(facts_fast, facts_slow)
    assert facts_fast["integrity"] == "ok"
    assert len(facts_fast["rtree"]) == len(a["rows"]) - len(facts_fast["nulls"])


def test_a_table_in_an_existing_geopackage_is_written_in_bulk_like_the_per_feature_writer(
    tmp_path, monkeypatch, bulk_calls
):
    source = make_source(tmp_path / "src.gpkg", seed=2, gaps=False)
    for name in ("fast", "slow"):
        store = tmp_path / f"{name}.gpkg"
        make_source(store, seed=3)  # other tables to keep
        if name == "slow":
            per_feature(monkeypatch)
        prioritise(source, f"ogr:dbname='{store}' table=\"ranked\" (geom)")
    assert len(bulk_calls) == 1
    a = ogr_rows(str(tmp_path / "fast.gpkg"), "ranked")
    b = ogr_rows(str(tmp_path / "slow.gpkg"), "ranked")
    same_values(a, b)
    store = ogr.Open(str(tmp_path / "fast.gpkg"))
    assert store.GetLayerByName("points").GetFeatureCount() == 3  # the other tables kept


def test_a_datetime_field_is_written_feature_by_feature(tmp_path, bulk_calls):
    fields = [*FIELDS, ("dt", ogr.OFTDateTime, None)]
    source = make_source(tmp_path / "src.gpkg", fields=fields)
    prioritise(source, str(tmp_path / "out.gpkg"))
    assert bulk_calls == []
    assert ogr_rows(str(tmp_path / "out.gpkg"))["count"] == len(PLAIN) + 60 - 3


def test_random_sources_written_in_small_chunks_equal_the_per_feature_writer(
    tmp_path, monkeypatch, bulk_calls
):
    monkeypatch.setattr(gpkg_rows, "CHUNK", 7)
    for seed in range(3):
        source = make_source(tmp_path / f"src{seed}.gpkg", seed=seed + 10)
        fast, slow = tmp_path / f"fast{seed}.gpkg", tmp_path / f"slow{seed}.gpkg"
        prioritise(source, str(fast), ID_FIELD="n" if seed == 1 else "")
        with monkeypatch.context() as patch:
            per_feature(patch)
            prioritise(source, str(slow), ID_FIELD="n" if seed == 1 else "")
        same_values(ogr_rows(str(fast)), ogr_rows(str(slow)))
        rtree = (gpkg_facts(str(fast), f"fast{seed}"), gpkg_facts(str(slow), f"slow{seed}"))
        assert rtree[0]["rtree"] == rtree[1]["rtree"]
    assert len(bulk_calls) == 3


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_cancel_or_failure_while_writing_in_bulk_leaves_the_earlier_output(tmp_path, monkeypatch):
    source = make_source(tmp_path / "src.gpkg")
    out = tmp_path / "out.gpkg"
    prioritise(source, str(out), SETTLEMENTS_DISTANCE=100)
    before = digest(out)
    monkeypatch.setattr(gpkg_rows, "CHUNK", 5)
    chunks: list = []
    add = gpkg_rows._GpkgWriter.add
    feedback = QgsProcessingFeedback()

    def add_then_cancel(self, rows, results):
        chunks.append(len(rows))
        add(self, rows, results)
        if len(chunks) == 2:
            feedback.cancel()

    monkeypatch.setattr(gpkg_rows._GpkgWriter, "add", add_then_cancel)
    prioritise(source, str(out), feedback=feedback)
    assert chunks == [5, 5] and digest(out) == before

    def failing(self, rows, results):
        raise OSError("disk full")

    monkeypatch.setattr(gpkg_rows._GpkgWriter, "add", failing)
    with pytest.raises((QgsProcessingException, OSError)):
        prioritise(source, str(out))
    assert digest(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.gpkg", "src.gpkg"]


def test_curved_or_z_parcels_are_written_feature_by_feature_like_before(
    tmp_path, monkeypatch, bulk_calls
):
    source = make_source(tmp_path / "src.gpkg", polygons=POLYGONS)  # with CURVED
    assert CURVED
    fast, slow = tmp_path / "fast.gpkg", tmp_path / "slow.gpkg"
    prioritise(source, str(fast))
    assert len(bulk_calls) == 1  # tried, then feature by feature
    per_feature(monkeypatch)
    prioritise(source, str(slow))
    same_values(ogr_rows(str(fast)), ogr_rows(str(slow)))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fast.gpkg", "slow.gpkg", "src.gpkg"]


def geos_distances(source: str) -> dict:
    """fid -> distance to the nearest point by GEOS (None without a result)."""
    from qgis.core import QgsGeometry

    ds = ogr.Open(source)
    points = [
        QgsGeometry.fromWkt(f.GetGeometryRef().ExportToWkt()) for f in ds.GetLayerByName("points")
    ]
    out = {}
    for f in ds.GetLayerByName("parcels"):
        g = f.GetGeometryRef()
        geom = QgsGeometry.fromWkt(g.ExportToWkt()) if g is not None else None
        fixed = geom.makeValid() if geom is not None and not geom.isGeosValid() else geom
        usable = fixed is not None and not fixed.isEmpty() and fixed.area() > 0
        out[f.GetFID()] = min(fixed.distance(p) for p in points) if usable else None
    return out


@pytest.mark.parametrize("seed", range(3))
def test_parcels_streamed_in_small_batches_get_the_distances_of_reading_them_whole(
    tmp_path, monkeypatch, seed
):
    from clearance_planner.algorithms import proximity
    from clearance_planner.qgis_io import bulk_read

    source = make_source(tmp_path / "src.gpkg", seed=seed + 20)
    monkeypatch.setattr(bulk_read, "BATCH", 6)
    streamed = ogr_rows(prioritise(source, str(tmp_path / "streamed.gpkg"))["OUTPUT"])
    monkeypatch.setattr(proximity, "stream_source", lambda *a, **k: None)
    whole = ogr_rows(prioritise(source, str(tmp_path / "whole.gpkg"))["OUTPUT"])
    # the same up to rounding: the piece length comes from the first batch, not all parcels
    rows = streamed.pop("rows"), whole.pop("rows")
    same_values(streamed, whole)
    assert rows[0].keys() == rows[1].keys()
    for fid, (values, geom) in rows[1].items():
        assert rows[0][fid][1] == geom
        assert rows[0][fid][0] == pytest.approx(values, rel=1e-12, abs=1e-9), fid
    names = [s[0] for s in streamed["schema"]]
    column = names.index("dist_settlements_m")
    expected = geos_distances(source)
    got = {fid: row[0][column] for fid, row in rows[0].items()}
    assert got.keys() == expected.keys()
    for fid, distance in got.items():
        if expected[fid] is None:
            assert distance is None, fid
        else:
            assert distance == pytest.approx(expected[fid], abs=1e-6), fid


def stored_rows(path: str, table: str) -> list:
    with closing(sqlite3.connect(path)) as db:
        return db.execute(f'SELECT * FROM "{table}" ORDER BY fid').fetchall()


def rewrite_blobs(path: str) -> None:
    """Blobs GDAL never writes but other tools do: a big-endian polygon, an empty polygon,
    bytes that are no GeoPackage blob; text in an integer field."""
    square = struct.pack(">bIII", 0, 3, 1, 5)  # big-endian polygon of one ring of 5 points
    ring = [(E, N), (E + 90, N), (E + 90, N + 80), (E, N + 80), (E, N)]
    big_endian = square + b"".join(struct.pack(">dd", x, y) for x, y in ring)
    envelope = struct.pack("<4d", E, E + 90, N, N + 80)
    with closing(sqlite3.connect(path)) as db, db:
        fids = [r[0] for r in db.execute("SELECT fid FROM parcels ORDER BY fid LIMIT 5")]
        blobs = [
            b"GP\x00\x03" + struct.pack("<i", 32638) + envelope + big_endian,
            b"GP\x00\x11" + struct.pack("<i", 32638) + struct.pack("<bII", 1, 3, 0),  # empty
            b"not a geometry",
        ]
        triggers = gpkg_rows._drop_triggers(db, "parcels")  # GDAL's RTree upkeep: GDAL SQL
        for fid, blob in zip(fids, blobs):
            db.execute("UPDATE parcels SET geom = ? WHERE fid = ?", (blob, fid))
        db.execute("UPDATE parcels SET n = '12 ' WHERE fid = ?", (fids[4],))
        for sql in triggers:
            db.execute(sql)


def test_blobs_gdal_never_writes_are_written_in_bulk_like_the_per_feature_writer(
    tmp_path, monkeypatch, bulk_calls
):
    """A big-endian polygon, an empty polygon, bytes that are no geometry, text in an integer
    field: the bulk rows hold what the per-feature writer writes; the source is not touched."""
    source = make_source(tmp_path / "src.gpkg", seed=4)
    rewrite_blobs(source)
    before = digest(Path(source))
    fast, slow = tmp_path / "fast.gpkg", tmp_path / "slow.gpkg"
    added = []
    add = gpkg_rows._GpkgWriter.add
    monkeypatch.setattr(gpkg_rows._GpkgWriter, "add", lambda *a: added.append(add(*a)))
    prioritise(source, str(fast))
    assert len(bulk_calls) == 1 and len(added) == 1  # written in bulk, not given up
    per_feature(monkeypatch)
    prioritise(source, str(slow))
    assert digest(Path(source)) == before
    a, b = ogr_rows(str(fast)), ogr_rows(str(slow))
    same_values(a, b)
    geometries = [row[1] for row in stored_rows(str(fast), "fast")]  # fid, geom, the fields
    assert geometries[0][49:50] == b"\x00"  # the big-endian polygon kept so in the multi
    assert geometries[1:3] == [None, None]  # empty, unreadable
    facts = gpkg_facts(str(fast), "fast"), gpkg_facts(str(slow), "slow")
    assert facts[0]["rtree"] == facts[1]["rtree"] and facts[0]["integrity"] == "ok"


def test_a_geopackage_source_edited_before_its_rows_are_written_stops_naming_the_layer(
    tmp_path, monkeypatch
):
    source = make_source(tmp_path / "src.gpkg")
    rows = gpkg_rows._sqlite_rows

    def edit_then_read(*args):
        with closing(sqlite3.connect(source)) as db, db:
            db.execute("DELETE FROM parcels WHERE fid = (SELECT max(fid) FROM parcels)")
        return rows(*args)

    monkeypatch.setattr(gpkg_rows, "_sqlite_rows", edit_then_read)
    with pytest.raises(QgsProcessingException, match="'src' changed while the analysis ran"):
        prioritise(source, str(tmp_path / "out.gpkg"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["src.gpkg"]
