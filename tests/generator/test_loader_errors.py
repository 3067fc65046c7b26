"""load_specs reports each mistake in a spec at the file, line and column where it is written.

Each test writes a small specs folder (the real specs/shared.yaml plus one hand-written
endpoint) with one mistake in it; the expected line and column are computed from the YAML
text, never typed in by hand.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.pipeline.errors import SpecError, SpecErrors
from generator.pipeline.ir import Endpoint
from generator.pipeline.loader import load_specs
from tests.spec_set import repo_specs

REPO = Path(__file__).resolve().parents[2]
SPECS = REPO / "specs"
DEMO_FILE = "acme__demo.yaml"

# A valid endpoint; INPUT_FIELDS is replaced by extra (usually broken) input fields.
DEMO_SPEC = """\
id: acme/demo
title: Demo
category: text-to-image
status: active
input:
  fields:
  - name: prompt
    type: string
    required: true
INPUT_FIELDS
output:
  fields:
  - name: seed
    type: integer
    required: true
"""


def demo_spec(input_fields: str = "") -> str:
    """DEMO_SPEC with `input_fields` (YAML list items indented like `prompt`) added to input."""
    return DEMO_SPEC.replace("INPUT_FIELDS\n", input_fields)


def load_errors(
    tmp_path: Path, text: str, file_name: str = DEMO_FILE
) -> tuple[list[SpecError], str]:
    """Write shared.yaml plus `text` as endpoints/`file_name`, load, return (errors, text)."""
    shutil.copy(SPECS / "shared.yaml", tmp_path / "shared.yaml")
    (tmp_path / "endpoints").mkdir()
    (tmp_path / "endpoints" / file_name).write_text(text, encoding="utf-8")
    with pytest.raises(SpecErrors) as raised:
        load_specs(tmp_path)
    return raised.value.errors, text


def position(text: str, snippet: str, at: str | None = None) -> tuple[int, int]:
    """1-based (line, column) of `at` inside `snippet`, which must occur exactly once in `text`."""
    assert text.count(snippet) == 1, f"{snippet!r} must occur exactly once in the spec"
    offset = text.index(snippet) + (snippet.index(at) if at is not None else 0)
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def assert_error_at(
    error: SpecError,
    text: str,
    snippet: str,
    at: str | None,
    phrase: str,
    file_name: str = DEMO_FILE,
) -> None:
    line, column = position(text, snippet, at)
    assert error.location.path.name == file_name
    assert (error.location.line, error.location.column) == (line, column), str(error)
    assert phrase in error.message
    assert str(error) == f"{error.location.path}:{line}:{column}: {error.message}"


def assert_single_error(
    errors: list[SpecError],
    text: str,
    snippet: str,
    at: str | None,
    phrase: str,
    file_name: str = DEMO_FILE,
) -> None:
    assert len(errors) == 1, "\n".join(map(str, errors))
    assert_error_at(errors[0], text, snippet, at, phrase, file_name)


# (extra input fields, snippet holding the mistake, where in the snippet, message phrase)
FIELD_MISTAKES = [
    pytest.param(
        "  - name: steps\n    type: strng\n",
        "type: strng",
        "strng",
        "unknown type 'strng'",
        id="bad-type-name",
    ),
    pytest.param(
        "  - name: steps\n    type: integer\n    defualt: 3\n",
        "defualt: 3",
        "3",
        "unknown key 'defualt'",
        id="unknown-field-key",
    ),
    pytest.param(
        "  - name: loras\n    type: list[Lora]\n",
        "type: list[Lora]",
        "list[Lora]",
        "type 'Lora' is not defined",
        id="dangling-type-reference",
    ),
    pytest.param(
        "  - name: steps\n    type: integer\n    minimum: 1\n    default: 0\n",
        "default: 0",
        "0",
        "less than the minimum of 1",
        id="default-below-minimum",
    ),
    pytest.param(
        "  - name: steps\n    type: integer\n  - name: steps  # same name again\n    type: number\n",
        "steps  # same name again",
        None,
        "duplicate field 'steps'",
        id="duplicate-field-name",
    ),
    pytest.param(
        "  - name: format\n    type: string\n    enum: [jpeg, png]\n    default: gif\n",
        "default: gif",
        "gif",
        "'gif' is not one of the field's enum values",
        id="enum-default-not-in-enum",
    ),
    pytest.param(
        "  - name: steps\n    type: integer\n    required: true\n    default: 3\n",
        "default: 3",
        "3",
        "is required, so it cannot have a default",
        id="required-field-with-default",
    ),
    pytest.param(
        "  - name: steps\n    type: integer\n    description: width: height\n",
        "width: height",
        ": height",
        "invalid YAML: mapping values are not allowed here",
        id="yaml-syntax-error",
    ),
    pytest.param(
        "  - name: steps\n    type: integer\n    type: number\n",
        "type: number",
        None,
        "duplicate key 'type'",
        id="duplicate-yaml-key",
    ),
    pytest.param(
        "  - name: steps\n    type: integer\n    minimum: 1\n    from_prose: [maximum]\n",
        "from_prose: [maximum]",
        "[maximum]",
        "from_prose names 'maximum' but the field sets no maximum",
        id="from-prose-names-unset-constraint",
    ),
    pytest.param(
        "  - name: steps\n    type: integer\n    max_items: 3\n",
        "max_items: 3",
        "3",
        "`max_items` does not apply to type 'integer'",
        id="constraint-not-for-type",
    ),
    pytest.param(
        "  - name: steps\n    type: integer\n    minimum: 5\n    maximum: 2\n",
        "minimum: 5",
        "5",
        "minimum 5 is greater than maximum 2",
        id="minimum-greater-than-maximum",
    ),
    pytest.param(
        "  - name: rgb\n    type: tuple[integer, integer]\n    min_items: 3\n",
        "min_items: 3",
        "3",
        "min_items 3 contradicts its tuple of 2 items",
        id="tuple-contradicting-min-items",
    ),
    pytest.param(
        "  - name: rgb\n    type: tuple[integer,]\n",
        "type: tuple[integer,]",
        "tuple[integer,]",
        "expected a type name but found ']'",
        id="tuple-missing-item",
    ),
    pytest.param(
        "  - name: steps\n    type: integer\n    format: uri\n",
        "format: uri",
        "uri",
        "`format` describes strings, not type 'integer'",
        id="format-on-a-number",
    ),
    pytest.param(
        "  - name: steps\n    type: integer\n    hints: {min: 1, slide: 2}\n",
        "hints: {min: 1, slide: 2}",
        "2",
        "unknown key 'slide'",
        id="unknown-hint",
    ),
    pytest.param(
        "  - name: format\n    type: string\n    enum: [jpeg, png]\n    examples: [jpeg, gif]\n",
        "examples: [jpeg, gif]",
        "gif",
        "examples[1] 'gif' is not one of",
        id="example-not-in-enum",
    ),
]


@pytest.mark.parametrize(("input_fields", "snippet", "at", "phrase"), FIELD_MISTAKES)
def test_field_mistake_is_reported_where_written(
    tmp_path: Path, input_fields: str, snippet: str, at: str | None, phrase: str
) -> None:
    errors, text = load_errors(tmp_path, demo_spec(input_fields))
    assert_single_error(errors, text, snippet, at, phrase)


def test_unknown_key_in_a_named_type_is_reported_where_written(tmp_path: Path) -> None:
    types = "types:\n  Lora:\n    fields:\n    - name: path\n      type: string\n      defualt: x\n"
    errors, text = load_errors(tmp_path, demo_spec() + types)
    assert_single_error(errors, text, "defualt: x", "x", "unknown key 'defualt' in types.Lora")


def test_bad_endpoint_id(tmp_path: Path) -> None:
    text = demo_spec().replace("id: acme/demo", "id: Fal-AI//x")
    errors, text = load_errors(tmp_path, text)
    assert_single_error(errors, text, "Fal-AI//x", None, "bad endpoint id 'Fal-AI//x'")


def test_file_name_must_match_the_id(tmp_path: Path) -> None:
    errors, text = load_errors(tmp_path, demo_spec(), file_name="acme__other.yaml")
    assert_single_error(
        errors,
        text,
        "id: acme/demo",
        "acme/demo",
        "must be named acme__demo.yaml",
        file_name="acme__other.yaml",
    )


def test_missing_top_level_key(tmp_path: Path) -> None:
    text = demo_spec()
    text = text[: text.index("output:")]
    assert "output" not in text
    errors, text = load_errors(tmp_path, text)
    # A missing key has no place of its own: the error points at the document's start.
    assert_single_error(errors, text, "id: acme/demo", None, "'output' is a required property")


# Two mistakes of the same pass, in two different fields: (extra input fields, two mistakes).
TWO_MISTAKES = [
    pytest.param(
        "  - name: steps\n    type: strng\n"
        "  - name: scale\n    type: number\n    minimum: 5\n    maximum: 2\n",
        [
            ("type: strng", "strng", "unknown type 'strng'"),
            ("minimum: 5", "5", "minimum 5 is greater than maximum 2"),
        ],
        id="semantic",
    ),
    pytest.param(
        "  - name: steps\n    type: integer\n    defualt: 3\n"
        "  - name: scale\n    type: number\n    maxximum: 2\n",
        [
            ("defualt: 3", "3", "unknown key 'defualt'"),
            ("maxximum: 2", "2", "unknown key 'maxximum'"),
        ],
        id="schema",
    ),
]


@pytest.mark.parametrize(("input_fields", "mistakes"), TWO_MISTAKES)
def test_two_mistakes_are_both_reported(
    tmp_path: Path, input_fields: str, mistakes: list[tuple[str, str, str]]
) -> None:
    errors, text = load_errors(tmp_path, demo_spec(input_fields))
    assert len(errors) == len(mistakes), "\n".join(map(str, errors))
    for error, (snippet, at, phrase) in zip(errors, mistakes, strict=True):
        assert_error_at(error, text, snippet, at, phrase)


def test_demo_spec_itself_is_valid(tmp_path: Path) -> None:
    """Guards the tests above: without the added mistake, the demo spec loads."""
    shutil.copy(SPECS / "shared.yaml", tmp_path / "shared.yaml")
    (tmp_path / "endpoints").mkdir()
    (tmp_path / "endpoints" / DEMO_FILE).write_text(demo_spec(), encoding="utf-8")
    spec_set = load_specs(tmp_path)
    assert [e.id for e in spec_set.endpoints] == ["acme/demo"]


def test_real_specs_load_without_errors() -> None:
    # Parsed once per test process (tests/spec_set.py); the full build parses them afresh too.
    spec_set = repo_specs()
    assert len(spec_set.endpoints) == len(list((SPECS / "endpoints").glob("*.yaml"))) == 1253


def test_specs_parsed_by_a_second_process_load_as_in_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many specs are parsed in two processes; the endpoints and every error (a broken spec in
    the second process's half) are those of one process, in the same order."""
    from generator.pipeline import loader

    shutil.copy(SPECS / "shared.yaml", tmp_path / "shared.yaml")
    (tmp_path / "endpoints").mkdir()
    for path in sorted((SPECS / "endpoints").glob("*.yaml"))[:6]:
        shutil.copy(path, tmp_path / "endpoints" / path.name)
    broken = demo_spec("  - name: steps\n    type: integer\n    default: many\n")
    (tmp_path / "endpoints" / "zz__broken.yaml").write_text(broken, encoding="utf-8")

    cache: dict[str, Endpoint] = {}

    def load() -> tuple[list[str], list[str]]:
        endpoints, errors = loader.load_valid_specs(tmp_path, cache)
        return [repr(e) for e in endpoints.endpoints], [str(e) for e in errors]

    monkeypatch.setattr(loader, "_PARALLEL_FROM", 10**6)
    alone = load()
    cache.clear()
    monkeypatch.setattr(loader, "_PARALLEL_FROM", 2)
    assert load() == alone and len(alone[0]) == 6 and alone[1]
    assert len(cache) == 6  # the second process's endpoints are kept for the next build too
