"""From aligned units to reliability matrices: cells, missing values, per-code matrices."""

from __future__ import annotations

import pytest

from annotator.core.agreement import (
    NOT_CODED,
    CodedSpan,
    Unit,
    binary_matrices_per_code,
    krippendorff_alpha,
    unit_matrix,
)


def coded(key: str, coder: str, **values: set[str]) -> CodedSpan:
    return CodedSpan(key, "doc", coder, 0, 10, {k: frozenset(v) for k, v in values.items()})


UNITS = [
    Unit(
        "doc",
        0,
        10,
        {"A": coded("a1", "A", actor={"Putin"}), "B": coded("b1", "B", actor={"Putin"})},
    ),
    Unit("doc", 20, 30, {"A": coded("a2", "A", actor={"EU", "NATO"}), "B": coded("b2", "B")}),
    Unit("doc", 40, 50, {"B": coded("b3", "B", actor={"NATO"})}),
]


def test_unit_matrix_cells_are_label_sorted_tuple_or_none() -> None:
    assert unit_matrix(UNITS, ["A", "B"], "actor") == [
        ["Putin", ("EU", "NATO"), None],
        ["Putin", None, "NATO"],
    ]


def test_missing_as_category_turns_gaps_into_not_coded() -> None:
    matrix = unit_matrix(UNITS, ["A", "B"], "actor", missing_as_category=True)
    assert matrix == [
        ["Putin", ("EU", "NATO"), NOT_CODED],
        ["Putin", NOT_CODED, "NATO"],
    ]
    # Missing: only unit 1 is pairable -> no variation -> undefined.  As a category all three
    # units are pairable (n = 6; Putin 2, (EU, NATO) 1, NOT_CODED 2, NATO 1) and units 2 and 3
    # disagree: D_o = 4/6, D_e = 1 - (2 + 2) / 30 = 26/30, alpha = 1 - 20/26 = 0.2308.
    assert krippendorff_alpha(unit_matrix(UNITS, ["A", "B"], "actor"), "nominal") is None
    assert krippendorff_alpha(matrix, "nominal") == pytest.approx(1 - 20 / 26)


def test_binary_matrices_per_code() -> None:
    assert binary_matrices_per_code(UNITS, ["A", "B"], "actor") == {
        "EU": [[0, 1, None], [0, None, 0]],
        "NATO": [[0, 1, None], [0, None, 1]],
        "Putin": [[1, 0, None], [1, None, 0]],
    }
    with_zeros = binary_matrices_per_code(UNITS, ["A", "B"], "actor", missing_as_category=True)
    assert with_zeros["NATO"] == [[0, 1, 0], [0, 0, 1]]


def test_unknown_variable_gives_all_missing() -> None:
    assert unit_matrix(UNITS, ["A"], "framing") == [[None, None, None]]
    assert binary_matrices_per_code(UNITS, ["A"], "framing") == {}


def test_coded_span_rejects_reversed_offsets() -> None:
    with pytest.raises(ValueError):
        CodedSpan("k", "doc", "A", 5, 4)
