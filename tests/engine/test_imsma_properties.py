"""Property-based (no QGIS): random IMSMA cells through the mapping engine. Every row comes
out; every non-blank cell of an enumerated or numeric target is either mapped or listed
(in the report counts and the row's notes), never silently lost; case, spacing and
separators never change what a value maps to."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clearance_planner.engine.imsma_import import import_table
from clearance_planner.engine.imsma_mapping import load_mapping
from clearance_planner.engine.imsma_values import is_blank
from clearance_planner.paths import IMSMA_MAPPING

MAPPING = load_mapping(IMSMA_MAPPING)
WORDS = sorted({w for v in MAPPING.vocabularies.values() for w in v.words()})
BOUNDED = settings(max_examples=60)  # the rest: the "clearance" profile (tests/conftest.py)


def respell(word: str, data) -> str:
    """``word`` with random case, doubled spaces or underscores and padding."""
    out = []
    for ch in word:
        ch = ch.upper() if data.draw(st.booleans()) else ch
        out.append(data.draw(st.sampled_from([" ", "  ", "_", "-"])) if ch == " " else ch)
    return (
        data.draw(st.sampled_from(["", " ", "\t"]))
        + "".join(out)
        + data.draw(st.sampled_from(["", " ", "  "]))
    )


cells = st.one_of(
    st.none(),
    st.sampled_from(["", "  ", "n/a", "1 234,5", "1,234", "12", "3.5", "-", "?"]),
    st.sampled_from(WORDS),
    st.text(max_size=12),
)
NAMES = ["hazard_localid", "hazard_type", "status", "estimated_area", "devices", "land_disputes"]


@BOUNDED
@given(st.lists(st.lists(cells, min_size=6, max_size=6), max_size=25))
def test_no_row_and_no_cell_is_lost(rows):
    r = import_table(NAMES, rows, "hazard", MAPPING)
    assert r.n_rows == len(rows)
    assert all(len(c) == len(rows) for c in r.columns.values())
    for target, col in (("hazard_type", 1), ("status", 2), ("land_disputed", 5)):
        seen = sum(r.values[target].values())
        assert seen == sum(not is_blank(row[col]) for row in rows)
        for i, row in enumerate(rows):
            mapped = r.columns[target][i] is not None
            noted = any(str(n).startswith(f"{target}:") for n in r.notes[i])
            assert mapped != noted if not is_blank(row[col]) else not (mapped or noted)
    for i, row in enumerate(rows):
        parsed = r.columns["estimated_area_m2"][i] is not None
        noted = any(str(n).startswith("estimated_area_m2:") for n in r.notes[i])
        assert (parsed or noted) == (not is_blank(row[3])) and not (parsed and noted)


@BOUNDED
@given(st.data())
def test_case_and_spacing_never_change_the_mapping(data):
    name = data.draw(st.sampled_from(sorted(MAPPING.vocabularies)))
    vocabulary = MAPPING.vocabularies[name]
    word = data.draw(st.sampled_from(vocabulary.words()))
    assert vocabulary.lookup(respell(word, data)) == vocabulary.lookup(word) is not None


@pytest.mark.parametrize("name", sorted(MAPPING.vocabularies))
def test_every_canonical_value_maps_to_itself(name):
    vocabulary = MAPPING.vocabularies[name]
    assert [vocabulary.lookup(c) for c in vocabulary.canonical] == vocabulary.canonical
