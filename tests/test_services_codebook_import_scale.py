"""A codebook import at 10,000 codes: planning and applying take a fixed number of queries and
flushes (not a few per code), and the "reordered" list is found without a quadratic search."""

from __future__ import annotations

import random
import uuid

from sqlalchemy import event

from annotator.core.codebook_draft import DraftCode
from annotator.core.reordering import out_of_order
from annotator.db.project import Project
from annotator.services.codebooks.reading import list_codebook
from annotator.services.codebooks.sync import import_draft, plan_import, project_draft
from annotator.services.codebooks.undo import apply_undo


def with_named_actors(project: Project, count: int) -> None:
    draft = project_draft(project)
    for number in range(count):
        draft.codes.append(
            DraftCode(variable="actor", label=f"Named actor {number}", parent="Government",
                      uuid=str(uuid.UUID(int=number + 1)))
        )  # fmt: skip
    import_draft(project, draft)


def statements(project: Project, work) -> int:
    count = []

    def counted(*_args: object) -> None:
        count.append(1)

    event.listen(project.engine, "before_cursor_execute", counted)
    try:
        work()
    finally:
        event.remove(project.engine, "before_cursor_execute", counted)
    return len(count)


def import_statements(project: Project, codes: int, prefix: str) -> int:
    draft = project_draft(project)
    for number in range(codes):
        draft.codes.append(
            DraftCode(variable="sector", label=f"{prefix} {number}", uuid=str(uuid.uuid4()))
        )
    return statements(project, lambda: (plan_import(project, draft), import_draft(project, draft)))


def test_import_queries_do_not_grow_with_the_codes(project: Project, tmp_path) -> None:
    few = import_statements(project, 10, "Subfield")
    many = import_statements(project, 300, "Subsector")
    assert many <= few + 10, (few, many)
    sectors = next(v for v in list_codebook(project) if v.name == "sector")
    assert {f"Subsector {n}" for n in range(300)} <= {code.label for code in sectors.codes}


def test_a_large_import_is_undone_exactly(project: Project) -> None:
    before = list_codebook(project)
    draft = project_draft(project)
    for number in range(500):
        draft.codes.append(
            DraftCode(variable="actor", label=f"Person {number}", parent="Government")
        )
    draft.codes.reverse()  # every sibling group comes in the opposite order
    result = import_draft(project, draft)
    after = {v.name: [(c.label, c.depth) for c in v.codes] for v in list_codebook(project)}
    business = after["actor"][[label for label, _ in after["actor"]].index("Government") + 1 :]
    assert business[:3] == [("Person 499", 1), ("Person 498", 1), ("Person 497", 1)]
    apply_undo(project, result.undo)
    assert list_codebook(project) == before


def test_reordered_codes_of_a_long_list_are_the_fewest_that_moved(project: Project) -> None:
    with_named_actors(project, 2000)
    draft = project_draft(project)
    moved = [c for c in draft.codes if c.label in ("Named actor 5", "Named actor 1500")]
    for code in moved:
        draft.codes.remove(code)
    draft.codes.extend(moved)  # both to the end of their siblings
    reordered = {c.code for c in plan_import(project, draft).changes if c.action == "reordered"}
    assert reordered == {"Named actor 5", "Named actor 1500"}


def brute_force(keys: list[tuple[int, int]]) -> set[int]:
    """The definition: the earliest-ending longest increasing run, each item extending the
    earliest of the longest runs before it."""
    best: list[list[int]] = []
    for index, key in enumerate(keys):
        chain = max((run for run in best if keys[run[-1]] < key), key=len, default=[])
        best.append([*chain, index])
    return set(range(len(keys))) - set(max(best, key=len, default=[]))


def test_out_of_order_keeps_a_longest_increasing_run() -> None:
    rng = random.Random(4)
    for _ in range(2000):
        keys = rng.sample([(p, i) for p in range(8) for i in range(3)], rng.randint(0, 12))
        assert out_of_order(keys) == brute_force(keys)
    assert out_of_order(list(range(20_000, 0, -1))) == set(range(1, 20_000))
    assert out_of_order([*range(1, 10_000), 0]) == {9_999}
