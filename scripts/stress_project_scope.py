"""Reproduce a QGIS crash: a Processing algorithm in a background task while the main thread
rebuilds the project's expression scope (as a canvas refresh does after any project change).

    QT_QPA_PLATFORM=offscreen python3 scripts/stress_project_scope.py [ALGORITHM] [RUNS]

ALGORITHM defaults to QGIS's own native:centroids (the crash needs no plugin code);
clearance:prioritise loads the staged plugin from build/. Each run clears the project, adds
two memory layers, starts the algorithm in a QgsProcessingAlgRunnerTask and, until it ends,
changes the project's title and builds its scope on the main thread. Prints each run; a
segmentation fault ends it (QGIS 3.22.16: within 5-150 runs of native:centroids).
"""

from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsGeometry,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)


def layer(kind: str, wkts: list[str]) -> QgsVectorLayer:
    from qgis.core import QgsFeature

    out = QgsVectorLayer(f"{kind}?crs=EPSG:32638", kind, "memory")
    features = []
    for wkt in wkts:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    out.dataProvider().addFeatures(features)
    return out


def main(algorithm_id: str, runs: int) -> None:
    app = QgsApplication([], True)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    if algorithm_id.startswith("clearance:"):
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "build"))
        import clearance_planner

        clearance_planner.classFactory(None).initProcessing()
    project = QgsProject.instance()
    for run in range(runs):
        project.clear()
        squares = [
            f"POLYGON(({x} 0, {x + 9} 0, {x + 9} 9, {x} 9, {x} 0))" for x in range(0, 300, 10)
        ]
        parcels, points = layer("Polygon", squares), layer("Point", ["POINT(0 0)", "POINT(50 50)"])
        project.addMapLayers([parcels, points])
        if algorithm_id.startswith("clearance:"):
            params = {"PARCELS": parcels.id(), "SETTLEMENTS": points.id(), "OUTPUT": "memory:"}
        else:
            params = {"INPUT": parcels.id(), "OUTPUT": "memory:"}
        context = QgsProcessingContext()
        context.setProject(project)
        scopes = QgsExpressionContext()  # built here, as QGIS's own dialog does
        scopes.appendScope(QgsExpressionContextUtils.globalScope())
        scopes.appendScope(QgsExpressionContextUtils.projectScope(project))
        context.setExpressionContext(scopes)
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        feedback, done = QgsProcessingFeedback(), []
        task = QgsProcessingAlgRunnerTask(algorithm, params, context, feedback)
        task.executed.connect(lambda ok, _results, done=done: done.append(ok))
        QgsApplication.taskManager().addTask(task)
        while not done:
            project.setTitle(f"run {run}")  # resets the scope, as any project edit does
            QgsExpressionContextUtils.projectScope(project)  # rebuilds it
            app.processEvents()
        print(run, end=" ", flush=True)
    print(f"\n{runs} runs of {algorithm_id} without a crash")


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "native:centroids",
        int(sys.argv[2]) if len(sys.argv) > 2 else 300,
    )
