"""``clearance:sensitivity`` — how stable is the priority ranking when the weights move?"""

from __future__ import annotations

from contextlib import ExitStack

import numpy as np
from qgis.core import (
    NULL,
    QgsFeature,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..engine.prioritise import score_parcels
from ..engine.progress import OperationCancelled
from ..engine.sensitivity import METHODS, perturb_weights, rank_sensitivity
from ..i18n import QT_TR_NOOP, tr
from ..qgis_io.atomic import AtomicFile
from ..qgis_io.fields import extend_fields, number_or_null
from ..qgis_io.ids import FALLBACK_FIELD
from ..qgis_io.provenance import layer_metadata, record_in_geopackage, run_record
from ..qgis_io.sinks import AtomicSink, commit_all
from ..qgis_io.styling import style_on_load
from .base import geometry_counts, number_parameter
from .proximity import ProximityAlgorithm

SENSITIVITY_FIELDS = (
    "priority_score",
    "priority_rank",
    "rank_mean",
    "rank_p05",
    "rank_p95",
    "p_top_k",
)
MAX_RANK_BYTES = 2_000_000_000  # int32 ranks, runs x parcels

HELP = QT_TR_NOOP(
    """Weight sensitivity of the clearance:prioritise ranking. Takes the same parcels, \
criteria, decays, distances, gate and optional WEIGHTS_AHP as clearance:prioritise, then \
re-ranks the parcels RUNS times with perturbed weights:

- Dirichlet: weights drawn from Dirichlet(CONCENTRATION x weights); mean = your weights, \
smaller CONCENTRATION = wider spread (100 gives about +-10 % on a weight of 0.4);
- Uniform: each weight multiplied by 1 + U(-SPREAD %, +SPREAD %), then renormalised.

The random generator is seeded (SEED), so a run is reproducible.

Output: every parcel with priority_score and priority_rank (your weights), rank_mean, \
rank_p05 and rank_p95 (5-95 % interval of its rank over the runs) and p_top_k (share of runs \
in which it ranks in the top TOP_K). CHART (PNG, optional) shows the rank intervals of the \
30 most urgent parcels. A parcel whose interval is narrow and p_top_k near 1 is urgent \
whatever the exact weights.

ID_FIELD (optional) names the parcels in the chart and messages, as in clearance:prioritise: \
empty = guessed, else the feature id (then written as source_fid, so the chart and the \
saved layer give the same id whatever format the output has).""",
)


class SensitivityAlgorithm(ProximityAlgorithm):
    """Monte-Carlo weight perturbation on cached criterion scores."""

    ALGORITHM_ID = "sensitivity"
    DISPLAY_NAME = QT_TR_NOOP("Weight sensitivity of priorities")
    HELP = HELP

    METHOD = "METHOD"
    SPREAD = "SPREAD"
    CONCENTRATION = "CONCENTRATION"
    RUNS = "RUNS"
    SEED = "SEED"
    TOP_K = "TOP_K"
    CHART = "CHART"
    STABLE_TOP_K = "STABLE_TOP_K"

    def initAlgorithm(self, config=None) -> None:
        self._add_parcels_parameter()
        self._add_id_parameter()
        self._add_criterion_parameters()
        self._add_gate_parameter()
        self._add_ahp_parameter()
        self._add_parcels_sink(tr("Rank sensitivity"))
        self.addParameter(
            QgsProcessingParameterEnum(
                self.METHOD,
                tr("Perturbation"),
                ["Dirichlet", "Uniform +-SPREAD %"],
                defaultValue=0,
            )
        )
        self.addParameter(number_parameter(self.SPREAD, tr("Uniform: spread (+- %)"), 20.0, 0))
        self.addParameter(
            number_parameter(self.CONCENTRATION, tr("Dirichlet: concentration"), 100.0, 0, 0.01)
        )
        for key, label, default, minimum, maximum in (
            (self.RUNS, tr("Number of runs"), 1000, 10, 100000),
            (self.SEED, tr("Random seed"), 42, 0, 2**31 - 1),
            (
                self.TOP_K,
                tr("Top K (report the probability of ranking in the top K)"),
                10,
                1,
                10**9,
            ),
        ):
            self.addParameter(
                QgsProcessingParameterNumber(
                    key,
                    label,
                    QgsProcessingParameterNumber.Type.Integer,
                    default,
                    minValue=minimum,
                    maxValue=maximum,
                )
            )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.CHART,
                tr("Rank interval chart"),
                tr("PNG files (*.png)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(
            QgsProcessingOutputNumber(
                self.STABLE_TOP_K, tr("Parcels in the top K in at least 95 % of the runs")
            )
        )
        self.add_count_outputs()

    def _perturbation(self, parameters, context, weights) -> np.ndarray:
        spread = self.parameterAsDouble(parameters, self.SPREAD, context)
        if self.parameterAsEnum(parameters, self.METHOD, context) == 1 and spread >= 100:
            raise QgsProcessingException(tr("SPREAD must be below 100 % (got {0}).").format(spread))
        return perturb_weights(
            weights,
            self.parameterAsInt(parameters, self.RUNS, context),
            METHODS[self.parameterAsEnum(parameters, self.METHOD, context)],
            spread / 100.0,
            self.parameterAsDouble(parameters, self.CONCENTRATION, context),
            self.parameterAsInt(parameters, self.SEED, context),
        )

    def processAlgorithm(self, parameters, context, feedback):
        parcels, parcels_name = self._parcels(parameters, context)
        chosen = self._apply_ahp(parameters, context, feedback, self._criteria(parameters, context))
        steps = QgsProcessingMultiStepFeedback(len(chosen) * 2 + 3, feedback)
        computed = self._distances(parcels, parcels_name, chosen, context, feedback, steps)
        if computed is None:
            return {}
        crs, read, distances, inputs = computed
        ids = self.parcel_ids
        criteria = [c for c, _ in chosen]
        gated = self._gates(parameters, context, parcels, read)
        base = score_parcels(distances, criteria, gated, ids=read.fids)
        runs = self._perturbation(parameters, context, base.weights)
        top_k = self.parameterAsInt(parameters, self.TOP_K, context)
        if len(runs) * read.n_features * 4 > MAX_RANK_BYTES:
            raise QgsProcessingException(
                tr(
                    "RUNS x parcels = {0} x {1} needs {2:.1f} GB for the rank matrix; use at "
                    "most {3} runs."
                ).format(
                    len(runs),
                    read.n_features,
                    len(runs) * read.n_features * 4 / 1e9,
                    MAX_RANK_BYTES // (4 * read.n_features),
                )
            )
        steps.setCurrentStep(len(chosen) * 2 + 1)
        feedback.pushInfo(tr("Ranking {0} parcels {1} times…").format(read.n_features, len(runs)))
        try:
            stats = rank_sensitivity(
                base.criterion_scores,
                runs,
                top_k,
                gated,
                progress=lambda f: steps.setProgress(100 * f),
                cancelled=feedback.isCanceled,
                ids=read.fids,
            )
        except OperationCancelled:
            return {}
        stable = int(np.nansum(stats.p_top_k >= 0.95))
        feedback.pushInfo(
            tr(
                "{0} of the top {1} parcels stay in the top {1} in at least 95 % of the runs."
            ).format(stable, top_k)
        )
        record = run_record(
            self.ALGORITHM_ID,
            {
                **self._common_record(criteria, base.weights, crs, inputs),
                "method": METHODS[self.parameterAsEnum(parameters, self.METHOD, context)],
                "spread_percent": self.parameterAsDouble(parameters, self.SPREAD, context),
                "concentration": self.parameterAsDouble(parameters, self.CONCENTRATION, context),
                "runs": len(runs),
                "seed": self.parameterAsInt(parameters, self.SEED, context),
                "top_k": top_k,
                "gate_expression": self.parameterAsString(
                    parameters, self.GATE_EXPRESSION, context
                ),
                "id_field": ids.field or FALLBACK_FIELD,
            },
        )
        self._metadata = layer_metadata(
            tr("Rank sensitivity"),
            tr("Clearance Planner weight sensitivity of the priorities of '{0}'.").format(
                parcels_name
            ),
            record,
        )
        steps.setCurrentStep(len(chosen) * 2 + 2)
        chart = self.parameterAsFileOutput(parameters, self.CHART, context)
        with ExitStack() as stack:  # OUTPUT and CHART are replaced together, or neither
            writers = [
                self._write_stats(
                    stack, parameters, context, steps, parcels, read, ids, (base, stats)
                )
            ]
            if chart:
                from ..reports.rank_chart import write_chart  # matplotlib only when asked

                png = stack.enter_context(AtomicFile(chart))
                write_chart(png.path, base.ranking.rank, stats, top_k, ids.labels)
                writers.append(png)
            dests = commit_all(writers, feedback.isCanceled)
        if dests is None:
            return {}
        dest_id = dests[0]
        record_in_geopackage(dest_id, record, self._metadata, "sensitivity")
        self._dest_id = dest_id
        outputs = {self.OUTPUT: dest_id, self.STABLE_TOP_K: stable}
        if chart:
            outputs[self.CHART] = chart
        outputs.update(geometry_counts(read.report))
        self._outputs = outputs
        return outputs

    def _write_stats(self, stack, parameters, context, feedback, parcels, read, ids, results):
        """Every parcel (``read.features``, in order) with its rank statistics: NULL for parcels
        without a usable polygon, repaired polygons written as repaired; ``source_fid`` first
        when the parcels have no id field."""
        base, stats = results
        added = [] if ids.field else [(FALLBACK_FIELD, "long")]
        added += [
            ("priority_score", "double"),
            ("priority_rank", "int"),
            ("rank_mean", "double"),
            ("rank_p05", "double"),
            ("rank_p95", "double"),
            ("p_top_k", "double"),
        ]
        fields, kept = extend_fields(parcels.fields(), added)
        wkb_type = QgsWkbTypes.multiType(parcels.wkbType())
        rank = base.ranking.rank
        out = stack.enter_context(
            AtomicSink(
                self, parameters, self.OUTPUT, context, fields, wkb_type, parcels.sourceCrs()
            )
        )
        for i, feature in enumerate(read.features):
            if i % 5000 == 0 and feedback.isCanceled():
                break
            attrs = [feature.attributes()[k] for k in kept]
            attrs += [] if ids.field else [feature.id()]
            attrs += [number_or_null(base.score[i]), int(rank[i]) if rank[i] > 0 else NULL]
            attrs += [
                number_or_null(v[i])
                for v in (stats.mean_rank, stats.rank_p05, stats.rank_p95, stats.p_top_k)
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
        style_on_load(context, self._dest_id, "sensitivity", self._metadata)
        return dict(self._outputs)
