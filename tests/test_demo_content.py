"""Content checks for the shipped default codebook and the demo corpus (pure Python)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
CODEBOOK = RESOURCES / "codebooks" / "default.json"
DEMO = RESOURCES / "demo"
SPUTNIK = "sputnik-russia-turkmenistan.txt"
CODE_KEYS = {
    "label",
    "definition",
    "include",
    "exclude",
    "example",
    "colour",
    "shortcut",
    "children",
}
VARIABLE_KEYS = {"name", "label", "kind", "multiple", "open", "description", "codes"}
COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


def load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def walk(codes: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for code in codes:
        yield code
        yield from walk(code["children"])


@pytest.fixture(scope="module")
def codebook() -> dict[str, Any]:
    return load(CODEBOOK)


@pytest.fixture(scope="module")
def variables(codebook: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {v["name"]: v for v in codebook["variables"]}


@pytest.fixture(scope="module")
def articles() -> list[dict[str, Any]]:
    return load(DEMO / "articles.json")


@pytest.fixture(scope="module")
def demo() -> dict[str, Any]:
    return load(DEMO / "annotations.json")


def labels(variable: dict[str, Any]) -> set[str]:
    return {code["label"] for code in walk(variable["codes"])}


def luminance(colour: str) -> float:
    """WCAG relative luminance of a #RRGGBB colour."""

    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


# --- codebook -------------------------------------------------------------------------------


def test_codebook_top_level_shape(codebook: dict[str, Any]) -> None:
    assert set(codebook) == {"name", "version", "description", "variables"}
    assert codebook["name"] and codebook["version"] and len(codebook["description"]) > 100


def test_codebook_variables_and_flags(variables: dict[str, dict[str, Any]]) -> None:
    assert list(variables) == ["actor", "claim", "sector", "framing"]
    expected = {
        "actor": (False, True),
        "claim": (False, False),
        "sector": (False, False),
        "framing": (True, False),
    }
    for name, (multiple, is_open) in expected.items():
        var = variables[name]
        assert set(var) == VARIABLE_KEYS
        assert var["kind"] == "category"
        assert var["multiple"] is multiple, name
        assert var["open"] is is_open, name


def test_codebook_required_codes(variables: dict[str, dict[str, Any]]) -> None:
    assert {
        "Government",
        "Head of state or government",
        "Ministers and ministries",
        "Political parties and politicians",
        "Business and industry",
        "Civil society",
        "Experts and scientists",
        "Media and journalists",
        "International organisations",
    } <= labels(variables["actor"])
    assert [c["label"] for c in variables["framing"]["codes"]] == [
        "Conflict",
        "Human interest",
        "Economic consequences",
        "Morality",
        "Responsibility",
        "Other",
    ]
    assert len(variables["claim"]["codes"]) == 6
    assert len(variables["sector"]["codes"]) == 11
    assert variables["sector"]["codes"][-1]["label"] == "Other"


def test_every_code_is_fully_described(variables: dict[str, dict[str, Any]]) -> None:
    for var in variables.values():
        for code in walk(var["codes"]):
            assert set(code) == CODE_KEYS, code["label"]
            for key in ("label", "definition", "include", "exclude", "example"):
                assert isinstance(code[key], str) and code[key].strip(), (code["label"], key)
            assert code["definition"] != code["include"] != code["exclude"]


def test_labels_unique_per_variable(variables: dict[str, dict[str, Any]]) -> None:
    for var in variables.values():
        folded = [code["label"].casefold() for code in walk(var["codes"])]
        assert len(folded) == len(set(folded)), var["name"]


def test_shortcuts_unique_and_valid(variables: dict[str, dict[str, Any]]) -> None:
    keys = [
        code["shortcut"]
        for var in variables.values()
        for code in walk(var["codes"])
        if code["shortcut"] is not None
    ]
    assert len(keys) == len(set(keys))
    assert all(re.fullmatch(r"[a-z0-9]", k) for k in keys), keys
    for name in ("claim", "sector", "framing"):
        for code in variables[name]["codes"]:
            if code["label"] != "Other":
                assert code["shortcut"], (name, code["label"])
    assert all(code["shortcut"] for code in variables["actor"]["codes"])
    assert (
        next(c for c in variables["sector"]["codes"] if c["label"] == "Energy")["shortcut"] == "e"
    )


def test_colours_valid_distinct_and_light(variables: dict[str, dict[str, Any]]) -> None:
    for var in variables.values():
        colours = [code["colour"] for code in walk(var["codes"])]
        assert all(COLOUR.fullmatch(c) for c in colours), colours
        assert len({c.upper() for c in colours}) == len(colours), var["name"]
        # Highlight backgrounds must keep black text readable (contrast ratio >= 7).
        for c in colours:
            assert (luminance(c) + 0.05) / 0.05 >= 7, c


# --- articles -------------------------------------------------------------------------------


