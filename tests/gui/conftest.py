"""Every desktop test leaves no background task behind: one still running when the next
test's ``qgis_new_project`` clears the project would touch a project being torn down."""

import time

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication


@pytest.fixture(autouse=True)
def no_task_outlives_its_test(qgis_app):
    yield
    manager, deadline = QgsApplication.taskManager(), time.monotonic() + 30
    while manager.countActiveTasks() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert manager.countActiveTasks() == 0, "a background task outlived its test"
