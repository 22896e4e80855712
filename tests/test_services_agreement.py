"""Agreement through the services and the command line, checked against published examples.

Every project here is built with the services (annotations via `create_annotation`), then the
`agreement` command or `compute_agreement` runs on it -- so alignment, loading and the statistics
are checked together, not just the formulas.
"""

from __future__ import annotations

import hashlib
import json

import pytest

from annotator.core.records.agreement import interpret, pair_name
from annotator.core.vocabulary import VariableKind
from annotator.db.models import Code, Document, Variable
from annotator.db.project import Project
from annotator.services.coding.annotations import create_annotation
from annotator.services.intercoder.agreement import compute_agreement

SENTENCE = 20  # every unit is one 20-character sentence of the test document

_ = None
# Krippendorff (2011) "Computing Krippendorff's Alpha-Reliability", section D (issue #7).
KRIPPENDORFF_2011 = {
    "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    "C": [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
}


def add_variable(
    project: Project, name: str, codes: list[str], kind: VariableKind = VariableKind.CATEGORY
) -> None:
    with project.writing() as session:
        variable = Variable(name=name, label=name, kind=kind, position=100)
        session.add(variable)
        session.flush()
        for position, label in enumerate(codes):
            session.add(Code(variable_id=variable.id, label=label, position=position))


def add_document(project: Project, units: int, length: int | None = None) -> int:
    text = "".join(f"Sentence {index:04d} here. "[:SENTENCE] for index in range(units))
    text = text if length is None else text.ljust(length, ".")[:length]
    with project.writing() as session:
        document = Document(
            title="Test article", text=text, sha256=hashlib.sha256(text.encode()).hexdigest()
        )
        session.add(document)
        session.flush()
        return document.id


def code_units(project: Project, document: int, variable: str, data: dict[str, list]) -> None:
    """Coder X codes unit i (one sentence) with data[X][i]; None = no annotation there."""
    for coder, values in data.items():
        for index, value in enumerate(values):
            if value is not None:
                create_annotation(
                    project,
                    document=document,
                    coder=coder,
                    start=index * SENTENCE,
                    end=(index + 1) * SENTENCE - 1,
                    values={variable: [str(value)]},
                )


@pytest.fixture
def reference_project(project: Project) -> Project:
    add_variable(project, "scale", ["1", "2", "3", "4", "5"], VariableKind.SCALE)
    document = add_document(project, 12)
    code_units(project, document, "scale", KRIPPENDORFF_2011)
    return project


@pytest.mark.parametrize(
    ("options", "level", "expected"),
    [((), "ordinal", 0.815), (("--level", "nominal"), "nominal", 0.743),
     (("--level", "interval"), "interval", 0.849)],
)  # fmt: skip
def test_krippendorff_2011_reference_through_the_agreement_command(
    reference_project: Project, run_cli, options: tuple[str, ...], level: str, expected: float
) -> None:
    result = run_cli("agreement", reference_project.path, "--json", *options)
    assert result.exit_code == 0, result.err
    report = json.loads(result.out)
    assert report["coders"] == ["A", "B", "C", "D"]
    assert report["overlap"] == 0.5
    assert report["units"] == 12
    scale = report["variables"]["scale"]
    assert scale["level"] == level
    assert round(scale["krippendorff_alpha"], 3) == expected
    # Unit 12 holds one value only, so 11 units and 40 pairable values count (Krippendorff).
    assert scale["units"] == 11
    assert scale["pairable_values"] == 40
    assert scale["percent_agreement"] == pytest.approx(0.8)
    assert set(scale["cohen_kappa"]) == {"A|B", "A|C", "A|D", "B|C", "B|D", "C|D"}
    assert set(report["variables"]) == {"actor", "claim", "sector", "framing", "scale"}
    assert report["variables"]["claim"]["krippendorff_alpha"] is None  # nothing coded


