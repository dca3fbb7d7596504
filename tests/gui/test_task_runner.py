"""gui.task_runner: the one background runner of the dock and the coverage action."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication, QgsProject

from tests.qgis_support import memory_layer


def collect():
    outcomes = []
    return outcomes, outcomes.append


def test_a_function_reports_its_value_and_progress_on_the_main_thread(qtbot):
    from clearance_planner.gui.task_runner import TaskRunner

    runner, (outcomes, done), seen = TaskRunner(), collect(), []

    def job(progress, cancelled):
        for k in range(4):
            progress(k / 4)
        return 6 * 7

    runner.run_function("sum", job, done, progress=seen.append)
    assert runner.busy  # referenced until it reports
    qtbot.waitUntil(lambda: bool(outcomes), timeout=10_000)
    assert (outcomes[0].ok, outcomes[0].value, outcomes[0].error) == (True, 42, None)
    assert not runner.busy  # the task manager deletes the finished task
    qtbot.waitUntil(lambda: 75.0 in seen, timeout=10_000)


def test_a_cancelled_function_ends_without_value_or_error():
    from clearance_planner.engine.progress import check_cancel
    from clearance_planner.gui.task_runner import TaskRunner

    outcomes, done = collect()
    calls = []

    def job(progress, cancelled):
        calls.append(1)
        check_cancel(lambda: True)  # the user pressed Cancel
        return "never"

    TaskRunner().run_function("cancel me", job, done, wait=True)
    assert calls == [1]
    assert (outcomes[0].ok, outcomes[0].value, outcomes[0].error) == (False, None, None)


def test_cancel_all_stops_a_running_function(qtbot):
    import threading

    from clearance_planner.engine.progress import check_cancel
    from clearance_planner.gui.task_runner import TaskRunner

    runner, (outcomes, done), started = TaskRunner(), collect(), threading.Event()

    def job(progress, cancelled):
        started.set()
        while True:  # an engine loop that checks for a cancel
            check_cancel(cancelled)
            threading.Event().wait(0.01)

    runner.run_function("until cancelled", job, done)
    assert started.wait(10)
    runner.cancel_all()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=10_000)
    assert (outcomes[0].ok, outcomes[0].error) == (False, None) and not runner.busy


def test_an_error_in_the_function_is_handed_back_not_raised():
    from clearance_planner.gui.task_runner import TaskRunner

    outcomes, done = collect()

    def job(progress, cancelled):
        raise ValueError("no parcels")

    TaskRunner().run_function("fail", job, done, wait=True)
    assert not outcomes[0].ok and str(outcomes[0].error) == "no parcels"


def test_an_algorithm_runs_in_the_background_with_its_results_and_log(
    clearance_provider, qgis_new_project, qtbot
):
    from clearance_planner.gui.task_runner import TaskRunner

    parcels = memory_layer("Polygon", ["POLYGON((100 -5, 110 -5, 110 5, 100 5, 100 -5))"])
    settlements = memory_layer("Point", ["POINT(0 0)"])
    for layer in (parcels, settlements):
        QgsProject.instance().addMapLayer(layer)
    params = {"PARCELS": parcels.id(), "SETTLEMENTS": settlements.id(), "OUTPUT": "memory:"}
    runner, (outcomes, done) = TaskRunner(), collect()
    task = runner.run_algorithm("clearance:prioritise", params, done)
    assert task is not None and runner.busy
    context = runner.running[id(task)][2]  # built here, before the task's thread starts
    assert context.expressionContext().scopeCount() == 2
    qtbot.waitUntil(lambda: bool(outcomes), timeout=30_000)
    assert outcomes[0].ok and "OUTPUT" in outcomes[0].value and not runner.busy
    assert QgsApplication.taskManager().countActiveTasks() == 0
    # in the calling thread: same parameters, a failure comes back with the algorithm's log
    runner.run_algorithm(
        "clearance:prioritise", {**params, "SETTLEMENTS_WEIGHT": 0}, done, wait=True
    )
    assert not outcomes[1].ok and "weights" in outcomes[1].log


def test_an_unknown_algorithm_is_refused_by_name(clearance_provider):
    from clearance_planner.gui.task_runner import TaskRunner

    with pytest.raises(LookupError, match="clearance:no_such_thing is not available"):
        TaskRunner().run_algorithm("clearance:no_such_thing", {}, print)


def test_a_desktop_run_gets_the_project_scope_built_on_the_main_thread(qgis_new_project):
    """The algorithm's thread does not build the project's expression scope (QGIS builds it
    lazily and unguarded), as with QGIS's own Processing dialog."""
    from qgis.core import QgsExpressionContextUtils

    from clearance_planner.gui.task_runner import desktop_context

    project = QgsProject.instance()
    project.setTitle("Agdam district SYNTHETIC")
    QgsExpressionContextUtils.setProjectVariable(project, "programme", "demo")
    context = desktop_context(project)
    expressions = context.expressionContext()
    assert context.project() is project
    assert [expressions.scope(i).name() for i in range(expressions.scopeCount())] == [
        "Global",
        "Project",
    ]
    assert expressions.variable("project_title") == "Agdam district SYNTHETIC"
    assert expressions.variable("programme") == "demo"
