"""Run corpus cases in a child process: ``python -m tests.corpus.isolated CASE_ID…``.

For cases that may crash the interpreter (Processing's invalid-geometry stop, raised inside a
feature iterator, unwinds through Python frames: see known_defects.NOT_RUN). Prints one JSON
line per case judged, ``{"case": id, "ok": bool, "detail": text}``, and leaves after a case
that hit that stop.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def outcomes(case_ids: list[str], timeout: float = 120) -> dict:
    """``{case id: (ok, detail)}``: the cases run in child processes, a new one after each
    case that hit the invalid-geometry stop (the child leaves then: it may be damaged) or
    crashed (which counts as a failure of the case it was running)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    found: dict = {}
    todo = list(case_ids)
    while todo:
        done = subprocess.run(
            [sys.executable, "-m", "tests.corpus.isolated", *todo],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        for line in done.stdout.splitlines():
            if line.startswith("{"):
                row = json.loads(line)
                found[row["case"]] = (row["ok"], row["detail"])
        todo = [c for c in todo if c not in found]
        if todo and done.returncode != 0:  # crashed while running todo[0]
            found[todo.pop(0)] = (False, f"child exit {done.returncode}: {done.stderr[-600:]}")
    return found


def _judge(case_id: str, folder: Path) -> tuple[bool, str]:
    from .algorithms import BY_ID
    from .runner import assert_clear_refusal, assert_kept, prepare, run

    algorithm, key, case = case_id.split("/")
    alg = BY_ID[algorithm]
    prepared = prepare(alg, key, case, folder)
    result, message, warnings = run(alg, prepared)
    try:
        if result is None:
            assert_clear_refusal(message, prepared)
        else:
            assert_kept(alg, key, prepared, result, warnings)
    except AssertionError as exc:
        return False, str(exc)[:800]
    return True, ""


def main(case_ids: list[str]) -> None:
    sys.path.insert(0, str(ROOT / "build"))
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    from .runner import INVALID_CHECK

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import clearance_planner

    plugin = clearance_planner.classFactory(None)
    plugin.initProcessing()
    for case_id in case_ids:
        folder = Path(tempfile.mkdtemp(prefix="corpus-isolated-"))
        try:
            ok, detail = _judge(case_id, folder)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        print(json.dumps({"case": case_id, "ok": ok, "detail": detail}), flush=True)
        if INVALID_CHECK in detail:
            break  # this interpreter is damaged: the parent starts a new child
    os._exit(0)  # no teardown: the interpreter may be damaged


if __name__ == "__main__":
    main(sys.argv[1:])
