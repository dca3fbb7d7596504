"""A GeoPackage RTree written in bulk: sqlite's R*Tree shadow tables filled with a packed
(sort-tile-recursive) tree instead of one R*Tree insert per feature.

sqlite's ``rtree`` module keeps its tree in three ordinary tables (``<name>_node``: node
number → node blob; ``<name>_parent``: node → parent node; ``<name>_rowid``: entry id → leaf
node). A node blob is the tree depth (root only) and the cell count as big-endian 16-bit
integers, then per cell the id (big-endian 64-bit) and minx, maxx, miny, maxy as big-endian
32-bit floats, zero-padded to the node size of the table (the length of its root blob). The
boxes are rounded to 32-bit floats as sqlite rounds them (``rtreeValueDown`` / ``Up``), so
``SELECT * FROM <name>`` gives the same rows as inserting them one by one, and sqlite's own
``rtreecheck()`` accepts the tree (parents, leaf mapping, boxes within their parents). The
tree is an ordinary R*Tree afterwards: later inserts and deletes go through sqlite as usual.
"""

from __future__ import annotations

import numpy as np

_HEAD = 4  # depth + cell count
_CELL = np.dtype([("id", ">i8"), ("box", ">f4", 4)])  # 2D: 8 + 4 × 4 bytes
_TOWARDS, _AWAY = 1.0 - 1.0 / 8388608.0, 1.0 + 1.0 / 8388608.0  # sqlite's RNDTOWARDS/RNDAWAY
PAIRS_PER_CHUNK = 100_000  # rows of the _rowid and _parent tables made Python rows at once


def rounded(boxes: np.ndarray) -> np.ndarray:
    """``(n, 4)`` minx, maxx, miny, maxy as sqlite stores them: 32-bit floats, minima not
    above and maxima not below the double (sqlite's ``rtreeValueDown`` / ``rtreeValueUp``)."""
    d = np.asarray(boxes, dtype=np.float64)
    f = d.astype(np.float32)
    low = np.zeros(d.shape, dtype=bool)
    low[:, [0, 2]] = True
    down = low & (f > d)
    f[down] = (d[down] * np.where(d[down] < 0, _AWAY, _TOWARDS)).astype(np.float32)
    up = ~low & (f < d)
    f[up] = (d[up] * np.where(d[up] < 0, _TOWARDS, _AWAY)).astype(np.float32)
    return f


def is_empty(db, name: str) -> bool:
    """True when the RTree ``name`` holds no entry (its root has no cells)."""
    row = db.execute(f"SELECT data FROM {_q(name + '_node')} WHERE nodeno = 1").fetchone()
    has_rows = db.execute(f"SELECT 1 FROM {_q(name + '_rowid')} LIMIT 1").fetchone()
    return row is not None and int.from_bytes(bytes(row[0])[2:4], "big") == 0 and not has_rows


def write(db, name: str, ids: np.ndarray, boxes: np.ndarray) -> None:
    """Fill the empty RTree ``name`` (see :func:`is_empty`) with ``ids`` and their 32-bit
    ``boxes`` (:func:`rounded`), in the caller's transaction."""
    if not len(ids):
        return
    root = db.execute(f"SELECT data FROM {_q(name + '_node')} WHERE nodeno = 1").fetchone()
    size = len(bytes(root[0]))
    fanout = (size - _HEAD) // _CELL.itemsize
    levels = _levels(np.asarray(ids, dtype=np.int64), np.asarray(boxes, np.float32), fanout)
    nodes, parents, leaf_of = _numbered(levels)
    db.execute(f"DELETE FROM {_q(name + '_node')}")
    db.executemany(
        f"INSERT INTO {_q(name + '_node')} (nodeno, data) VALUES (?, ?)",
        ((int(no), _blob(cells, depth, size)) for no, cells, depth in nodes),
    )
    db.executemany(
        f"INSERT INTO {_q(name + '_parent')} (nodeno, parentnode) VALUES (?, ?)",
        _pairs(parents, np.arange(len(parents))),
    )
    db.executemany(
        f"INSERT INTO {_q(name + '_rowid')} (rowid, nodeno) VALUES (?, ?)",
        _pairs(leaf_of, np.argsort(leaf_of[:, 0], kind="stable")),
    )