def test_reference_result_object_keeps_every_level(reference_project: Project) -> None:
    result = compute_agreement(reference_project, variables=["scale"])
    scale = result.variables["scale"]
    assert {level: round(alpha, 3) for level, alpha in scale.alphas.items()} == {
        "nominal": 0.743,
        "ordinal": 0.815,
        "interval": 0.849,
    }
    assert scale.interpretation == "reliable"
    assert [unit.text for unit in result.units][:2] == [
        "Sentence 0000 here.",
        "Sentence 0001 here.",
    ]
    # Unit 1: C did not mark it; unit 2: C says 3 where the others say 2.
    assert result.units[0].status == "incomplete" and result.units[0].missing == ("C",)
    assert result.units[1].status == "disagree" and result.units[1].disagreeing == ("scale",)
    assert result.units[2].status == "agree"
    # Disagreements: values differ (2, 6, 8) or not every coder marked the unit (1, 10, 11, 12).
    assert [unit.number for unit in result.disagreements] == [1, 2, 6, 8, 10, 11, 12]


def test_missing_as_category_counts_uncoded_units(reference_project: Project) -> None:
    result = compute_agreement(reference_project, variables=["scale"], missing_as_category=True)
    scale = result.variables["scale"]
    assert scale.units == 12 and scale.pairable_values == 48
    assert scale.level == "nominal"  # "not coded" has no place on the scale
    assert scale.krippendorff_alpha < 0.743


def _binary_project(project: Project, data: dict[str, list], codes: list[str]) -> Project:
    add_variable(project, "answer", codes)
    document = add_document(project, len(next(iter(data.values()))))
    code_units(project, document, "answer", data)
    return project


# Wikipedia "Cohen's kappa": 50 proposals; both yes 20, A yes/B no 5, A no/B yes 10, both no 15.
COHEN = {
    "a": ["yes"] * 25 + ["no"] * 25,
    "b": ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15,
}


def test_cohen_kappa_wikipedia_example_through_services(project: Project) -> None:
    result = compute_agreement(_binary_project(project, COHEN, ["yes", "no"]), variables=["answer"])
    answer = result.variables["answer"]
    assert answer.cohen_kappa == {"a|b": pytest.approx(0.4)}
    assert answer.percent_agreement == pytest.approx(0.7)
    # Brennan-Prediger with q = 2 codes: (0.7 - 0.5) / 0.5; AC1: p_e = 2 * 0.55 * 0.45 = 0.495.
    assert answer.brennan_prediger == pytest.approx(0.4)
    assert answer.gwet_ac1 == pytest.approx(0.205 / 0.505)
    assert answer.units == 50


def test_krippendorff_2011_binary_example_through_services(project: Project) -> None:
    data = {"A": [0, 1, 0, 0, 0, 0, 0, 0, 1, 0], "B": [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]}
    result = compute_agreement(_binary_project(project, data, ["0", "1"]), variables=["answer"])
    assert round(result.variables["answer"].krippendorff_alpha, 3) == 0.095


