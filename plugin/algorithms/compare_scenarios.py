"""``clearance:compare_scenarios`` — how the priority ranking changes between two scenarios."""

from __future__ import annotations

import json
from contextlib import ExitStack

from qgis.core import (
    NULL,
    QgsFeature,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..engine.prioritise import score_parcels
from ..engine.rank_compare import compare_rankings, priority_key
from ..engine.scenario import ScenarioError
from ..i18n import QT_TR_NOOP, tr, tr_message
from ..qgis_io.atomic import AtomicFile
from ..qgis_io.fields import extend_fields, number_or_null
from ..qgis_io.ids import id_field_parameter
from ..qgis_io.provenance import is_synthetic, layer_metadata, record_in_geopackage, run_record
from ..qgis_io.scenario_store import resolve_scenario
from ..qgis_io.sinks import AtomicSink, clear_empty_geometries, commit_all
from ..qgis_io.styling import style_on_load
from .base import geometry_counts
from .proximity import ProximityAlgorithm, criterion_layer_parameters

COMPARE_FIELDS = (
    ("rank_a", "int"),
    ("rank_b", "int"),
    ("rank_change", "int"),
    ("score_a", "double"),
    ("score_b", "double"),
    ("class_a", "string"),
    ("class_b", "string"),
    ("in_top_k_a", "bool"),
    ("in_top_k_b", "bool"),
)

HELP = QT_TR_NOOP(
    """Ranks the same parcels under two scenarios (named weighting profiles: weights, \
decays, distances, gate and optional AHP matrix; see docs/scenarios.md) and reports how the \
ranking changes. Distances to the criterion layers are computed once and scored twice.

SCENARIO_A / SCENARIO_B: the path of a scenario JSON file (exported from the dock), the \
JSON text itself, or the name of a scenario saved in the current project.

Output: every parcel with rank_a, rank_b, rank_change (= rank_a - rank_b: positive means \
more urgent under B), score_a, score_b, class_a, class_b, in_top_k_a and in_top_k_b; \
styled on rank_change with a diverging ramp.

Results: KENDALL_TAU is Kendall's tau-b between the two priority orders (parcels passing \
the gate by score, then gated parcels), with equal scores kept as ties; 1 = same order, \
-1 = reversed. TOP_K_OVERLAP counts the parcels in the top TOP_K of both (TOP_K_SHARE = \
overlap / TOP_K); MOVERS lists the MOVERS parcels whose rank changes most (JSON). Parcels \
without a geometry have no rank and are not compared. REPORT (HTML) and CSV (optional) \
give the same figures and the movers."""
)


class CompareScenariosAlgorithm(ProximityAlgorithm):
    """Two scorings of one distance matrix, compared."""

    ALGORITHM_ID = "compare_scenarios"
    DISPLAY_NAME = QT_TR_NOOP("Compare scenarios")
    HELP = HELP

    SCENARIO_A = "SCENARIO_A"
    SCENARIO_B = "SCENARIO_B"
    ID_FIELD = "ID_FIELD"
    TOP_K = "TOP_K"
    N_MOVERS = "N_MOVERS"
    REPORT = "REPORT"
    CSV = "CSV"
    KENDALL_TAU = "KENDALL_TAU"
    TOP_K_OVERLAP = "TOP_K_OVERLAP"
    TOP_K_SHARE = "TOP_K_SHARE"
    PARCELS_COMPARED = "PARCELS_COMPARED"
    MOVERS = "MOVERS"

    def initAlgorithm(self, config=None) -> None:
        self._add_parcels_parameter()
        for param in criterion_layer_parameters():
            self.addParameter(param)
        for key, label in (
            (self.SCENARIO_A, tr("Scenario A (JSON file, JSON text or saved scenario name)")),
            (self.SCENARIO_B, tr("Scenario B (JSON file, JSON text or saved scenario name)")),
        ):
            self.addParameter(QgsProcessingParameterString(key, label))
        self.addParameter(id_field_parameter(self.PARCELS))  # the same ids as prioritise
        for key, label, default in (
            (self.TOP_K, tr("Top K (overlap of the K most urgent parcels)"), 20),
            (self.N_MOVERS, tr("Number of movers to list"), 10),
        ):
            self.addParameter(
                QgsProcessingParameterNumber(
                    key,
                    label,
                    QgsProcessingParameterNumber.Type.Integer,
                    default,
                    minValue=1,
                    maxValue=10**9,
                )
            )
        self._add_parcels_sink(tr("Rank change between scenarios"))
        for key, label, file_filter in (
            (self.REPORT, tr("Comparison report (HTML)"), tr("HTML files (*.html)")),
            (self.CSV, tr("Comparison summary and movers (CSV)"), tr("CSV files (*.csv)")),
        ):
            self.addParameter(
                QgsProcessingParameterFileDestination(
                    key, label, file_filter, optional=True, createByDefault=False
                )
            )
        for key, label in (
            (self.KENDALL_TAU, tr("Kendall tau-b between the rankings")),
            (self.TOP_K_OVERLAP, tr("Parcels in the top K of both")),
            (self.TOP_K_SHARE, tr("Share of the top K in both")),
            (self.PARCELS_COMPARED, tr("Parcels compared")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))
        self.addOutput(QgsProcessingOutputString(self.MOVERS, tr("Parcels moving most (JSON)")))
        self.add_count_outputs()

    # -- inputs ---------------------------------------------------------------------------

    def prepareAlgorithm(self, parameters, context, feedback) -> bool:
        """Also resolve the scenarios here, on the main thread: a saved scenario's name is
        read from the project, which a background task must not touch."""
        super().prepareAlgorithm(parameters, context, feedback)
        self._resolved = {}
        for key in (self.SCENARIO_A, self.SCENARIO_B):
            try:
                self._resolved[key] = self._read_scenario(parameters, context, key)
            except QgsProcessingException as exc:  # raised by processAlgorithm: its message
                self._resolved[key] = exc  # reaches the user there, not from here
        return True

    def _scenario(self, parameters, context, key):
        resolved = getattr(self, "_resolved", {}).get(key)
        if isinstance(resolved, QgsProcessingException):
            raise resolved
        return resolved if resolved is not None else self._read_scenario(parameters, context, key)

    def _read_scenario(self, parameters, context, key):
        value = self.parameterAsString(parameters, key, context)
        try:
            return resolve_scenario(value, context.project())
        except ScenarioError as exc:
            raise QgsProcessingException(f"{key}: {tr_message(exc)}") from exc

    @staticmethod
    def _settings(key, scenario, names) -> list:
        """The scenario's criteria for the layers given (error naming ``key``)."""
        try:
            return scenario.criteria_for(names)[0]
        except ScenarioError as exc:
            raise QgsProcessingException(f"{key}: {tr_message(exc)}") from exc

    def _scored(self, key, scenario, criteria, distances, parameters, context, parcels, read):
        """PriorityResult and gate mask of one scenario on the shared distances."""
        gated = self._gate_of(
            scenario.gate_expression,
            f"{key} ({scenario.name}) gate_expression",
            parameters,
            context,
            parcels,
            read,
        )
        return score_parcels(distances, criteria, gated, ids=read.fids), gated

    # -- processing -----------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):
        parcels, parcels_name = self._parcels(parameters, context)
        scenarios, layers, criteria = self._inputs(parameters, context)
        steps = QgsProcessingMultiStepFeedback(len(layers) * 2 + 3, feedback)
        chosen = [(_criterion_stub(n), source) for n, source in layers]
        computed = self._distances(parcels, parcels_name, chosen, context, feedback, steps)
        if computed is None:
            return {}
        crs, read, distances, inputs = computed
        steps.setCurrentStep(len(layers) * 2 + 1)
        results, comparison = self._rank_both(
            parameters, context, scenarios, criteria, (distances, parcels, read)
        )
        movers = _movers(comparison, *results, self.parcel_ids.labels)
        self._report_figures(feedback, *scenarios, comparison, movers)
        synthetic = is_synthetic(parcels)
        record = run_record(
            self.ALGORITHM_ID,
            {
                "scenario_a": _scenario_record(scenarios[0], criteria[0], results[0]),
                "scenario_b": _scenario_record(scenarios[1], criteria[1], results[1]),
                "metric_crs": crs.authid(),
                "inputs": inputs,
                "top_k": comparison.top_k,
                "kendall_tau_b": comparison.tau_b,
                "top_k_overlap": comparison.overlap,
            },
        )
        self._metadata = layer_metadata(
            tr("Rank change between scenarios"),
            tr("Clearance Planner rank change of '{0}' from scenario '{1}' to '{2}'.").format(
                parcels_name, scenarios[0].name, scenarios[1].name
            ),
            record,
            synthetic,
        )
        steps.setCurrentStep(len(layers) * 2 + 2)
        described = ((scenarios[0].name, scenarios[1].name, parcels_name), movers, synthetic)
        dests = self._write_all(
            parameters, context, steps, parcels, read, (*results, comparison), described
        )
        if dests is None:
            return {}
        if read.n_null:
            clear_empty_geometries(dests[0])
        record_in_geopackage(dests[0], record, self._metadata, "rank_change")
        self._dest_id = dests[0]
        self._outputs = self._results(
            parameters, context, dests[0], comparison, movers, read.report
        )
        return dict(self._outputs)

    def _inputs(self, parameters, context):
        """Both scenarios, the criterion layers given and each scenario's criteria for them."""
        scenarios = (
            self._scenario(parameters, context, self.SCENARIO_A),
            self._scenario(parameters, context, self.SCENARIO_B),
        )
        layers = self._criterion_layers(parameters, context)
        if not layers:
            raise QgsProcessingException(
                tr(
                    "Give at least one criterion layer: SETTLEMENTS, CEMETERIES, "
                    "INFRASTRUCTURE or INCIDENTS."
                )
            )
        names = [n for n, _ in layers]
        criteria = tuple(
            self._settings(key, scenario, names)
            for key, scenario in zip((self.SCENARIO_A, self.SCENARIO_B), scenarios)
        )
        return scenarios, layers, criteria

    def _rank_both(self, parameters, context, scenarios, criteria, shared):
        """Both scenarios scored on the one distance matrix, and their comparison."""
        distances, parcels, read = shared
        scored = [
            self._scored(key, scenario, crit, distances, parameters, context, parcels, read)
            for key, scenario, crit in zip((self.SCENARIO_A, self.SCENARIO_B), scenarios, criteria)
        ]
        (result_a, gated_a), (result_b, gated_b) = scored
        comparison = compare_rankings(
            result_a.ranking.rank,
            result_b.ranking.rank,
            priority_key(result_a.score, gated_a),
            priority_key(result_b.score, gated_b),
            self.parameterAsInt(parameters, self.TOP_K, context),
            self.parameterAsInt(parameters, self.N_MOVERS, context),
        )
        return (result_a, result_b), comparison

    def _results(self, parameters, context, dest_id, comparison, movers, report) -> dict:
        outputs = {
            **geometry_counts(report),
            self.OUTPUT: dest_id,
            self.KENDALL_TAU: comparison.tau_b,
            self.TOP_K_OVERLAP: comparison.overlap,
            self.TOP_K_SHARE: comparison.share,
            self.PARCELS_COMPARED: comparison.n_compared,
            self.MOVERS: json.dumps(movers, ensure_ascii=False),
        }
        for key in (self.REPORT, self.CSV):
            path = self.parameterAsFileOutput(parameters, key, context)
            if path:
                outputs[key] = path
        return outputs

    def _report_figures(self, feedback, scenario_a, scenario_b, comparison, movers) -> None:
        feedback.pushInfo(
            tr(
                "'{0}' -> '{1}': Kendall tau-b {2:.4f} over {3} parcels; top {4} overlap "
                "{5} ({6:.0%})."
            ).format(
                scenario_a.name,
                scenario_b.name,
                comparison.tau_b,
                comparison.n_compared,
                comparison.top_k,
                comparison.overlap,
                comparison.share if comparison.top_k else 0.0,
            )
        )
        for row in movers:
            feedback.pushInfo(
                tr("  {0}: rank {1} -> {2} ({3:+d})").format(
                    row["parcel"], row["rank_a"], row["rank_b"], row["rank_change"]
                )
            )

    def _write_all(self, parameters, context, feedback, parcels, read, results, described):
        """OUTPUT, REPORT and CSV replaced together, or none of them."""
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        table = self.parameterAsFileOutput(parameters, self.CSV, context)
        result_a, result_b, _ = results
        with ExitStack() as stack:
            writers = [
                self._write_layer(stack, parameters, context, feedback, parcels, read, results)
            ]
            if feedback.isCanceled():
                return None
            if report or table:
                from ..reports import scenario_compare  # matplotlib only when asked

                summary = _summary(*described[0], results[2], *described[1:])

                if report:
                    html = stack.enter_context(AtomicFile(report))
                    scenario_compare.write_html(
                        str(html.path), summary, result_a.ranking.rank, result_b.ranking.rank
                    )
                    writers.append(html)
                if table:
                    csv_file = stack.enter_context(AtomicFile(table))
                    scenario_compare.write_csv(str(csv_file.path), summary)
                    writers.append(csv_file)
            return commit_all(writers, feedback.isCanceled)

    def _write_layer(self, stack, parameters, context, feedback, parcels, read, results):
        result_a, result_b, comparison = results
        fields, kept = extend_fields(parcels.fields(), list(COMPARE_FIELDS))
        wkb_type = QgsWkbTypes.multiType(parcels.wkbType())
        out = stack.enter_context(
            AtomicSink(
                self, parameters, self.OUTPUT, context, fields, wkb_type, parcels.sourceCrs()
            )
        )
        rank_a, rank_b = result_a.ranking.rank, result_b.ranking.rank
        for i, feature in enumerate(read.features):
            if i % 5000 == 0 and feedback.isCanceled():
                break
            known = rank_a[i] > 0 and rank_b[i] > 0
            attrs = [feature.attributes()[k] for k in kept]
            attrs += [
                int(rank_a[i]) if rank_a[i] > 0 else NULL,
                int(rank_b[i]) if rank_b[i] > 0 else NULL,
                int(comparison.rank_change[i]) if known else NULL,
                number_or_null(result_a.score[i]),
                number_or_null(result_b.score[i]),
                result_a.ranking.classes[i],
                result_b.ranking.classes[i],
                bool(comparison.in_top_a[i]),
                bool(comparison.in_top_b[i]),
            ]
            new = QgsFeature(fields, feature.id())
            geom = read.output_geometry(feature)
            if geom is not None:
                new.setGeometry(geom)
            new.setAttributes(attrs)
            out.add(new)
        return out

    def postProcessAlgorithm(self, context, feedback):
        if not self._dest_id:
            return {}
        style_on_load(context, self._dest_id, "rank_change", self._metadata)
        return dict(self._outputs)


def _criterion_stub(name: str):
    """A criterion carrying only its name: distances need no settings."""
    from ..engine.prioritise import Criterion

    return Criterion(name, 1.0, "linear", 0.0)


def _movers(comparison, result_a, result_b, labels) -> list[dict]:
    rows = []
    for i in comparison.movers:
        i = int(i)
        rows.append(
            {
                "parcel": labels[i],
                "rank_a": int(result_a.ranking.rank[i]),
                "rank_b": int(result_b.ranking.rank[i]),
                "rank_change": int(comparison.rank_change[i]),
                "score_a": round(float(result_a.score[i]), 4),
                "score_b": round(float(result_b.score[i]), 4),
                "class_a": result_a.ranking.classes[i],
                "class_b": result_b.ranking.classes[i],
            }
        )
    return rows


def _summary(name_a, name_b, parcels_name, comparison, movers, synthetic):
    from ..reports.scenario_compare import CompareSummary

    return CompareSummary(
        name_a,
        name_b,
        parcels_name,
        comparison.n_compared,
        comparison.tau_b,
        comparison.top_k,
        comparison.overlap,
        comparison.share,
        movers,
        synthetic,
    )


def _scenario_record(scenario, criteria, result) -> dict:
    return {
        "name": scenario.name,
        "criteria": [
            {"name": c.name, "weight": float(w), "decay": c.decay, "distance_m": c.distance}
            for c, w in zip(criteria, result.weights)
        ],
        "gate_expression": scenario.gate_expression,
        "ahp": None if scenario.ahp is None else scenario.ahp.text(),
    }