def _pairs(pairs: np.ndarray, order: np.ndarray):
    """The rows ``pairs[order]`` as Python pairs, ``PAIRS_PER_CHUNK`` at a time: a list of all
    of them was ≈ 130 bytes per entry (a 4.3 GB peak when the RTree of 10M parcels was
    written)."""
    for start in range(0, len(order), PAIRS_PER_CHUNK):
        yield from pairs[order[start : start + PAIRS_PER_CHUNK]].tolist()


def _levels(ids: np.ndarray, boxes: np.ndarray, fanout: int) -> list[tuple]:
    """The tree bottom-up: per level ``(ids, boxes, starts)`` of its cells in node order
    (``starts``: first cell of each node); a level's ids are the positions of the nodes of
    the level below, the last level is the root's."""
    out = []
    while True:
        order = _str_order(boxes, fanout)
        ids, boxes = ids[order], boxes[order]
        starts = np.arange(0, len(ids), fanout)
        out.append((ids, boxes, starts))
        if len(starts) <= 1:
            return out
        ids = np.arange(len(starts), dtype=np.int64)
        boxes = np.column_stack(
            [
                np.minimum.reduceat(boxes[:, 0], starts),
                np.maximum.reduceat(boxes[:, 1], starts),
                np.minimum.reduceat(boxes[:, 2], starts),
                np.maximum.reduceat(boxes[:, 3], starts),
            ]
        )


def _str_order(boxes: np.ndarray, fanout: int) -> np.ndarray:
    """Sort-tile-recursive order: vertical slices by box centre x, each sorted by centre y."""
    n = len(boxes)
    if n <= fanout:
        return np.arange(n)
    cx = boxes[:, 0].astype(np.float64) + boxes[:, 1]
    cy = boxes[:, 2].astype(np.float64) + boxes[:, 3]
    nodes = -(-n // fanout)
    per_slice = fanout * int(np.ceil(np.sqrt(nodes)))
    slab = np.empty(n, dtype=np.int64)
    slab[np.argsort(cx, kind="stable")] = np.arange(n) // per_slice
    return np.lexsort((cy, slab))


def _numbered(levels: list[tuple]):
    """``(nodes, parents, leaf_of)``: ``(node number, cells, depth)`` per node (the root is
    1), ``(node, parent)`` per non-root node and ``(entry id, leaf node)`` per entry."""
    counts = [len(starts) for _, _, starts in levels]
    first = np.cumsum([0, *counts[::-1]])[:-1][::-1] + 1  # node number of each level's first
    nodes, parents = [], []
    depth = len(levels) - 1
    for k, (ids, boxes, starts) in enumerate(levels):
        cells = np.empty(len(ids), dtype=_CELL)
        cells["id"] = ids + first[k - 1] if k else ids  # a child's number, or the entry id
        cells["box"] = boxes
        numbers = first[k] + np.arange(len(starts))
        ends = np.append(starts[1:], len(ids))
        for no, a, b in zip(numbers.tolist(), starts.tolist(), ends.tolist()):
            nodes.append((no, cells[a:b], depth if no == 1 else 0))
        if k:
            node_of_cell = np.repeat(numbers, ends - starts)
            parents.append(np.column_stack([ids + first[k - 1], node_of_cell]))
    leaf_ids, _, leaf_starts = levels[0]
    leaf_numbers = first[0] + np.arange(len(leaf_starts))
    sizes = np.diff(np.append(leaf_starts, len(leaf_ids)))
    leaf_of = np.column_stack([leaf_ids, np.repeat(leaf_numbers, sizes)])
    parents = np.concatenate(parents) if parents else np.zeros((0, 2), dtype=np.int64)
    return nodes, parents, leaf_of


def _blob(cells: np.ndarray, depth: int, size: int) -> bytes:
    head = int(depth).to_bytes(2, "big") + len(cells).to_bytes(2, "big")
    body = cells.tobytes()
    return head + body + bytes(size - _HEAD - len(body))


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