# Wikipedia "Fleiss' kappa": 10 subjects, 14 raters, 5 categories; counts per category.
FLEISS_COUNTS = [
    [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
]  # fmt: skip


def test_fleiss_kappa_wikipedia_example_through_services(project: Project) -> None:
    columns = [
        [category for category, n in enumerate(row, start=1) for _ in range(n)]
        for row in FLEISS_COUNTS
    ]
    data = {f"rater{r:02d}": [column[r] for column in columns] for r in range(14)}
    result = compute_agreement(
        _binary_project(project, data, ["1", "2", "3", "4", "5"]), variables=["answer"]
    )
    answer = result.variables["answer"]
    assert round(answer.fleiss_kappa, 3) == 0.210  # P = 0.378, P_e = 0.213
    assert len(answer.cohen_kappa) == 14 * 13 // 2


def test_unitizing_krippendorff_2004_example_through_services(project: Project) -> None:
    # Krippendorff (2004: 254): continuum 150..450 shifted to 0..300, categories c and k.
    add_variable(project, "topic", ["c", "k"])
    document = add_document(project, 0, length=300)
    raw = [(225, 70, "i", "c"), (370, 30, "i", "c"), (220, 80, "j", "c"), (355, 20, "j", "c"),
           (400, 20, "j", "c"), (180, 60, "i", "k"), (300, 50, "i", "k"), (180, 60, "j", "k"),
           (300, 50, "j", "k")]  # fmt: skip
    for begin, length, coder, category in raw:
        start = begin - 150
        create_annotation(
            project, document=document, coder=coder, start=start, end=start + length,
            values={"topic": [category]},
        )  # fmt: skip
    unitizing = compute_agreement(project, variables=["topic"]).unitizing
    assert unitizing.per_code["topic"]["c"] == pytest.approx(0.7286, abs=0.00005)
    assert unitizing.per_code["topic"]["k"] == 1.0
    assert unitizing.per_variable["topic"] == pytest.approx(0.8591, abs=0.0005)
    assert 0 < unitizing.character_percent_agreement < 1


def test_multi_valued_variable_reports_sets_masi_and_per_code(project: Project) -> None:
    document = add_document(project, 3)
    frames = [(["Conflict"], ["Conflict"]), (["Conflict", "Morality"], ["Conflict"]),
              (["Morality"], ["Morality"])]  # fmt: skip
    for index, (first, second) in enumerate(frames):
        for coder, codes in (("alice", first), ("bob", second)):
            create_annotation(
                project, document=document, coder=coder, start=index * SENTENCE,
                end=index * SENTENCE + 10, values={"framing": codes},
            )  # fmt: skip
    framing = compute_agreement(project, variables=["framing"]).variables["framing"]
    assert framing.multiple and framing.level == "nominal"
    assert framing.percent_agreement == pytest.approx(2 / 3)  # whole code sets compared
    # MASI: d({C, M}, {C}) = 1 - 1/2 * 2/3 = 2/3.  Hand-computed in the core tests' way.
    assert framing.masi_alpha is not None and framing.masi_alpha > framing.krippendorff_alpha
    assert framing.per_code["Morality"].percent_agreement == pytest.approx(2 / 3)
    assert framing.per_code["Conflict"].percent_agreement == pytest.approx(1.0)
    report = framing.to_json()
    assert set(report["per_code"]) == {"Conflict", "Morality"}


def test_pairs_are_named_alphabetically_and_consensus_is_left_out(project: Project) -> None:
    document = add_document(project, 2)
    for coder in ("zoe", "Adam", "consensus"):
        create_annotation(
            project, document=document, coder=coder, start=0, end=10, values={"claim": ["Proposal"]}
        )
    result = compute_agreement(project)
    assert result.coders == ("zoe", "Adam")
    assert list(result.variables["claim"].cohen_kappa) == ["Adam|zoe"]
    assert pair_name("zoe", "Adam") == "Adam|zoe"
    assert compute_agreement(project, coders=["consensus", "zoe"]).coders == ("consensus", "zoe")


def test_interpretation_thresholds() -> None:
    assert [interpret(x) for x in (None, 0.5, 0.667, 0.79, 0.8)] == [
        "undefined", "unreliable", "tentative", "tentative", "reliable"]  # fmt: skip


def test_bad_selections_are_refused_with_exit_status_2(reference_project: Project, run_cli) -> None:
    path = reference_project.path
    assert run_cli("agreement", path, "--coders", "A,nobody").exit_code == 2
    assert "no coder 'nobody'" in run_cli("agreement", path, "--coders", "A,nobody").err
    assert run_cli("agreement", path, "--coders", "A").exit_code == 2
    assert run_cli("agreement", path, "--variables", "colour").exit_code == 2
    assert run_cli("agreement", path, "--overlap", "0").exit_code == 2
