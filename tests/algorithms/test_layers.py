"""qgis_io.layers helpers for second passes over a source."""

from clearance_planner.qgis_io.layers import aligned


class Feature:
    def __init__(self, fid: int) -> None:
        self.fid = fid

    def id(self) -> int:
        return self.fid


def test_aligned_uses_positions_when_the_order_is_the_same():
    rows = [row for row, _ in aligned([Feature(f) for f in (7, 3, 9)], [7, 3, 9])]
    assert rows == [0, 1, 2]


def test_aligned_finds_rows_by_feature_id_when_the_provider_reorders():
    features = [Feature(f) for f in (7, 9, 3)]
    assert [(row, f.id()) for row, f in aligned(features, [7, 3, 9])] == [(0, 7), (2, 9), (1, 3)]
