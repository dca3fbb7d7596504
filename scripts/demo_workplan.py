"""Demo work plan: prioritise the SYNTHETIC demo hazards, plan the 30 most urgent open ones,
write the tasks, summary and Gantt chart to output/workplan/ (and, with --export, the field
export folder). Run with /usr/bin/python3 after `make demo-data stage`."""

from __future__ import annotations

import argparse
import csv
import shutil
from pathlib import Path

from qgis_app import start_qgis
from run_demo import prioritise
from text_table import table

# Example public holidays for 2027 (Azerbaijan-style calendar; check the official list)
HOLIDAYS = (
    "2027-01-01,2027-01-02,2027-01-20,2027-03-08,2027-03-20,2027-03-21,2027-03-22,"
    "2027-03-23,2027-03-24,2027-05-09,2027-05-28,2027-06-15,2027-06-26,2027-11-08,"
    "2027-11-09,2027-12-31"
)
TEAMS = "manual:8,mechanical:2,mdd:4,technical_survey:2,non_technical_survey:2"
TARGET = "2027-06-30"  # an example target date: TEAMS_NEEDED says which teams it takes
COSTS = "manual:4,mechanical:2,mdd:2.5,technical_survey:1,non_technical_survey:0.1"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gpkg", default="resources/demo/clearance_demo.gpkg")
    parser.add_argument("--out", default="output/workplan")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument(
        "--priorities",
        default="output/priorities.gpkg",
        help="output of clearance:prioritise on the demo (computed when missing)",
    )
    parser.add_argument("--export", action="store_true", help="also run clearance:export")
    args = parser.parse_args()
    app = start_qgis()  # noqa: F841 -- keeps QGIS alive
    from qgis import processing
    from qgis.core import QgsVectorLayer

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    gpkg = Path(args.gpkg)
    priorities = Path(args.priorities)
    if not priorities.exists():  # make demo writes it first; alone, compute it the same way
        priorities.parent.mkdir(parents=True, exist_ok=True)
        priorities = prioritise(gpkg.resolve(), priorities.parent.resolve())
    prioritised = QgsVectorLayer(str(priorities), "Hazards SHA/CHA (SYNTHETIC), prioritised", "ogr")
    prioritised.setSubsetString(f'"priority_rank" <= {args.top} AND "status" <> \'Closed\'')
    for name in ("workplan.gpkg", "summary.csv", "gantt.png", "teams_needed.csv", "workplan.xlsx"):
        (out / name).unlink(missing_ok=True)
    result = processing.run(
        "clearance:workplan",
        {
            "PARCELS": prioritised,
            "METHOD_FIELD": "method",
            "ID_FIELD": "hazard_id",
            "TEAMS": TEAMS,
            "START_DATE": "2027-03-01",
            "HOLIDAYS": HOLIDAYS,
            "NO_WORK_MONTHS": "1,2",
            "MAX_TASK_HA": 5,
            "DISTRICTS": f"{gpkg}|layername=districts",
            "COST_PER_M2": COSTS,
            "OUTPUT": str(out / "workplan.gpkg"),
            "SUMMARY": str(out / "summary.csv"),
            "GANTT": str(out / "gantt.png"),
            "TARGET_DATE": TARGET,
            "TEAMS_NEEDED": str(out / "teams_needed.csv"),
            "XLSX": str(out / "workplan.xlsx"),
        },
    )
    tasks = QgsVectorLayer(result["OUTPUT"], "Work plan (SYNTHETIC demo)", "ogr")
    print(f"{tasks.featureCount()} tasks -> {result['OUTPUT']}")
    print_plan(out / "summary.csv", out / "teams_needed.csv", result)
    if args.export:
        target = out / "field_export"
        if target.exists():
            shutil.rmtree(target)
        done = processing.run(
            "clearance:export",
            {
                "INPUT": result["OUTPUT"],
                "HAZARDS": prioritised,
                "SETTLEMENTS": f"{gpkg}|layername=settlements",
                "FOLDER": str(target),
                "TITLE": "Work plan (SYNTHETIC demo data)",
            },
        )
        print(
            table(
                f"Field export -> {target}:",
                ["tasks", "outside zone", "atlas pages", "geometry problems"],
                [[done["TASKS"], done["OUTSIDE_ZONE"], done["PAGES"], done["GEOMETRY_PROBLEMS"]]],
            )
        )


def print_plan(summary: Path, teams: Path, result: dict) -> None:
    """The plan per method and the teams needed by the target date, as aligned tables."""
    with summary.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["district"] == "(all)" and not r["month"]]
    print(
        table(
            f"Work plan per method (SYNTHETIC demo), completion {result['COMPLETION_DATE']}:",
            ["method", "tasks", "area (ha)", "effort (team-days)", "cost (USD)", "start", "end"],
            [
                [
                    r["method"],
                    int(r["tasks"]),
                    float(r["area_m2"]) / 1e4,
                    float(r["effort_team_days"]),
                    round(float(r["cost_usd"])),
                    r["start_date"],
                    r["end_date"],
                ]
                for r in rows
            ],
        )
    )
    with teams.open(encoding="utf-8") as fh:
        needed = list(csv.DictReader(fh))
    print(
        table(
            f"Teams needed to finish by {TARGET}:",
            ["method", "teams available", "teams needed", "completion now", "completion needed"],
            [
                [
                    r["method"],
                    int(r["teams_available"]),
                    int(r["teams_needed"]) if r["teams_needed"] else None,
                    r["completion_available"],
                    r["completion_needed"],
                ]
                for r in needed
            ],
        )
    )


if __name__ == "__main__":
    main()