def test_articles_manifest(articles: list[dict[str, Any]]) -> None:
    keys = {"file", "title", "outlet", "published", "author", "url", "language", "raw_file"}
    assert len(articles) >= 7
    assert articles[0]["file"] == SPUTNIK
    assert len({a["file"] for a in articles}) == len(articles)
    assert len({a["outlet"] for a in articles}) >= 5
    for a in articles:
        assert set(a) == keys, a["file"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", a["published"])
        assert a["url"] is None or a["url"].startswith("https://")
        for name in (a["file"], a["raw_file"]):
            if name is None:
                continue
            data = (DEMO / name).read_bytes()
            text = data.decode("utf-8")  # raises if not UTF-8
            assert "\r" not in text and not text.startswith("\ufeff"), name
        text = (DEMO / a["file"]).read_text(encoding="utf-8")
        assert text.endswith("\n") and not text.endswith("\n\n"), a["file"]


def test_invented_articles_have_news_length(articles: list[dict[str, Any]]) -> None:
    for a in articles[1:]:
        words = len((DEMO / a["file"]).read_text(encoding="utf-8").split())
        assert 250 <= words <= 600, (a["file"], words)


def test_sputnik_article(articles: list[dict[str, Any]]) -> None:
    meta = articles[0]
    assert meta["title"] == (
        "Russian, Turkmen Presidents Sign Declaration on Strengthening Strategic Partnership"
    )
    assert meta["outlet"] == "Sputnik International"
    assert meta["published"] == "2022-06-10"
    raw = DEMO / meta["raw_file"]
    text = (DEMO / SPUTNIK).read_text(encoding="utf-8")
    assert text.startswith("MOSCOW (Sputnik) - Russian President Vladimir Putin")
    assert text.endswith("diplomatic relations between Moscow and Ashgabat.\n")
    for junk in ("Subscribe", "Newsfeed", "mediabank"):
        assert junk not in text
        assert junk in raw.read_text(encoding="utf-8")
    # the cleaned body is a contiguous run of the raw page's lines
    assert text in raw.read_text(encoding="utf-8")


def test_corpus_languages_and_astral_characters(articles: list[dict[str, Any]]) -> None:
    texts = {a["file"]: (DEMO / a["file"]).read_text(encoding="utf-8") for a in articles}
    russian = [a["file"] for a in articles if a["language"] == "ru"]
    assert russian
    assert all(re.search("[а-яА-ЯёЁ]{20}", texts[f].replace(" ", "")) for f in russian)
    assert any(any(ord(ch) > 0xFFFF for ch in t) for t in texts.values())


# --- annotations ----------------------------------------------------------------------------


def test_annotations_quotes_and_values(
    articles: list[dict[str, Any]], demo: dict[str, Any], variables: dict[str, dict[str, Any]]
) -> None:
    texts = {a["file"]: (DEMO / a["file"]).read_text(encoding="utf-8") for a in articles}
    coders = {c["name"] for c in demo["coders"]}
    assert coders == {"alice", "bob"}
    assert all(COLOUR.fullmatch(c["colour"]) for c in demo["coders"])
    actors = {a["label"] for a in demo["actors"]}
    assert 25 <= len(demo["annotations"]) <= 40
    for ann in demo["annotations"]:
        assert ann["coder"] in coders
        text = texts[ann["article"]]
        assert ann["quote"] and ann["occurrence"] >= 1
        assert text.count(ann["quote"]) >= ann["occurrence"], ann["quote"]
        assert set(ann["values"]) <= set(variables)
        for name, values in ann["values"].items():
            var = variables[name]
            assert values and (var["multiple"] or len(values) == 1), (name, values)
            allowed = labels(var) | (actors if name == "actor" else set())
            assert set(values) <= allowed, (name, values)
        assert isinstance(ann["memo"], str)
    assert any(ann["memo"] for ann in demo["annotations"])
    assert {ann["article"] for ann in demo["annotations"]} == set(texts)


def test_actor_parents_exist(demo: dict[str, Any], variables: dict[str, dict[str, Any]]) -> None:
    types = labels(variables["actor"])
    for actor in demo["actors"]:
        assert actor["parent"] in types, actor
        assert actor["label"].casefold() not in {t.casefold() for t in types}


def test_two_coders_agree_disagree_and_overlap(demo: dict[str, Any]) -> None:
    texts = {
        f: (DEMO / f).read_text(encoding="utf-8")
        for f in {a["article"] for a in demo["annotations"]}
    }

    def span(ann: dict[str, Any]) -> tuple[str, int, int]:
        text, start = texts[ann["article"]], -1
        for _ in range(ann["occurrence"]):
            start = text.index(ann["quote"], start + 1)
        return ann["article"], start, start + len(ann["quote"])

    alice = [(span(a), a["values"]) for a in demo["annotations"] if a["coder"] == "alice"]
    bob = [(span(a), a["values"]) for a in demo["annotations"] if a["coder"] == "bob"]
    same = [(va, vb) for sa, va in alice for sb, vb in bob if sa == sb]
    agree = [1 for va, vb in same if va == vb]
    assert len(agree) >= len(same) / 2 and len(same) - len(agree) >= 2
    overlapping = [
        1
        for sa, _ in alice
        for sb, _ in bob
        if sa[0] == sb[0] and sa != sb and sa[1] < sb[2] and sb[1] < sa[2]
    ]
    assert len(overlapping) >= 2
    alice_spans, bob_spans = {s for s, _ in alice}, {s for s, _ in bob}
    assert alice_spans - bob_spans and bob_spans - alice_spans


def test_status_rows(articles: list[dict[str, Any]], demo: dict[str, Any]) -> None:
    rows = {(s["coder"], s["article"]): s["status"] for s in demo["status"]}
    assert len(rows) == len(demo["status"])
    files = {a["file"] for a in articles}
    assert set(rows) == {(c["name"], f) for c in demo["coders"] for f in files}
    assert set(rows.values()) <= {"done", "in_progress", "not_started"}
    assert "in_progress" in rows.values()
    assert list(rows.values()).count("done") > len(rows) / 2
