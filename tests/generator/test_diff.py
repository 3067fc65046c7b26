"""`generator.diff.compare` classifies every kind of spec change, and `python -m generator diff`
reports it and exits by severity.

Each case writes two small spec folders (the real specs/shared.yaml plus one endpoint built from
a Python dict) that differ by one edit, and checks the exact list of changes both ways: old → new
and, where direction matters, new → old.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.__main__ import main
from generator.pipeline import ir
from generator.pipeline.json_schema import enum_schema, field_schema
from generator.pipeline.loader import load_specs
from generator.tools.diff import ApiDiff, Change, compare
from tests.spec_set import repo_specs

REPO = Path(__file__).resolve().parents[2]
SHARED = yaml.safe_load((REPO / "specs" / "shared.yaml").read_text(encoding="utf-8"))
ID = "acme/demo"

Spec = dict[str, Any]


def demo_spec() -> Spec:
    return {
        "id": ID,
        "title": "Demo",
        "category": "text-to-image",
        "status": "active",
        "input": {
            "fields": [
                {
                    "name": "prompt",
                    "type": "string",
                    "required": True,
                    "description": "What to draw.",
                },
                {"name": "image_size", "type": "ImageSize | Preset", "default": "square"},
                {"name": "steps", "type": "integer", "default": 30, "minimum": 1, "maximum": 50},
                {"name": "seed", "type": "integer", "nullable": True},
                {"name": "output_format", "type": "string", "enum": ["jpeg", "png"]},
                {"name": "image_url", "type": "string", "file": True},
            ]
        },
        "output": {
            "fields": [
                {"name": "images", "type": "list[Image]", "required": True},
                {"name": "seed", "type": "integer", "required": True, "minimum": 0},
                {"name": "quality", "type": "Quality"},
                {"name": "note", "type": "string"},
                {"name": "tree", "type": "Node"},
            ]
        },
        "types": {
            "Preset": {"enum": ["square", "landscape"]},
            "Quality": {"enum": ["low", "high"]},
            "Node": {
                "fields": [
                    {"name": "label", "type": "string"},
                    {"name": "children", "type": "list[Node]"},
                ]
            },
        },
    }


def write_specs(root: Path, specs: list[Spec], shared: dict[str, Any] | None = None) -> Path:
    (root / "endpoints").mkdir(parents=True)
    (root / "shared.yaml").write_text(yaml.safe_dump(shared or SHARED), encoding="utf-8")
    for spec in specs:
        name = spec["id"].replace("/", "__") + ".yaml"
        (root / "endpoints" / name).write_text(yaml.safe_dump(spec), encoding="utf-8")
    return root


def field(spec: Spec, where: str, name: str) -> dict[str, Any]:
    """The field `name` of `where`: "input", "output" or a type in the spec's `types`."""
    obj = spec[where] if where in ("input", "output") else spec["types"][where]
    return next(f for f in obj["fields"] if f["name"] == name)


def diff_of(tmp_path: Path, old: Spec, new: Spec, shared: dict[str, Any] | None = None) -> ApiDiff:
    before = load_specs(write_specs(tmp_path / "old", [old]))
    after = load_specs(write_specs(tmp_path / "new", [new], shared))
    return compare(before, after)


Triple = tuple[str, str, str]


def triples(diff: ApiDiff) -> list[Triple]:
    return [(c.kind, c.path, c.severity) for c in diff.changes]


Edit = Callable[[Spec], None]


def _set(where: str, name: str, **values: Any) -> Edit:
    def edit(spec: Spec) -> None:
        target = field(spec, where, name)
        for key, value in values.items():
            if value is None:
                target.pop(key, None)
            else:
                target[key] = value

    return edit


def _add(where: str, new_field: dict[str, Any]) -> Edit:
    return lambda spec: spec[where]["fields"].append(new_field)


def _enum(type_name: str, *values: str) -> Edit:
    return lambda spec: spec["types"][type_name].update(enum=list(values))


def _top(**values: Any) -> Edit:
    return lambda spec: spec.update(values)


def _both(*edits: Edit) -> Edit:
    def edit(spec: Spec) -> None:
        for one in edits:
            one(spec)

    return edit


