"""Discourse networks by DNA's rules, checked by hand on 4 actors x 3 concepts.

The statements (document, date, actor, concept, agreement 1/0):

    1 d1 2022-01-03 A X 1      A: X+, Y+
    2 d1 2022-01-03 A Y 1      B: X+, Y-
    3 d2 2022-01-10 B X 1      C: X-, Z+
    4 d2 2022-01-10 B Y 0      D: Z+ three times (twice in d4, once in d5 a week later)
    5 d3 2022-02-07 C X 0
    6 d3 2022-02-07 C Z 1
    7 d4 2022-02-14 D Z 1
    8 d5 2022-02-21 D Z 1
    9 d4 2022-02-14 D Z 1

Every expected matrix below is worked out in the comment next to it from DNA's definitions
(Exporter.java: computeTwoModeMatrix, computeOneModeMatrix, filterStatements).
"""

from __future__ import annotations

from datetime import date

import pytest

from annotator.core.findings.networks import (
    NetworkOptionError,
    NetworkOptions,
    Qualifier,
    Statement,
    filter_statements,
    network,
    tidy,
    time_windows,
)

AGREEMENT = Qualifier("boolean", (0, 1))
ROWS = ["A", "B", "C", "D"]
STATEMENTS = [
    Statement(1, date(2022, 1, 3), "A", "X", 1),
    Statement(1, date(2022, 1, 3), "A", "Y", 1),
    Statement(2, date(2022, 1, 10), "B", "X", 1),
    Statement(2, date(2022, 1, 10), "B", "Y", 0),
    Statement(3, date(2022, 2, 7), "C", "X", 0),
    Statement(3, date(2022, 2, 7), "C", "Z", 1),
    Statement(4, date(2022, 2, 14), "D", "Z", 1),
    Statement(5, date(2022, 2, 21), "D", "Z", 1),
    Statement(4, date(2022, 2, 14), "D", "Z", 1),
]


def compute(network_type: str, aggregation: str = "ignore", normalization: str = "no",
            duplicates: str = "include", statements=STATEMENTS):  # fmt: skip
    options = NetworkOptions(network_type, aggregation, normalization, duplicates)  # type: ignore[arg-type]
    options.check(AGREEMENT)
    kept = filter_statements(statements, options)
    return network(kept, options, AGREEMENT)


def rounded(matrix):
    return [[round(value, 4) for value in row] for row in tidy(matrix)]


TWO_MODE = {
    # counts per cell; subtract: agreement +1, disagreement -1; combine: lexRank of the levels
    # used (0 only -> 2, 1 only -> 1, both -> 3)
    ("ignore", "no"): [[1, 1, 0], [1, 1, 0], [1, 0, 1], [0, 0, 3]],
    ("subtract", "no"): [[1, 1, 0], [1, -1, 0], [-1, 0, 1], [0, 0, 3]],
    ("combine", "no"): [[1, 1, 0], [1, 2, 0], [2, 0, 1], [0, 0, 1]],
    # activity: each row over its row sum (2, 2, 2, 3)
    ("ignore", "activity"): [[0.5, 0.5, 0], [0.5, 0.5, 0], [0.5, 0, 0.5], [0, 0, 1]],
    # prominence: each column over its column sum (3, 2, 4)
    ("ignore", "prominence"): [[0.3333, 0.5, 0], [0.3333, 0.5, 0], [0.3333, 0, 0.25], [0, 0, 0.75]],
    # subtract + activity: over all the actor's statements (2, 2, 2, 3)
    ("subtract", "activity"): [[0.5, 0.5, 0], [0.5, -0.5, 0], [-0.5, 0, 0.5], [0, 0, 1]],
    # combine + activity: over the number of concepts the actor uses (2, 2, 2, 1)
    ("combine", "activity"): [[0.5, 0.5, 0], [0.5, 1, 0], [1, 0, 0.5], [0, 0, 1]],
}


@pytest.mark.parametrize(("aggregation", "normalization"), list(TWO_MODE))
def test_two_mode(aggregation: str, normalization: str) -> None:
    result = compute("twomode", aggregation, normalization)
    assert result.rows == ROWS and result.columns == ["X", "Y", "Z"]
    assert rounded(result.matrix) == TWO_MODE[(aggregation, normalization)]
    assert result.statements == 9


def pairs(ab=0, ac=0, ad=0, bc=0, bd=0, cd=0):
    return [[0, ab, ac, ad], [ab, 0, bc, bd], [ac, bc, 0, cd], [ad, bd, cd, 0]]


ONE_MODE = {
    # ignore: sum over concepts of the product of the two actors' counts
    ("ignore", "no"): pairs(ab=2, ac=1, bc=1, cd=3),
    # congruence: same qualifier level on a shared concept (A,B on X; C,D on Z three times)
    ("congruence", "no"): pairs(ab=1, cd=3),
    # conflict: opposite levels (A,B on Y; A,C and B,C on X)
    ("conflict", "no"): pairs(ab=1, ac=1, bc=1),
    ("subtract", "no"): pairs(ab=0, ac=-1, bc=-1, cd=3),
    # average: over (n_i + n_j) / 2 with n = 2, 2, 2, 3
    ("ignore", "average"): pairs(ab=1, ac=0.5, bc=0.5, cd=1.2),
    # jaccard: over m10 + m01 + m11 counted on (concept, level) cells: A,B share (X,1) ->
    # 1 + 1 + 1 = 3; A,C and B,C share none -> 4; C,D share (Z,1) 1 x 3 -> 1 + 0 + 3 = 4
    ("ignore", "jaccard"): pairs(ab=0.6667, ac=0.25, bc=0.25, cd=0.75),
    # cosine as DNA computes it: over n_i * n_j
    ("ignore", "cosine"): pairs(ab=0.5, ac=0.25, bc=0.25, cd=0.5),
    ("congruence", "average"): pairs(ab=0.5, cd=1.2),
    ("conflict", "jaccard"): pairs(ab=0.3333, ac=0.25, bc=0.25),
}


