"""A machine coder's answer checked against the text and the codebook, and the prompt it gets."""

from __future__ import annotations

import json

import pytest

from annotator.core.machine.answers import anchor, check_answer, occurrences
from annotator.core.machine.prompt import build_prompt, codebook_text
from annotator.core.records.codebook import CodeRecord, VariableRecord
from annotator.core.vocabulary import VariableKind


def code(id: int, label: str, parent: int | None = None, retired: bool = False, **text: str):
    fields = {"definition": "", "include": "", "exclude": "", "example": ""} | text
    return CodeRecord(id, f"u{id}", label, parent, 0 if parent is None else 1, **fields,
                      colour=None, shortcut=None, retired=retired)  # fmt: skip


SECTOR = VariableRecord(1, "v1", "sector", "Sector", VariableKind.CATEGORY, False, False, "",
                        (code(1, "Energy", definition="Oil, gas, power.", include="prices",
                              exclude="climate policy", example="gas deal"),
                         code(2, "Health"), code(3, "Old", retired=True)))  # fmt: skip
FRAMING = VariableRecord(2, "v2", "framing", "Framing", VariableKind.CATEGORY, True, False, "",
                         (code(4, "Conflict"), code(5, "Morality")))  # fmt: skip
NOTE = VariableRecord(3, "v3", "note", "Note", VariableKind.TEXT, False, False, "", ())
VARIABLES = [SECTOR, FRAMING, NOTE]
TEXT = "Gas prices rose.\nGas prices fell in\n  March, and gas prices rose again."


def answer(*spans: dict) -> str:
    return json.dumps({"annotations": list(spans)})


def test_offsets_are_kept_when_right_and_moved_to_the_nearest_occurrence_when_wrong() -> None:
    assert anchor(TEXT, "Gas prices", 17, 27) == (17, 27, False)
    assert anchor(TEXT, "Gas prices", 20, 30) == (17, 27, True)
    assert anchor(TEXT, "Gas prices", 2, 12) == (0, 10, True)
    assert anchor(TEXT, "gas prices", 60, 70) == (TEXT.index("gas prices"),
                                                  TEXT.index("gas prices") + 10, True)  # fmt: skip


def test_a_quote_with_its_white_space_written_differently_is_found() -> None:
    start = TEXT.index("fell")
    assert occurrences(TEXT, "fell in March") == [(start, TEXT.index("March") + 5)]
    assert occurrences(TEXT, "fell on March") == []


def test_each_kind_of_bad_span_is_rejected_and_counted() -> None:
    content = answer(
        {"quote": "Gas prices rose.", "start": 0, "end": 16, "codes": {"sector": ["energy"]}},
        {"quote": "prices fell", "start": 0, "end": 0,
         "codes": {"framing": ["Conflict", "Morality"], "note": ["a remark"]}},
        {"quote": "Oil prices", "start": 0, "end": 10, "codes": {"sector": ["Energy"]}},
        {"quote": "March", "start": 38, "end": 43, "codes": {"sector": ["Old"]}},
        {"quote": "March", "start": 38, "end": 43, "codes": {"sector": ["Energy", "Health"]}},
        {"quote": "March", "start": 38, "end": 43, "codes": {"tone": ["x"]}},
        {"quote": "March", "start": 38, "end": 43, "codes": {"sector": []}},
        {"quote": "", "start": 0, "end": 1, "codes": {"sector": ["Energy"]}},
        {"quote": "Gas prices rose.", "start": 0, "end": 16, "codes": {"sector": ["Health"]}},
        "not a span",
    )  # fmt: skip
    checked = check_answer(content, TEXT, VARIABLES)
    assert [(s.start, s.end, s.values, s.reanchored) for s in checked.spans] == [
        (0, 16, {"sector": ["Energy"]}, False),
        (21, 32, {"framing": ["Conflict", "Morality"], "note": ["a remark"]}, True),
    ]
    assert dict(checked.rejected) == {
        "invented_quote": 1, "unknown_code": 1, "too_many_codes": 1, "unknown_variable": 1,
        "no_codes": 1, "malformed_span": 2, "duplicate_span": 1,
    }  # fmt: skip


@pytest.mark.parametrize("content", ["{not json", "[]", '{"spans": []}', '{"annotations": {}}', ""])
def test_an_answer_that_is_not_the_asked_json_is_rejected_whole(content: str) -> None:
    checked = check_answer(content, TEXT, VARIABLES)
    assert checked.malformed and checked.spans == []


def test_a_fenced_answer_is_read() -> None:
    content = "```json\n" + answer({"quote": "March", "start": 0, "end": 0,
                                    "codes": {"sector": ["Health"]}}) + "\n```"  # fmt: skip
    assert [span.values for span in check_answer(content, TEXT, VARIABLES).spans] == [
        {"sector": ["Health"]}
    ]


def test_the_prompt_holds_the_codebook_and_its_hash_follows_the_settings() -> None:
    text = codebook_text(VARIABLES)
    for expected in ("Definition: Oil, gas, power.", "Use when: prices",
                     "Do not use when: climate policy", "Example: gas deal",
                     "one code per span", "several codes per span", "free text"):  # fmt: skip
        assert expected in text
    assert "'Old'" not in text  # retired codes are not offered
    prompt = build_prompt(VARIABLES, temperature=0, seed=1)
    enum = prompt.response_format["json_schema"]["schema"]["properties"]["annotations"]
    sector = enum["items"]["properties"]["codes"]["properties"]["sector"]
    assert sector == {"type": "array", "items": {"type": "string", "enum": ["Energy", "Health"]}}
    assert prompt.hash == build_prompt(VARIABLES, temperature=0, seed=1).hash
    assert prompt.hash != build_prompt(VARIABLES, temperature=0, seed=2).hash
    assert prompt.hash != build_prompt(VARIABLES[:2], temperature=0, seed=1).hash
    assert prompt.messages(TEXT)[1] == {"role": "user", "content": TEXT}
