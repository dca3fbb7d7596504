"""Property-based: :class:`pg_keys.MappedIds` (QGIS's ids of bigint and text PostGIS keys,
looked up in sorted arrays) gives every key its own id and back, whatever the keys (negative
and huge integers; text with trailing spaces, non-ASCII letters, prefixes of each other) and
the order QGIS numbered them in; a key QGIS never read stops the run naming the layer."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from qgis.core import QgsProcessingException

from clearance_planner.qgis_io.pg_keys import MappedIds

BOUNDED = settings(max_examples=80)
INT64 = st.integers(-(2**63), 2**63 - 1)
TEXT = st.text(st.sampled_from("aZ9 -Şəж\t'\\"), max_size=6).filter(lambda t: "\x00" not in t)


def _numbered(keys: list) -> tuple[list, list[int]]:
    """Ids as QGIS's map gives them: 1, 2, … in the order the keys were read."""
    return keys, list(range(1, len(keys) + 1))


@BOUNDED
@given(st.one_of(st.lists(INT64, unique=True), st.lists(TEXT, unique=True)), st.randoms())
def test_every_key_finds_its_own_id_and_every_id_its_key(keys, rnd):
    keys, ids = _numbered(keys)
    mapped = MappedIds.of(keys, ids, "hazards")
    order = list(range(len(keys)))
    rnd.shuffle(order)  # a batch in another order (the database's ORDER BY key)
    asked = [keys[i] for i in order]
    assert mapped.ids(asked).tolist() == [ids[i] for i in order]
    back = mapped.keys(np.array([ids[i] for i in order], np.int64))
    assert list(back) == asked


def test_text_keys_differing_only_in_trailing_spaces_keep_their_own_ids():
    mapped = MappedIds.of(["HZ-1", "HZ-1 ", "HZ-1  ", "ŞƏ"], [7, 3, 9, 4], "hazards")
    assert mapped.ids(["HZ-1  ", "HZ-1", "ŞƏ", "HZ-1 "]).tolist() == [9, 7, 4, 3]
    assert mapped.ids([b"HZ-1 "]).tolist() == [3]  # bytes, as an Arrow batch holds them
    assert mapped.keys([3, 9]) == ["HZ-1 ", "HZ-1  "]


@pytest.mark.parametrize(
    ("keys", "unknown"),
    [([5, -(2**40), 2**62], [5, 6]), (["a", "b "], ["b"]), ([1], [2**63 - 1]), (["z"], ["zz"])],
    ids=["int between", "text without its space", "int above all", "text above all"],
)
def test_a_key_qgis_never_read_stops_the_run_naming_the_layer(keys, unknown):
    mapped = MappedIds.of(*_numbered(keys), "hazards")
    with pytest.raises(QgsProcessingException, match="hazards"):
        mapped.ids(unknown)


def test_an_id_qgis_never_gave_stops_the_run_naming_the_layer():
    mapped = MappedIds.of([10, 20], [1, 2], "hazards")
    with pytest.raises(QgsProcessingException, match="hazards"):
        mapped.keys([3])
    assert mapped.ids([]).tolist() == [] and list(mapped.keys([])) == []
