"""The machine-vs-humans comparison when the humans disagree: their consensus leaves units out,
and a machine that codes like the best human is as reliable as the humans.

Three humans code 60 documents: hanna gives the base code; ivan differs on every unit u with
u % 6 == 1 (10 units); jana differs on those units too (with yet another code) and on every
u % 4 == 0 (15 units).  So the 10 units u % 6 == 1 have no majority, and the consensus is the base
code on the other 50.  Machine "copycat" codes exactly like hanna.  Every figure is checked
against the `krippendorff` package.
"""

from __future__ import annotations

from pathlib import Path

import krippendorff
import numpy as np
import pytest

from annotator.db.project import open_project
from annotator.io.imports.documents import ParsedDocument
from annotator.services.coding.annotations import create_annotation
from annotator.services.imports.articles import import_documents
from annotator.services.intercoder.intervals import IntervalOptions
from annotator.services.intercoder.machine_comparison import compare_machines_with_humans
from annotator.services.machine.storage import MachineSpan, RunSettings, begin_run, store_document
from annotator.services.projects import default_codebook, new_project

UNITS = 60
CLAIMS = [code.label for code in {v.name: v for v in default_codebook().variables}["claim"].codes]


def base(unit: int) -> str:
    return CLAIMS[unit % 3]


def codes(unit: int) -> dict[str, str]:
    ivan = CLAIMS[4] if unit % 6 == 1 else base(unit)
    jana = CLAIMS[5] if unit % 6 == 1 or unit % 4 == 0 else base(unit)
    return {"hanna": base(unit), "ivan": ivan, "jana": jana}


def direct(rows: list[list[str | None]]) -> float:
    labels = sorted({value for row in rows for value in row if value is not None})
    data = np.array(
        [[np.nan if value is None else labels.index(value) for value in row] for row in rows]
    )
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("disagreeing") / "study.annot"
    with new_project(path) as project:
        import_documents(project, [
            (Path(f"{unit}.txt"), ParsedDocument(text=f"Article {unit:02d} says something.",
                                                 title=str(unit), source_file=f"{unit}.txt"))
            for unit in range(UNITS)
        ])  # fmt: skip
        for unit in range(UNITS):
            for human, claim in codes(unit).items():
                create_annotation(project, document=unit + 1, coder=human, start=0, end=10,
                                  values={"claim": [claim]})  # fmt: skip
        run = begin_run(project, RunSettings("copycat", "m", "localhost", "1", "0" * 64, "1",
                                             ("claim",), 0.0, None))  # fmt: skip
        for unit in range(UNITS):
            span = MachineSpan(0, 10, {"claim": [base(unit)]})
            store_document(project, run, document_id=unit + 1, document_sha256=f"{unit:064d}",
                           response="{}", spans=[span])  # fmt: skip
    return path


def test_consensus_leaves_out_units_without_a_majority_and_matches_krippendorff(
    study: Path,
) -> None:
    with open_project(study, read_only=True) as project:
        comparison = compare_machines_with_humans(
            project, IntervalOptions(samples=1000, seed=2), variables=["claim"]
        )
    assert comparison.humans == ("hanna", "ivan", "jana")
    assert comparison.machines == ("copycat",)
    claim = comparison.variables["claim"]
    rows = {name: [codes(unit)[name] for unit in range(UNITS)] for name in comparison.humans}
    machine = [base(unit) for unit in range(UNITS)]
    humans_alpha = direct(list(rows.values()))
    assert claim.humans.alpha == pytest.approx(humans_alpha)
    assert 0.5 < humans_alpha < 0.9
    figures = claim.machines["copycat"]
    consensus = [None if unit % 6 == 1 else base(unit) for unit in range(UNITS)]
    assert figures.units_without_majority == 10
    assert figures.vs_consensus.units == 50
    assert figures.vs_consensus.alpha == pytest.approx(direct([machine, consensus])) == 1.0
    for name, row in rows.items():
        assert figures.vs_each_human[name].alpha == pytest.approx(direct([machine, row]))
    assert figures.vs_each_human["hanna"].alpha == 1.0
    pooled = direct([machine * 3, [value for row in rows.values() for value in row]])
    assert figures.vs_humans.alpha == pytest.approx(pooled)
    assert figures.vs_humans.units == UNITS and figures.vs_humans.pairs == 3 * UNITS
    assert pooled > humans_alpha  # it agrees with people more than people agree with each other
    assert figures.verdict == "as reliable" and figures.as_reliable is True


def test_the_comparison_and_the_provenance_on_a_server_project(server_project) -> None:
    """The same service calls on PostgreSQL (skipped where the machine has no PostgreSQL)."""
    from annotator.services.intercoder.machine_runs import machine_provenance

    units = 12
    import_documents(server_project, [
        (Path(f"{unit}.txt"), ParsedDocument(text=f"Article {unit:02d} says something.",
                                             title=str(unit), source_file=f"{unit}.txt"))
        for unit in range(units)
    ])  # fmt: skip
    for unit in range(units):
        for human, claim in codes(unit).items():
            create_annotation(server_project, document=unit + 1, coder=human, start=0, end=10,
                              values={"claim": [claim]})  # fmt: skip
    run = begin_run(server_project, RunSettings("copycat", "m", "localhost", "1", "0" * 64, "1",
                                                ("claim",), 0.5, 9))  # fmt: skip
    for unit in range(units):
        span = MachineSpan(0, 10, {"claim": [base(unit)]})
        store_document(server_project, run, document_id=unit + 1, response="{}",
                       document_sha256=f"{unit:064d}", spans=[span])  # fmt: skip
    comparison = compare_machines_with_humans(
        server_project, IntervalOptions(samples=200, seed=1), variables=["claim"]
    )
    figures = comparison.variables["claim"].machines["copycat"]
    assert figures.vs_each_human["hanna"].alpha == 1.0
    assert figures.units_without_majority == 2  # units 1 and 7
    (provenance,) = machine_provenance(server_project, comparison.machines, range(1, units + 1))
    assert (provenance.model, provenance.temperature, provenance.seed) == ("m", 0.5, 9)
    assert machine_provenance(server_project, comparison.humans) == []


def test_provenance_sentence_says_defaults_and_a_range_of_dates() -> None:
    from datetime import date

    from annotator.services.intercoder.machine_runs import MachineProvenance, provenance_sentence

    item = MachineProvenance("llama", "llama3.1:8b", "localhost:11434", "2", "f" * 64, "1.1",
                             None, None, date(2026, 3, 1), date(2026, 3, 4))  # fmt: skip
    assert provenance_sentence(item) == (
        "llama was a machine coder: the language model llama3.1:8b at localhost:11434, prompt "
        f"template version 2 (SHA-256 {'f' * 64}), codebook version 1.1, the endpoint's default "
        "temperature, no seed, run between 2026-03-01 and 2026-03-04."
    )
