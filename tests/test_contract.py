"""Every algorithm's parameter and output names, types and defaults are a public contract:
users' models and scripts name them. The live provider must match tests/contract/algorithms.json."""

from tests.contract.dump_contract import contract, differences, dumps, load

REGENERATE = (
    "If the change is deliberate (and users' models and scripts keep working), regenerate the "
    "table with `make stage && /usr/bin/python3 tests/contract/dump_contract.py` and commit it."
)


def test_every_algorithm_parameter_and_output_matches_the_checked_in_contract(
    clearance_provider,
):
    changed = differences(load(), contract(clearance_provider))
    assert not changed, "Public contract changed:\n  " + "\n  ".join(changed) + "\n" + REGENERATE


def test_contract_table_lists_every_algorithm_of_the_provider(clearance_provider):
    ids = {alg.id() for alg in clearance_provider.algorithms()}
    assert set(load()) == ids
    assert "clearance:prioritise" in ids


def test_differences_name_the_parameter_and_the_change():
    old = {"a:x": {"parameters": {"P": {"type": "number", "default": 1.0}}, "outputs": {}}}
    new = {"a:x": {"parameters": {"P": {"type": "number", "default": 2.0}}, "outputs": {"O": {}}}}
    assert differences(old, new) == [
        "a:x.outputs.O: added ({})",
        "a:x.parameters.P.default: 1.0 -> 2.0",
    ]
    assert differences(new, old) == [
        "a:x.outputs.O: removed (was {})",
        "a:x.parameters.P.default: 2.0 -> 1.0",
    ]


def test_table_file_is_written_exactly_as_dump_contract_writes_it():
    from tests.contract.dump_contract import TABLE

    assert TABLE.read_text(encoding="utf-8") == dumps(load())


def test_check_geometry_returns_only_declared_outputs_so_models_can_use_problems(
    clearance_provider, tmp_path
):
    from qgis import processing
    from qgis.core import QgsVectorLayer

    from tests.qgis_support import memory_layer

    layer = memory_layer(
        "Polygon",
        [  # in the area of use of EPSG:32638: a square and a bow-tie (invalid, no area)
            "POLYGON((500000 4400000, 500100 4400000, 500100 4400100, 500000 4400100, "
            "500000 4400000))",
            "POLYGON((500200 4400000, 500300 4400100, 500300 4400000, 500200 4400100, "
            "500200 4400000))",
        ],
    )
    alg = clearance_provider.algorithm("check_geometry")
    results = processing.run(alg, {"INPUT": layer, "OUTPUT": str(tmp_path / "p.gpkg")})
    declared = {o.name() for o in alg.outputDefinitions()}
    assert set(results) <= declared
    problems = QgsVectorLayer(results["OUTPUT"], "problems", "ogr")
    assert results["PROBLEMS"] == problems.featureCount() > 0
    rules = sorted((f["feature_id"], f["rule"]) for f in problems.getFeatures())
    assert rules == [(2, "invalid"), (2, "sliver")]


def test_export_returns_only_declared_outputs_with_the_geometry_problem_count(
    clearance_provider, tmp_path
):
    from qgis import processing

    from tests.qgis_support import memory_layer

    square = (
        "POLYGON((650000 4430000, 650100 4430000, 650100 4430100, 650000 4430100, 650000 4430000))"
    )
    layer = memory_layer("Polygon", [square, square])  # a duplicate geometry: one problem each
    alg = clearance_provider.algorithm("export")
    results = processing.run(
        alg, {"INPUT": layer, "FORMATS": [4], "FOLDER": str(tmp_path / "out")}
    )  # FORMATS 4 = CSV
    assert set(results) <= {o.name() for o in alg.outputDefinitions()}
    assert results["GEOMETRY_PROBLEMS"] == 2
    counts = {"FEATURES", "REPAIRED_GEOMETRIES", "DEGENERATE_GEOMETRIES", "NULL_GEOMETRIES"}
    assert set(results) == {"FOLDER", "CSV", "GEOMETRY_PROBLEMS", "TASKS", "OUTSIDE_ZONE"} | counts
    assert (results["TASKS"], results["OUTSIDE_ZONE"], results["FEATURES"]) == (2, 0, 2)


