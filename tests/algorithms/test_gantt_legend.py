"""reports.gantt: the legend under the chart fits the figure, however long its translated
labels are."""

from __future__ import annotations


def figure_and_handles(labels: list[str]):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    fig = Figure(figsize=(11, 4), dpi=110)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.barh([0], [1])
    return fig, ax, [Patch(color="#d7301f", label=label) for label in labels]


def test_short_labels_stay_in_four_columns():
    from clearance_planner.reports.gantt import _fitting_legend

    fig, ax, handles = figure_and_handles(["NTS", "TS", "manual", "mechanical", "mdd"])
    _fitting_legend(fig, ax, handles)
    assert rows(fig, ax) == 2  # 5 entries in 4 columns


def test_long_labels_take_fewer_columns_and_fit_the_figure():
    from clearance_planner.reports.gantt import _fitting_legend

    labels = [
        "НТО (нетехническое обследование)",
        "ТО (техническое обследование)",
        "разминирование: ручное",
        "разминирование: механизированное",
        "разминирование: минно-розыскные собаки",
        "цель 2027-06-30",
    ]
    fig, ax, handles = figure_and_handles(labels)
    _fitting_legend(fig, ax, handles)
    legend = ax.get_legend()
    width = legend.get_window_extent(fig.canvas.get_renderer()).width
    assert width <= fig.bbox.width  # 1,210 px: four such columns would not fit
    assert [t.get_text() for t in legend.get_texts()] == labels  # every entry kept
    assert rows(fig, ax) >= 3  # 2 columns or fewer: four would be wider than the figure
    wide = ax.legend(handles=handles, ncol=4)
    assert wide.get_window_extent(fig.canvas.get_renderer()).width > fig.bbox.width


def rows(fig, ax) -> int:
    """Rows of the legend: the distinct heights of its texts."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    return len({round(t.get_window_extent(renderer).y0) for t in ax.get_legend().get_texts()})
