"""Which clearance role a layer can play, guessed from its geometry, name, fields and values.

Pure Python (no QGIS): a layer is described by :class:`LayerFacts` (what ``qgis_io`` reads of
it) and every role gets a score with the reasons behind it. Geometry decides first: a role
whose geometry type cannot serve it (a point layer as minefield records) is never guessed
and is refused when chosen by hand (:func:`refusal`). Then the layer name (split into words:
``BHMAC_SHA_2023.shp`` → bhmac, sha, 2023, shp), the field names and the field values
(``hazard_type`` holding SHA/CHA, ``release_type`` holding cleared/reduced) add points;
:func:`assign` gives each role at most one layer and each layer at most one role, best
scores first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import reduce

from .text import QT_TR_NOOP, Text

POINT, LINE, POLYGON, NONE = "point", "line", "polygon", "none"
# geometry kinds in the reasons (the kinds themselves are codes)
GEOMETRY_NAMES = {
    POINT: QT_TR_NOOP("point"),
    LINE: QT_TR_NOOP("line"),
    POLYGON: QT_TR_NOOP("polygon"),
    NONE: QT_TR_NOOP("none"),
}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# geometry types each role can serve (what the algorithms taking it accept)
GEOMETRIES: dict[str, frozenset[str]] = {
    "settlements": frozenset((POINT, POLYGON)),
    "incidents": frozenset((POINT,)),
    "cemeteries": frozenset((POINT, POLYGON)),
    "planned_infrastructure": frozenset((LINE, POLYGON, POINT)),
    "minefield_records": frozenset((POLYGON,)),
    "hazards": frozenset((POLYGON,)),
    "cleared_land": frozenset((POLYGON,)),
    "districts": frozenset((POLYGON,)),
}

NAME_SCORE, FIELD_SCORE, VALUE_SCORE = 3.0, 1.5, 3.0
MAX_FIELD_SCORE = 4.5  # field names alone never outweigh a telling name plus values
MIN_SCORE = 2.0  # below this a role is not guessed

# words of a layer name (after splitting) that suggest a role
NAME_WORDS: dict[str, frozenset[str]] = {
    "settlements": _words(
        "settlement settlements village villages town towns city cities populated places "
        "place locality localities hamlet hamlets geonames naselja naselje"
    ),
    "incidents": _words(
        "incident incidents accident accidents victim victims casualty casualties "
        "explosion explosions"
    ),
    "cemeteries": _words("cemetery cemeteries graveyard graveyards burial grave graves"),
    "planned_infrastructure": _words(
        "infrastructure infra road roads rail railway railways power pipeline pipelines "
        "planned development projects reconstruction"
    ),
    "minefield_records": _words("record records minefield minefields mfr laying"),
    "hazards": _words(
        "hazard hazards sha cha shas chas suspected confirmed contamination contaminated "
        "hazardous dangerous"
    ),
    "cleared_land": _words(
        "cleared clearance released release releases reduced cancelled cancellation "
        "completed handover"
    ),
    "districts": _words(
        "district districts adm admin boundaries boundary municipality municipalities "
        "province provinces region regions gadm county counties canton cantons opstina "
        "opstine governorate governorates"
    ),
}

# field names (lower case) that suggest a role
FIELD_NAMES: dict[str, frozenset[str]] = {
    "settlements": _words(
        "population pop pop_total geonameid feature_code fcode place place_type "
        "settlement settlement_name village"
    ),
    "incidents": _words(
        "killed injured casualties victims incident_id incident_date incident_type "
        "accident_id accident_date accident_type date_of_accident dead wounded"
    ),
    "cemeteries": _words("cemetery_id cemetery religion burials graves"),
    "planned_infrastructure": _words(
        "infra_id infra_type funded road_class highway railway project_id budget"
    ),
    "minefield_records": _words(
        "record_id record_date reliability record_number laid_by mines_laid record_reliability"
    ),
    "hazards": _words(
        "hazard_id hazard_type hazard_localid hazard_status device_category evidence "
        "estimated_area remaining_area sha_cha hazard_class"
    ),
    "cleared_land": _words(
        "release_id release_type release_date cleared_date cleared_m2 area_cleared "
        "cleared_area handover_date"
    ),
    "districts": _words(
        "adm1_code adm2_code adm3_code adm1_name adm2_name adm3_name pcode adm1_pcode "
        "adm2_pcode iso_code area_km2 name_1 name_2 gid_1 gid_2 municipality"
    ),
}

# field values (lower case, trimmed) that suggest a role
VALUES: dict[str, frozenset[str]] = {
    "settlements": _words("ppl ppla ppla2 pplc pplx village town city hamlet"),
    "incidents": frozenset(
        ("mine", "erw", "ied", "demining", "mine accident", "erw accident", "uxo")
    ),
    "cemeteries": frozenset(),
    "planned_infrastructure": _words("road rail railway power pipeline bridge"),
    "minefield_records": frozenset(),
    "hazards": frozenset(
        (
            "sha",
            "cha",
            "suspected hazardous area",
            "confirmed hazardous area",
            "indication",
            "dangerous area",
        )
    ),
    "cleared_land": frozenset(
        ("cleared", "reduced", "cancelled", "canceled", "released", "handed over")
    ),
    "districts": frozenset(),
}
MIN_VALUE_SHARE = 0.5  # share of a field's sampled values that must be telling


@dataclass(frozen=True)
class LayerFacts:
    """What the guess needs of one layer: its name, geometry kind and sampled text values."""

    name: str
    geometry: str  # POINT, LINE, POLYGON or NONE
    fields: tuple[str, ...] = ()
    values: dict[str, tuple[str, ...]] = field(default_factory=dict)  # field -> distinct values


@dataclass
class Guess:
    """The score of one role for one layer and why."""

    role: str
    score: float = 0.0
    reasons: list[Text] = field(default_factory=list)

    def explain(self, render: Callable[[Text], str] = str) -> str:
        """The reasons, each made text by ``render`` (English ``str``, or ``tr_message``)."""
        return "; ".join(render(r) for r in self.reasons)


def name_words(name: str) -> list[str]:
    """Lower-case words of a layer or file name: separators, camelCase and digits split it."""
    base = re.sub(r"\.(shp|gpkg|geojson|json|csv|kml|gdb|tab|sqlite)\b", " ", name, flags=re.I)
    base = re.sub(r"([a-z])([A-Z])", r"\1 \2", base)
    return [w for w in re.split(r"[^a-z]+", base.lower()) if w]


def geometry_name(geometry: str) -> Text:
    """A geometry kind in words."""
    return Text(GEOMETRY_NAMES[geometry])


def refusal(role: str, geometry: str) -> Text | None:
    """Why a layer of ``geometry`` cannot serve ``role`` (None when it can)."""
    allowed = GEOMETRIES[role]
    if geometry in allowed:
        return None
    either = reduce(
        lambda a, b: Text(QT_TR_NOOP("{0} or {1}"), a, b), map(geometry_name, sorted(allowed))
    )
    needs = QT_TR_NOOP("{0} needs {1} geometry; this layer has {2}")
    return Text(needs, role, either, geometry_name(geometry))


def score_role(facts: LayerFacts, role: str) -> Guess:
    """The score of ``role`` for the layer; 0 with the refusal as reason when its geometry
    cannot serve the role."""
    guess = Guess(role)
    refused = refusal(role, facts.geometry)
    if refused is not None:
        guess.reasons.append(refused)
        return guess
    words = set(name_words(facts.name))
    hits = sorted(words & NAME_WORDS[role])
    if hits:
        guess.score += NAME_SCORE
        quoted = ", ".join(f"'{w}'" for w in hits)
        guess.reasons.append(Text(QT_TR_NOOP("name has {0}"), quoted))
    fields = sorted(f for f in facts.fields if f.strip().lower() in FIELD_NAMES[role])
    if fields:
        guess.score += min(FIELD_SCORE * len(fields), MAX_FIELD_SCORE)
        guess.reasons.append(Text(QT_TR_NOOP("fields {0}"), ", ".join(fields)))
    telling = _telling_values(facts, role)
    if telling:
        guess.score += VALUE_SCORE
        name, values = telling
        holds = QT_TR_NOOP("field {0} holds {1}")
        guess.reasons.append(Text(holds, name, ", ".join(values)))
    if guess.score:
        kind = QT_TR_NOOP("{0} geometry")
        guess.reasons.append(Text(kind, geometry_name(facts.geometry)))
    return guess


def _telling_values(facts: LayerFacts, role: str) -> tuple[str, tuple[str, ...]] | None:
    """The first field whose sampled values are mostly telling of ``role``."""
    wanted = VALUES[role]
    if not wanted:
        return None
    for name in sorted(facts.values):
        sample = [v.strip().lower() for v in facts.values[name] if v and v.strip()]
        hits = sorted({v for v in sample if v in wanted})
        if sample and len([v for v in sample if v in wanted]) >= MIN_VALUE_SHARE * len(sample):
            return name, tuple(v.upper() if len(v) <= 3 else v for v in hits)
    return None


def scores(facts: LayerFacts) -> list[Guess]:
    """Every role's guess for the layer, best first (ties in role order)."""
    guesses = [score_role(facts, role) for role in GEOMETRIES]
    return sorted(guesses, key=lambda g: -g.score)


def best_role(facts: LayerFacts) -> Guess | None:
    """The layer's best role when it scores at least MIN_SCORE."""
    best = scores(facts)[0]
    return best if best.score >= MIN_SCORE else None


def assign(layers: dict[str, LayerFacts]) -> dict[str, tuple[str, Guess]]:
    """Role -> (layer key, guess): each role and each layer at most once, best score first
    (ties: the layer given first)."""
    order = {key: i for i, key in enumerate(layers)}
    candidates = [
        (guess, key)
        for key, facts in layers.items()
        for guess in scores(facts)
        if guess.score >= MIN_SCORE
    ]
    candidates.sort(key=lambda c: (-c[0].score, order[c[1]], list(GEOMETRIES).index(c[0].role)))
    chosen: dict[str, tuple[str, Guess]] = {}
    used: set[str] = set()
    for guess, key in candidates:
        if guess.role in chosen or key in used:
            continue
        chosen[guess.role] = (key, guess)
        used.add(key)
    return chosen