def test_algorithms_name_parameters_by_their_class_constants_not_string_literals():
    import re
    from pathlib import Path

    literal = re.compile(
        r'(parameterAs\w+|invalidSourceError)\(\s*parameters,\s*"|parameters\.get\(\s*"'
    )
    folder = Path(__file__).resolve().parents[1] / "plugin" / "algorithms"
    found = [
        f"{path.name}:{n}: {line.strip()}"
        for path in sorted(folder.glob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if literal.search(line)
    ]
    assert not found, "use the class constants:\n" + "\n".join(found)


def test_every_parameter_constant_of_an_algorithm_names_a_declared_parameter_or_output(
    clearance_provider,
):
    for alg in clearance_provider.algorithms():
        declared = {p.name() for p in alg.parameterDefinitions()}
        declared |= {o.name() for o in alg.outputDefinitions()}
        constants = {
            key: value
            for key, value in vars(type(alg)).items()  # its own, not a shared base's
            if key.isupper() and isinstance(value, str) and value == key
        }
        assert set(constants) <= declared, (alg.id(), sorted(set(constants) - declared))


GEOMETRY_COUNT_NAMES = (
    "FEATURES",
    "REPAIRED_GEOMETRIES",
    "DEGENERATE_GEOMETRIES",
    "NULL_GEOMETRIES",
)
CLASS_COUNT_NAMES = tuple(f"CLASS_{c}" for c in ("HIGH", "MEDIUM", "LOW", "GATED", "UNKNOWN"))
# names an algorithm returned before the shared ones: kept as aliases, never removed
ALIASES = {
    "clearance:import_imsma": ("GEOMETRY_REPAIRED", "GEOMETRY_KEPT", "GEOMETRY_NULL"),
    "clearance:priority_map": tuple(
        f"{c}_COUNT" for c in ("HIGH", "MEDIUM", "LOW", "GATED", "UNKNOWN")
    ),
}


def test_every_count_has_the_shared_name_and_the_first_names_stay_as_aliases():
    table = load()
    for algorithm, names in ALIASES.items():
        outputs = table[algorithm]["outputs"]
        assert set(GEOMETRY_COUNT_NAMES + names) <= set(outputs), algorithm
    for algorithm in ("clearance:prioritise", "clearance:priority_map"):
        assert set(CLASS_COUNT_NAMES) <= set(table[algorithm]["outputs"])
    # no algorithm names a geometry count any other way
    for algorithm, entry in table.items():
        odd = [
            n
            for n in entry["outputs"]
            if ("GEOMETR" in n or n.endswith("_COUNT"))
            and n not in GEOMETRY_COUNT_NAMES + ("GEOMETRY_PROBLEMS",) + ALIASES.get(algorithm, ())
        ]
        assert not odd, f"{algorithm}: {odd}"


def test_count_labels_are_translated(clearance_provider):
    from clearance_planner.i18n import install_translator, remove_translator

    translator = install_translator("az")
    try:
        labels = {}
        for name in ("import_imsma", "coverage", "prioritise"):
            alg = clearance_provider.algorithm(name).create()  # kept alive while read
            labels[name] = {o.name(): o.description() for o in alg.outputDefinitions()}
    finally:
        remove_translator(translator)
    assert labels["import_imsma"]["MAPPED_FIELDS"] == "İxracda tapılan hədəf sahələri"
    assert labels["prioritise"]["FEATURES"] == "Oxunan obyektlər"
    assert labels["prioritise"]["CLASS_HIGH"] == "Yüksək sinfində sahələr"
    assert labels["coverage"]["DISTRICTS"] == "Cədvəldəki rayonlar"
