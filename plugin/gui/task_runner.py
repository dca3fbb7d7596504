"""The one background runner of the desktop: a Processing algorithm or a plain function in a
``QgsTask``, with progress and cancel; the outcome arrives on the main thread."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any, Callable

from qgis.core import (
    QgsApplication,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsTask,
)

from ..engine.progress import CancelFn, OperationCancelled, ProgressFn
from ..i18n import tr


@dataclass
class Outcome:
    """How a background job ended."""

    ok: bool
    value: Any = None  # the function's return value, or the algorithm's results
    error: BaseException | None = None  # what the function raised (not a cancel)
    log: str = ""  # the algorithm's feedback log


Done = Callable[[Outcome], None]
Job = Callable[[ProgressFn, CancelFn], Any]


def desktop_context(project: QgsProject) -> QgsProcessingContext:
    """A Processing context for a run started from the desktop, built on the main thread.

    Its expression context already holds the global and project scopes, as QGIS's own
    Processing dialog does: an algorithm given an empty one builds the project's scope in its
    own thread, and QGIS builds and resets that scope unguarded on the main thread too. (QGIS
    can still crash when the main thread rebuilds the scope while any algorithm runs, its own
    too: ``scripts/stress_project_scope.py``.)
    """
    context = QgsProcessingContext()
    context.setProject(project)
    expressions = QgsExpressionContext()
    expressions.appendScope(QgsExpressionContextUtils.globalScope())
    expressions.appendScope(QgsExpressionContextUtils.projectScope(project))
    context.setExpressionContext(expressions)
    return context


class FunctionTask(QgsTask):
    """``job(progress, cancelled)`` in a worker thread: numpy work only, no Qt objects.

    ``progress`` takes a fraction 0..1; an :class:`OperationCancelled` ends it as cancelled.
    """

    def __init__(self, description: str, job: Job, done: Done) -> None:
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.job, self.done = job, done
        self.value: Any = None
        self.error: BaseException | None = None

    def run(self) -> bool:
        try:
            self.value = self.job(lambda f: self.setProgress(100.0 * f), self.isCanceled)
        except OperationCancelled:
            return False
        except Exception as exc:  # handed to the main thread in finished()
            self.error = exc
            return False
        return True

    def finished(self, ok: bool) -> None:
        self.done(Outcome(ok, self.value, self.error))


class TaskRunner:
    """Starts background tasks and keeps each one (with its context and feedback) referenced
    until it reports back: the task manager holds only C++ references to them."""

    def __init__(self) -> None:
        self.running: dict[int, tuple] = {}

    def run_function(
        self,
        description: str,
        job: Job,
        done: Done,
        progress: Callable[[float], None] | None = None,
        wait: bool = False,
    ) -> QgsTask | None:
        """Run ``job`` in the background; ``progress`` receives percent on the main thread.
        ``wait`` runs it in the calling thread (tests, scripts) and returns None."""

        def finish(outcome: Outcome) -> None:
            self.running.pop(id(task), None)
            done(outcome)

        task = FunctionTask(description, job, finish)
        self._watch(task, progress)
        if wait:
            task.finished(task.run())
            return None
        self._start(task, (task,))
        return task

    def run_algorithm(
        self,
        algorithm_id: str,
        parameters: dict,
        done: Done,
        progress: Callable[[float], None] | None = None,
        wait: bool = False,
    ) -> QgsTask | None:
        """Run a Processing algorithm on the current project; ``done`` gets its results
        (``value``) and feedback log. ``wait`` runs it in the calling thread and returns
        None."""
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        if algorithm is None:
            raise LookupError(
                tr("The Processing algorithm {0} is not available.").format(algorithm_id)
            )
        context = desktop_context(QgsProject.instance())
        feedback = QgsProcessingFeedback()
        if wait:
            results, ok = algorithm.run(parameters, context, feedback)
            done(Outcome(bool(ok), results or {}, log=feedback.textLog()))
            return None
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)

        def finish(ok: bool, results: dict) -> None:
            self.running.pop(id(task), None)
            done(Outcome(bool(ok), results or {}, log=feedback.textLog()))

        task.executed.connect(finish)
        self._watch(task, progress)
        self._start(task, (task, algorithm, context, feedback))
        return task

    @staticmethod
    def _watch(task: QgsTask, progress: Callable[[float], None] | None) -> None:
        if progress is not None:
            task.progressChanged.connect(progress)

    def _start(self, task: QgsTask, keep: tuple) -> None:
        self.running[id(task)] = keep
        QgsApplication.taskManager().addTask(task)

    @property
    def busy(self) -> bool:
        return bool(self.running)

    def cancel_all(self) -> None:
        """Cancel every task still running; each stays referenced until it reports."""
        for task, *_ in list(self.running.values()):
            with contextlib.suppress(RuntimeError):  # already deleted by the task manager
                task.cancel()
