"""Land release chains (IMAS 07.11): each hazard becomes non-technical survey (NTS) of its
whole area, technical survey (TS) of what NTS is expected not to cancel, and clearance of what
TS is expected not to reduce. Each step waits for its predecessor and has its own team type.

Shares: NTS cancels ``cancel`` of its area, TS reduces ``reduce`` of its area; the last step of
a chain releases everything that reaches it (clearance clears it; for a parcel whose method is a
survey, that survey releases it). CHA skip NTS (already confirmed). Each step row carries the
release product of its own step, so a hazard's three release areas sum to its area.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .text import QT_TR_NOOP

NTS, TS, CLEARANCE = "nts", "ts", "clearance"
STEP_METHOD = {NTS: "non_technical_survey", TS: "technical_survey"}
METHOD_STEP = {"non_technical_survey": NTS, "technical_survey": TS}
HAZARD_TYPES = ("sha", "cha")
CHAIN_ORDER = ("non_technical_survey", "technical_survey", "manual", "mechanical", "mdd")

# Planning assumptions from Bosnia and Herzegovina 2017 (Landmine Monitor 2018): of 5.23 km²
# released, 2.45 were cancelled, 2.48 reduced and 0.30 cleared. NTS cancels 2.45 / 5.23 of a
# SHA; TS reduces 2.48 / (5.23 - 2.45) of what NTS leaves. CHA skip NTS.
BIH_2017_KM2 = {"released": 5.23, "cancelled": 2.45, "reduced": 2.48, "cleared": 0.30}
BIH_CANCEL = round(BIH_2017_KM2["cancelled"] / BIH_2017_KM2["released"], 2)  # 0.47
BIH_REDUCE = round(
    BIH_2017_KM2["reduced"] / (BIH_2017_KM2["released"] - BIH_2017_KM2["cancelled"]), 2
)  # 0.89
DEFAULT_CANCEL_SHARE = f"sha:{BIH_CANCEL:g},cha:0"
DEFAULT_REDUCE_SHARE = f"sha:{BIH_REDUCE:g},cha:{BIH_REDUCE:g}"
SOURCE = QT_TR_NOOP(
    "planning assumption from Bosnia and Herzegovina 2017 (Landmine Monitor 2018: of 5.23 km² "
    "released 2.45 cancelled, 2.48 reduced, 0.30 cleared)"
)


@dataclass(frozen=True)
class Shares:
    """Expected shares per hazard type: NTS cancels ``cancel``, TS reduces ``reduce``."""

    cancel: dict[str, float]
    reduce: dict[str, float]

    @classmethod
    def combined(cls, share: float) -> Shares:
        """One combined share released before clearance (``EXPECTED_REDUCTION``): split between
        NTS and TS of a SHA in the Bosnian 2017 proportion (2.45 : 2.48); a CHA is all TS."""
        c = (
            share
            * BIH_2017_KM2["cancelled"]
            / (BIH_2017_KM2["cancelled"] + BIH_2017_KM2["reduced"])
        )
        r = (share - c) / (1.0 - c) if c < 1 else 0.0
        return cls({"sha": c, "cha": 0.0}, {"sha": r, "cha": share})

    def record(self) -> dict:
        return {"cancel_share": self.cancel, "reduce_share": self.reduce, "source": SOURCE}


@dataclass
class Chain:
    """Step rows built from task rows: ``source`` is the task row of each step."""

    source: np.ndarray  # int: row of the original task
    step: list[str]
    method: np.ndarray  # object: team type of the step
    predecessor: np.ndarray  # int: step row waited for, -1 none
    area: np.ndarray  # m² the step works on
    cancelled: np.ndarray  # m² released by this step, by product
    reduced: np.ndarray
    cleared: np.ndarray


def shares_of(
    hazard_type, cancel_override, reduce_override, shares: Shares
) -> tuple[np.ndarray, np.ndarray]:
    """Cancel and reduce share of every task: the per-parcel override when given (not NaN),
    else the share of its hazard type (missing types: 0). CHA always cancel 0 (no NTS)."""
    kinds = np.asarray(hazard_type, dtype=object)
    cancel = np.array([shares.cancel.get(k, 0.0) for k in kinds], dtype=float)
    reduce = np.array([shares.reduce.get(k, 0.0) for k in kinds], dtype=float)
    cancel = np.where(np.isnan(cancel_override), cancel, cancel_override)
    reduce = np.where(np.isnan(reduce_override), reduce, reduce_override)
    cancel[kinds == "cha"] = 0.0
    return cancel, reduce


def chain(area, method, hazard_type, cancel, reduce) -> Chain:
    """The steps of every task, in task order and chain order within a task.

    NTS (SHA only) works on the whole area, TS on ``area x (1 - cancel)``, clearance on what TS
    leaves; a survey method ends the chain at its step; steps with no area left are omitted.
    """
    rows: dict[str, list] = {k: [] for k in Chain.__dataclass_fields__}
    for i, (a, m, kind) in enumerate(zip(area, method, hazard_type)):
        last = METHOD_STEP.get(m, CLEARANCE)
        steps = ([NTS] if kind != "cha" else []) + ([TS] if last != NTS else [])
        steps += [CLEARANCE] if last == CLEARANCE else []
        if not steps:  # a CHA whose method is NTS: the survey still happens once
            steps = [NTS]
        left, previous = float(a), -1
        for k, step in enumerate(steps):
            share = {NTS: cancel[i], TS: reduce[i]}.get(step, 1.0)
            final = k == len(steps) - 1 or left * (1.0 - share) <= 0.0
            released = left if final else left * share
            here = len(rows["source"])
            rows["source"].append(i)
            rows["step"].append(step)
            rows["method"].append(STEP_METHOD.get(step, m))
            rows["predecessor"].append(previous)
            rows["area"].append(left)
            rows["cancelled"].append(released if step == NTS else 0.0)
            rows["reduced"].append(released if step == TS else 0.0)
            rows["cleared"].append(released if step == CLEARANCE else 0.0)
            left, previous = left - released, here
            if final:
                break
    return Chain(
        np.asarray(rows["source"], dtype=np.int64),
        rows["step"],
        np.asarray(rows["method"], dtype=object),
        np.asarray(rows["predecessor"], dtype=np.int64),
        *(np.asarray(rows[k], dtype=float) for k in ("area", "cancelled", "reduced", "cleared")),
    )


def single_steps(area, method) -> Chain:
    """Without land release: one step per task, releasing its whole area by its method."""
    area = np.asarray(area, dtype=float)
    method = np.asarray(method, dtype=object)
    step = [METHOD_STEP.get(m, CLEARANCE) for m in method]
    zero = np.zeros(len(area))
    by = {
        s: np.where(np.asarray(step, dtype=object) == s, area, zero) for s in (NTS, TS, CLEARANCE)
    }
    return Chain(
        np.arange(len(area)),
        step,
        method,
        np.full(len(area), -1, dtype=np.int64),
        area,
        by[NTS],
        by[TS],
        by[CLEARANCE],
    )