@pytest.mark.parametrize(("aggregation", "normalization"), list(ONE_MODE))
def test_one_mode(aggregation: str, normalization: str) -> None:
    result = compute("onemode", aggregation, normalization)
    assert result.rows == result.columns == ROWS
    assert rounded(result.matrix) == ONE_MODE[(aggregation, normalization)]


def test_a_text_qualifier_counts_conflict_where_only_one_actor_uses_a_level() -> None:
    # DNA's short-text qualifier: conflict adds, per concept and level, the count of the actor
    # that alone uses it -- also for concepts the other actor never mentions
    text = Qualifier("text", ("no", "yes"))
    statements = [
        Statement(1, None, s.first, s.second, "yes" if s.qualifier else "no") for s in STATEMENTS
    ]
    options = NetworkOptions("onemode", "conflict")
    result = network(filter_statements(statements, options), options, text)
    # A,B: A alone on (Y,yes), B alone on (Y,no) -> 2; A,C: 4 cells alone -> 4; A,D: 2 + 3
    assert rounded(result.matrix) == pairs(ab=2, ac=4, ad=5, bc=4, bd=5, cd=1)
    options = NetworkOptions("onemode", "congruence")
    result = network(filter_statements(statements, options), options, text)
    assert rounded(result.matrix) == pairs(ab=1, cd=3)


def test_an_integer_qualifier_weighs_by_distance() -> None:
    # a scale -2..2: proximity 1 - |q1 - q2| / 4
    scale = Qualifier("integer", (-2, -1, 0, 1, 2))
    statements = [
        Statement(1, None, "A", "X", 2), Statement(2, None, "B", "X", 1),
        Statement(3, None, "C", "X", -2),
    ]  # fmt: skip
    options = NetworkOptions("onemode", "congruence")
    assert rounded(network(statements, options, scale).matrix) == [
        [0, 0.75, 0],
        [0.75, 0, 0.25],
        [0, 0.25, 0],
    ]
    options = NetworkOptions("twomode", "subtract")
    assert tidy(network(statements, options, scale).matrix) == [[2], [1], [-2]]


@pytest.mark.parametrize(
    ("duplicates", "d_on_z"),
    [("include", 3), ("document", 2), ("week", 2), ("month", 1), ("year", 1), ("acrossrange", 1)],
)
def test_duplicates(duplicates: str, d_on_z: int) -> None:
    result = compute("twomode", duplicates=duplicates)
    assert result.matrix[3] == [0, 0, d_on_z]
    assert result.matrix[:3] == [[1, 1, 0], [1, 1, 0], [1, 0, 1]]


def test_duplicates_compare_the_qualifier_only_when_it_counts() -> None:
    both_ways = [*STATEMENTS, Statement(2, date(2022, 1, 10), "B", "Y", 1)]
    ignored = compute("twomode", duplicates="document", statements=both_ways)
    assert ignored.matrix[1] == [1, 1, 0]  # B on Y once: the qualifier is ignored
    combined = compute("twomode", "combine", duplicates="document", statements=both_ways)
    assert combined.matrix[1] == [1, 3, 0]  # B said yes and no on Y


def test_a_month_is_a_calendar_month_of_its_year() -> None:
    later = [*STATEMENTS, Statement(9, date(2023, 2, 14), "D", "Z", 1)]
    assert compute("twomode", duplicates="month", statements=later).matrix[3] == [0, 0, 2]


def test_time_windows_move_by_the_step() -> None:
    options = NetworkOptions("twomode")
    kept = filter_statements(STATEMENTS, options)
    windows = time_windows(kept, options, None, window=15, step=7)
    # mid-points every 7 days from 3 Jan; a window (mid +- 7 days) must lie within 3 Jan..21 Feb
    assert [w.date.isoformat() for w in windows] == [
        "2022-01-10", "2022-01-17", "2022-01-24", "2022-01-31", "2022-02-07", "2022-02-14"
    ]  # fmt: skip
    first = windows[0]
    assert (first.start, first.stop) == (date(2022, 1, 3), date(2022, 1, 17))
    assert first.rows == ["A", "B"] and first.statements == 4
    assert windows[2].rows == [] and windows[2].statements == 0
    assert windows[-1].rows == ["C", "D"] and tidy(windows[-1].matrix) == [[1, 1], [0, 3]]


@pytest.mark.parametrize(
    ("network_type", "aggregation", "normalization", "words"),
    [
        ("twomode", "congruence", "no", "not defined for a twomode network"),
        ("onemode", "combine", "no", "not defined for a onemode network"),
        ("onemode", "ignore", "activity", "--normalization activity"),
        ("twomode", "ignore", "jaccard", "--normalization jaccard"),
    ],
)
def test_options_dna_does_not_define_are_refused(network_type, aggregation, normalization, words):
    with pytest.raises(NetworkOptionError, match=words):
        NetworkOptions(network_type, aggregation, normalization).check(AGREEMENT)
    with pytest.raises(NetworkOptionError, match="needs a --qualifier"):
        NetworkOptions("onemode", "congruence").check(None)
