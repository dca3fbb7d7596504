"""A packed RTree (qgis_io/packed_rtree) holds what sqlite's row-by-row R*Tree inserts give:
the same rows (boxes rounded to 32-bit floats the same way), the same answers to window
queries, a structure sqlite's ``rtreecheck`` and ``integrity_check`` accept, and it stays a
working R*Tree for later inserts and deletes."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest

from clearance_planner.qgis_io import packed_rtree

SCHEMA = "CREATE VIRTUAL TABLE {} USING rtree(id, minx, maxx, miny, maxy)"


def _boxes(rng, n: int) -> np.ndarray:
    """Random boxes: negative and positive UTM-like coordinates, points, slivers, overlaps."""
    x = rng.uniform(-5e6, 5e6, n) * rng.choice([1e-6, 1.0], n)
    y = rng.uniform(-1e7, 1e7, n)
    w = rng.choice([0.0, 1e-3, 50.0, 3e4], n) * rng.uniform(0, 1, n)
    h = rng.choice([0.0, 1e-3, 50.0, 3e4], n) * rng.uniform(0, 1, n)
    return np.column_stack([x, x + w, y, y + h])


def _row_by_row(db, name: str, ids, boxes) -> None:
    db.execute(SCHEMA.format(name))
    db.executemany(
        f"INSERT INTO {name} VALUES (?, ?, ?, ?, ?)", zip(ids.tolist(), *boxes.T.tolist())
    )


def _packed(db, name: str, ids, boxes) -> None:
    db.execute(SCHEMA.format(name))
    assert packed_rtree.is_empty(db, name)
    packed_rtree.write(db, name, ids, packed_rtree.rounded(boxes))


def _window_ids(db, name: str, window) -> list:
    x0, x1, y0, y1 = window
    sql = f"SELECT id FROM {name} WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?"
    return sorted(r[0] for r in db.execute(sql, (x0, x1, y0, y1)))


def _check(db, name: str) -> None:
    assert db.execute("SELECT rtreecheck(?)", (name,)).fetchone()[0] == "ok"
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("n", [1, 2, 51, 52, 2601, 2602, 20_000])
def test_packed_rtree_equals_row_by_row_inserts(n):
    rng = np.random.default_rng(n)
    ids = rng.permutation(np.arange(1, 3 * n + 1))[:n].astype(np.int64)  # gaps, any order
    boxes = _boxes(rng, n)
    db = packed_and_row_by_row(ids, boxes)
    _check(db, "fast")
    assert not packed_rtree.is_empty(db, "fast")
    for window in _boxes(rng, 50) * [1, 1.5, 1, 1.5]:
        assert _window_ids(db, "fast", window) == _window_ids(db, "slow", window)
    # later edits through sqlite keep it a valid tree with the same contents
    more = _boxes(rng, 300)
    more_ids = np.arange(10 * n + 1, 10 * n + 301)
    gone = ids[: max(1, n // 3)].tolist()
    for name in ("fast", "slow"):
        db.executemany(
            f"INSERT INTO {name} VALUES (?, ?, ?, ?, ?)", zip(more_ids.tolist(), *more.T.tolist())
        )
        db.executemany(f"DELETE FROM {name} WHERE id = ?", [(i,) for i in gone])
    _check(db, "fast")
    assert (
        db.execute("SELECT * FROM fast ORDER BY id").fetchall()
        == db.execute("SELECT * FROM slow ORDER BY id").fetchall()
    )


def test_packed_rtree_written_in_small_chunks_of_rows_equals_row_by_row_inserts(monkeypatch):
    monkeypatch.setattr(packed_rtree, "PAIRS_PER_CHUNK", 7)  # 2602 entries: 372 chunks
    rng = np.random.default_rng(8)
    ids = rng.permutation(np.arange(1, 8000))[:2602].astype(np.int64)
    boxes = _boxes(rng, 2602)
    db = packed_and_row_by_row(ids, boxes)
    assert db.execute("SELECT count(*) FROM fast_rowid").fetchone()[0] == 2602
    _check(db, "fast")
    for window in _boxes(rng, 30) * [1, 1.5, 1, 1.5]:
        assert _window_ids(db, "fast", window) == _window_ids(db, "slow", window)


def test_rounded_boxes_enclose_the_doubles_like_sqlite():
    rng = np.random.default_rng(3)
    boxes = _boxes(rng, 5000)
    db = sqlite3.connect(":memory:")
    _row_by_row(db, "slow", np.arange(1, 5001), boxes)
    stored = np.array(db.execute("SELECT minx, maxx, miny, maxy FROM slow ORDER BY id").fetchall())
    ours = packed_rtree.rounded(boxes).astype(np.float64)
    assert np.array_equal(ours, stored)
    assert (ours[:, [0, 2]] <= boxes[:, [0, 2]]).all() and (
        ours[:, [1, 3]] >= boxes[:, [1, 3]]
    ).all()


def test_no_boxes_leave_the_empty_tree_as_it_was():
    db = sqlite3.connect(":memory:")
    db.execute(SCHEMA.format("t"))
    packed_rtree.write(db, "t", np.zeros(0, dtype=np.int64), np.zeros((0, 4), dtype=np.float32))
    assert packed_rtree.is_empty(db, "t")
    _check(db, "t")


def packed_and_row_by_row(ids, boxes) -> sqlite3.Connection:
    """An in-memory database with the RTree ``fast`` packed and ``slow`` inserted row by row
    from the same entries, checked to hold the same rows."""
    db = sqlite3.connect(":memory:")
    _row_by_row(db, "slow", ids, boxes)
    _packed(db, "fast", ids, boxes)
    assert (
        db.execute("SELECT * FROM fast ORDER BY id").fetchall()
        == db.execute("SELECT * FROM slow ORDER BY id").fetchall()
    )
    return db