# (id, edit, changes old → new, bump, changes new → old or None when direction does not matter)
CASES: list[tuple[str, Edit, list[Triple], str, list[Triple] | None]] = [
    (
        "input-optional-field-added",
        _add("input", {"name": "strength", "type": "number"}),
        [("field_added", "input.strength", "feature")],
        "minor",
        [("field_removed", "input.strength", "breaking")],
    ),
    (
        "input-required-field-added",
        _add("input", {"name": "mask_url", "type": "string", "required": True}),
        [("field_added", "input.mask_url", "breaking")],
        "major",
        [("field_removed", "input.mask_url", "breaking")],
    ),
    (
        "output-field-added",
        _add("output", {"name": "timings", "type": "map[number]"}),
        [("field_added", "output.timings", "feature")],
        "minor",
        [("field_removed", "output.timings", "breaking")],
    ),
    (
        "nested-object-field-added-once",
        _both(
            lambda s: s["types"].update(Meta={"fields": [{"name": "a", "type": "string"}]}),
            _add("output", {"name": "meta", "type": "list[Meta]"}),
        ),
        [("field_added", "output.meta", "feature")],
        "minor",
        [("field_removed", "output.meta", "breaking")],
    ),
    (
        "input-integer-to-number",
        _set("input", "steps", type="number"),
        [("type_widened", "input.steps", "feature")],
        "minor",
        [("type_narrowed", "input.steps", "breaking")],
    ),
    (
        "input-union-gains-branch",
        _set("input", "seed", type="integer | string"),
        [("type_widened", "input.seed", "feature")],
        "minor",
        [("type_narrowed", "input.seed", "breaking")],
    ),
    (
        "output-integer-to-number",
        _set("output", "seed", type="number"),
        [("type_widened", "output.seed", "breaking")],
        "major",
        [("type_narrowed", "output.seed", "feature")],
    ),
    (
        "incompatible-type",
        _set("input", "prompt", type="boolean", description=None),
        [("type_changed", "input.prompt", "breaking"), ("docs_changed", "input.prompt", "docs")],
        "major",
        None,
    ),
    (
        "input-became-required",
        _set("input", "seed", required=True),
        [("became_required", "input.seed", "breaking")],
        "major",
        [("became_optional", "input.seed", "feature")],
    ),
    (
        "output-became-required",
        _set("output", "note", required=True),
        [("became_required", "output.note", "feature")],
        "minor",
        [("became_optional", "output.note", "breaking")],
    ),
    (
        "input-nullable",
        _set("input", "prompt", nullable=True),
        [("became_nullable", "input.prompt", "feature")],
        "minor",
        [("became_non_nullable", "input.prompt", "breaking")],
    ),
    (
        "output-nullable",
        _set("output", "seed", nullable=True),
        [("became_nullable", "output.seed", "breaking")],
        "major",
        [("became_non_nullable", "output.seed", "feature")],
    ),
    (
        "input-maximum-raised",
        _set("input", "steps", maximum=100),
        [("bound_widened", "input.steps", "feature")],
        "minor",
        [("bound_narrowed", "input.steps", "breaking")],
    ),
    (
        "input-minimum-raised",
        _set("input", "steps", minimum=5),
        [("bound_narrowed", "input.steps", "breaking")],
        "major",
        [("bound_widened", "input.steps", "feature")],
    ),
    (
        "input-max-length-added",
        _set("input", "prompt", max_length=1000),
        [("bound_narrowed", "input.prompt", "breaking")],
        "major",
        [("bound_widened", "input.prompt", "feature")],
    ),
    (
        "input-exclusive-minimum-added",
        _set("input", "steps", exclusive_minimum=2),
        [("bound_narrowed", "input.steps", "breaking")],
        "major",
        [("bound_widened", "input.steps", "feature")],
    ),
    (
        "input-multiple-of-added",
        _set("input", "steps", multiple_of=2),
        [("bound_narrowed", "input.steps", "breaking")],
        "major",
        [("bound_widened", "input.steps", "feature")],
    ),
    (
        "input-pattern-added",
        _set("input", "prompt", pattern="^[a-z]+$"),
        [("bound_narrowed", "input.prompt", "breaking")],
        "major",
        [("bound_widened", "input.prompt", "feature")],
    ),
    (
        "output-minimum-raised",
        _set("output", "seed", minimum=1),
        [("bound_narrowed", "output.seed", "feature")],
        "minor",
        [("bound_widened", "output.seed", "breaking")],
    ),
    (
        "input-enum-value-added",
        _set("input", "output_format", enum=["jpeg", "png", "webp"]),
        [("enum_value_added", "input.output_format", "feature")],
        "minor",
        [("enum_value_removed", "input.output_format", "breaking")],
    ),
    (
        "input-named-enum-value-added",
        _enum("Preset", "square", "landscape", "portrait"),
        [("enum_value_added", "input.image_size", "feature")],
        "minor",
        [("enum_value_removed", "input.image_size", "breaking")],
    ),
    (
        "output-named-enum-value-added",
        _enum("Quality", "low", "medium", "high"),
        [("enum_value_added", "output.quality", "feature")],
        "minor",
        [("enum_value_removed", "output.quality", "feature")],
    ),
    (
        "string-to-enum",
        _set("output", "note", enum=["a", "b"]),
        [("type_narrowed", "output.note", "feature")],
        "minor",
        [("type_widened", "output.note", "breaking")],
    ),
    (
        "default-changed",
        _set("input", "steps", default=40),
        [("default_changed", "input.steps", "behaviour")],
        "minor",
        None,
    ),
    (
        "default-added",
        _set("input", "seed", default=42),
        [("default_added", "input.seed", "behaviour")],
        "minor",
        [("default_removed", "input.seed", "behaviour")],
    ),
    (
        "deprecated",
        _top(status="deprecated", replacement="acme/demo-v2"),
        [("endpoint_deprecated", "", "behaviour")],
        "minor",
        [("endpoint_undeprecated", "", "feature")],
    ),
    (
        "file-upload",
        _set("input", "image_url", file=None),
        [("file_upload_removed", "input.image_url", "breaking")],
        "major",
        [("file_upload_added", "input.image_url", "feature")],
    ),
    (
        "field-deprecated",
        _set("input", "seed", deprecated=True),
        [("field_deprecated", "input.seed", "docs")],
        "patch",
        [("field_undeprecated", "input.seed", "docs")],
    ),
    (
        "docs-only",
        _both(
            _set("input", "prompt", description="Describe the picture."),
            _top(title="Demo model", notes=["hand-edited"]),
        ),
        [
            ("docs_changed", "", "docs"),
            ("docs_changed", "", "docs"),
            ("docs_changed", "input.prompt", "docs"),
        ],
        "patch",
        None,
    ),
    (
        "recursive-type-field",
        _set("Node", "label", type="integer"),
        [("type_changed", "output.tree.label", "breaking")],
        "major",
        None,
    ),
]


@pytest.mark.parametrize(
    ("edit", "forward", "bump", "backward"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_each_change_is_classified_both_ways(
    tmp_path: Path,
    edit: Edit,
    forward: list[Triple],
    bump: str,
    backward: list[Triple] | None,
) -> None:
    old, new = demo_spec(), demo_spec()
    edit(new)
    diff = diff_of(tmp_path / "forward", old, new)
    assert triples(diff) == sorted(forward)
    assert diff.bump == bump
    assert diff.breaking == (bump == "major")
    if backward is not None:
        back = diff_of(tmp_path / "backward", new, old)
        assert triples(back) == sorted(backward)


def test_values_and_messages(tmp_path: Path) -> None:
    new = demo_spec()
    _set("input", "steps", maximum=100, default=40)(new)
    _top(status="deprecated", replacement="acme/demo-v2")(new)
    changes = {c.kind: c for c in diff_of(tmp_path, demo_spec(), new).changes}
    assert (changes["bound_widened"].old, changes["bound_widened"].new) == (
        {"maximum": 50},
        {"maximum": 100},
    )
    assert (changes["default_changed"].old, changes["default_changed"].new) == (30, 40)
    assert "acme/demo-v2" in changes["endpoint_deprecated"].message


def test_a_changed_pattern_breaks_both_ways(tmp_path: Path) -> None:
    old, new = demo_spec(), demo_spec()
    _both(_set("input", "prompt", pattern="^a"), _set("output", "note", pattern="^a"))(old)
    _both(_set("input", "prompt", pattern="^b"), _set("output", "note", pattern="^b"))(new)
    assert triples(diff_of(tmp_path, old, new)) == [
        ("bound_changed", "input.prompt", "breaking"),
        ("bound_changed", "output.note", "breaking"),
    ]


def test_replacement_changed_is_docs(tmp_path: Path) -> None:
    old, new = demo_spec(), demo_spec()
    _top(status="deprecated", replacement="acme/demo-v2")(old)
    _top(status="deprecated", replacement="acme/demo-v3")(new)
    diff = diff_of(tmp_path, old, new)
    assert triples(diff) == [("replacement_changed", "", "docs")]
    assert diff.bump == "patch"


def test_a_shared_type_change_is_reported_under_the_fields_that_use_it(tmp_path: Path) -> None:
    shared = copy.deepcopy(SHARED)
    types = shared["shared_types"]
    next(f for f in types["ImageSize"]["fields"] if f["name"] == "width")["maximum"] = 4096
    types["Image"]["fields"] = [f for f in types["Image"]["fields"] if f["name"] != "file_size"]
    diff = diff_of(tmp_path, demo_spec(), demo_spec(), shared)
    assert triples(diff) == [
        ("bound_narrowed", "input.image_size.width", "breaking"),
        ("field_removed", "output.images[].file_size", "breaking"),
    ]


def test_endpoints_added_and_removed(tmp_path: Path) -> None:
    other = demo_spec()
    other["id"] = "acme/other"
    one = load_specs(write_specs(tmp_path / "one", [demo_spec()]))
    both = load_specs(write_specs(tmp_path / "both", [demo_spec(), other]))
    assert triples(compare(one, both)) == [("endpoint_added", "", "feature")]
    assert compare(one, both).changes[0].endpoint == "acme/other"
    assert triples(compare(both, one)) == [("endpoint_removed", "", "breaking")]


def test_identical_specs_have_no_changes() -> None:
    specs = repo_specs()
    diff = compare(specs, specs)
    assert diff.changes == [] and diff.bump is None and not diff.breaking
    assert "No API changes" in diff.markdown()


# The two output rules in generator/diff.py rest on what the generated output models do.


def test_output_models_enforce_bounds() -> None:
    some_field = repo_specs().endpoints[0].input.fields[0]
    bounded = dataclasses.replace(
        some_field, type=ir.Primitive("integer"), constraints=ir.Constraints(maximum=3)
    )
    assert field_schema(bounded, "output", str)["maximum"] == 3


def test_output_enums_are_open() -> None:
    assert {"type": "string"} in enum_schema(("a", "b"), "output")["anyOf"]


# --- reports -------------------------------------------------------------------------------


def _mixed_diff(tmp_path: Path) -> ApiDiff:
    new = demo_spec()
    _set("input", "steps", default=40, maximum=45)(new)
    _set("input", "prompt", description="Something else.")(new)
    _add("output", {"name": "timings", "type": "map[number]"})(new)
    return diff_of(tmp_path, demo_spec(), new)


def test_markdown_lists_behaviour_first_and_names_endpoint_and_path(tmp_path: Path) -> None:
    text = _mixed_diff(tmp_path).markdown()
    summary, attention, endpoint_section = text.split("\n## ")
    assert "1 breaking, 1 behaviour, 1 feature, 1 docs" in summary
    assert "implied bump: major" in summary
    assert attention.startswith("Needs attention")
    assert "`acme/demo` `input.steps`: default 30 → 40" in attention
    assert endpoint_section.startswith("`acme/demo`")
    assert "**breaking** `input.steps`: maximum 50 → 45" in endpoint_section
    assert "**feature** `output.timings`" in endpoint_section
    assert "docs: 1 change(s): `input.prompt` description" in endpoint_section


def test_json_is_sorted_and_deterministic(tmp_path: Path) -> None:
    first = _mixed_diff(tmp_path / "a").as_json()
    second = _mixed_diff(tmp_path / "b").as_json()
    dump = json.dumps(first, indent=2, sort_keys=True)
    assert dump == json.dumps(second, indent=2, sort_keys=True)
    assert sorted(first) == ["breaking", "bump", "changes", "counts"]
    assert sorted(first["changes"][0]) == [
        "endpoint",
        "kind",
        "message",
        "new",
        "old",
        "path",
        "severity",
    ]
    keys = [(c["endpoint"], c["path"], c["kind"]) for c in first["changes"]]
    assert keys == sorted(keys)


# --- the command line ----------------------------------------------------------------------


def _folders(tmp_path: Path, edit: Edit) -> tuple[str, str]:
    new = demo_spec()
    edit(new)
    old_dir = write_specs(tmp_path / "old", [demo_spec()])
    return str(old_dir), str(write_specs(tmp_path / "new", [new]))


def test_cli_identical_folders_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _folders(tmp_path, lambda spec: None)
    assert main(["diff", old, new]) == 0
    assert "No API changes." in capsys.readouterr().out


@pytest.mark.parametrize(
    ("edit", "fail_on", "code"),
    [
        (_set("input", "seed", required=True), None, 3),
        (_set("input", "seed", required=True), "never", 0),
        (_set("input", "steps", default=40), None, 0),
        (_set("input", "steps", default=40), "behaviour", 3),
        (_set("input", "steps", default=40), "breaking", 0),
        (_add("input", {"name": "strength", "type": "number"}), "behaviour", 0),
    ],
    ids=[
        "breaking",
        "breaking-never",
        "default",
        "default-fail-on-behaviour",
        "default-fail-on-breaking",
        "feature-fail-on-behaviour",
    ],
)
def test_cli_exit_code_follows_fail_on(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    edit: Edit,
    fail_on: str | None,
    code: int,
) -> None:
    old, new = _folders(tmp_path, edit)
    assert main(["diff", old, new, *(["--fail-on", fail_on] if fail_on else [])]) == code
    assert "`acme/demo`" in capsys.readouterr().out


def test_cli_spec_error_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _folders(tmp_path, _set("input", "steps", type="no_such_type"))
    assert main(["diff", old, new]) == 2
    err = capsys.readouterr().err
    assert "NEW" in err and "acme__demo.yaml:" in err and "no_such_type" in err


def test_cli_not_a_folder_nor_revision_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    old, _ = _folders(tmp_path, lambda spec: None)
    assert main(["diff", old, str(tmp_path / "missing")]) == 2
    assert "neither a spec folder nor a git revision" in capsys.readouterr().err


def test_cli_writes_json_and_markdown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _folders(tmp_path, _set("input", "steps", maximum=45, default=40))
    out_json, out_md = tmp_path / "diff.json", tmp_path / "diff.md"
    assert main(["diff", old, new, "--json", str(out_json), "--markdown", str(out_md)]) == 3
    printed = capsys.readouterr().out
    assert out_md.read_text(encoding="utf-8") == printed
    expected = compare(load_specs(Path(old)), load_specs(Path(new))).as_json()
    assert json.loads(out_json.read_text(encoding="utf-8")) == expected
    assert (
        out_json.read_text(encoding="utf-8")
        == json.dumps(expected, indent=2, sort_keys=True) + "\n"
    )


def test_cli_accepts_a_repository_root(tmp_path: Path) -> None:
    write_specs(tmp_path / "old" / "specs", [demo_spec()])
    write_specs(tmp_path / "new" / "specs", [demo_spec()])
    assert main(["diff", str(tmp_path / "old"), str(tmp_path / "new")]) == 0


def _git(repo: Path, *args: str) -> None:
    identity = ["-c", "user.name=Test", "-c", "user.email=test@example.invalid"]
    subprocess.run(
        ["git", *identity, "-c", "commit.gpgsign=false", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


def test_cli_compares_git_revisions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = tmp_path / "repo"
    write_specs(repo / "specs", [demo_spec()])
    _git(repo, "init", "-q")
    _git(repo, "add", "specs")
    _git(repo, "commit", "-q", "-m", "first")
    new = demo_spec()
    _set("input", "seed", required=True)(new)
    (repo / "specs" / "endpoints" / "acme__demo.yaml").write_text(yaml.safe_dump(new))
    _git(repo, "commit", "-q", "-am", "second")
    monkeypatch.chdir(repo / "specs")  # revisions name specs/ from the repository root
    assert main(["diff", "HEAD~1", "HEAD"]) == 3
    assert "**breaking** `input.seed`: now required" in capsys.readouterr().out
    assert main(["diff", "HEAD~1", "."]) == 3
    assert main(["diff", "HEAD", "."]) == 0


def test_renames_have_a_section_of_their_own_and_break() -> None:
    """Renames (found by generator.tools.renames, not in the specs) are listed once, together."""
    rename = Change(
        ID, "", "renamed", "breaking", "client.acme._4b", "client.acme.v4b", "`a` → `b`"
    )
    docs = Change(ID, "", "docs_changed", "docs", "Old", "New", "title changed")
    diff = ApiDiff([docs]).including([rename])
    assert diff.bump == "major" and diff.changes == [docs, rename]
    report = diff.markdown()
    assert report.index("## Renamed") < report.index(f"## `{ID}`")
    assert report.count("`a` → `b`") == 1
    assert diff.as_json()["changes"][1]["kind"] == "renamed"
