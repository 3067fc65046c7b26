"""`import-openapi`: the eight seed documents give the committed specs, and re-importing keeps hand edits.

The committed specs are importer output plus what a maintainer added by hand (title, description,
lifecycle, notes, constraints fal states only in prose, completed examples). So:
- a fresh import is equivalent to the committed spec field by field, apart from those hand edits;
- re-importing over the committed spec reproduces it byte for byte;
- re-importing a changed document takes fal's changes and keeps the hand edits.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.__main__ import main
from generator.pipeline import ir
from generator.pipeline.loader import load_specs
from tests.conftest import SEED_IDS
from tests.spec_set import repo_endpoint

REPO = Path(__file__).resolve().parents[2]
OPENAPI_DIR = REPO.parent / "shared" / "fal-openapi"
SEED_DOCUMENTS = sorted(OPENAPI_DIR.glob("*.json"))
SPEC_FILES = {p.stem: p for p in (REPO / "specs" / "endpoints").glob("*.yaml")}


def spec_folder(tmp_path: Path, with_endpoints: bool) -> Path:
    """shared.yaml, and with `with_endpoints` the eight seed specs these tests re-import (the
    catalogue's would only make every import's name check and load slower)."""
    folder = tmp_path / "specs"
    folder.mkdir()
    shutil.copy(REPO / "specs" / "shared.yaml", folder)
    if with_endpoints:
        (folder / "endpoints").mkdir()
        for endpoint_id in SEED_IDS:
            shutil.copy(SPEC_FILES[endpoint_id.replace("/", "__")], folder / "endpoints")
    return folder


def run_import(capsys: pytest.CaptureFixture[str], specs: Path, *sources: str | Path) -> str:
    code = main(["import-openapi", *map(str, sources), "--specs", str(specs)])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def field_facts(field: ir.Field) -> dict[str, Any]:
    """What fal's document says about a field: everything except the maintainer's prose bounds."""
    constraints = {k: v for k, v in field.constraints.items() if k not in field.from_prose}
    return {
        "type": field.type,
        "required": field.required,
        "nullable": field.nullable,
        "default": field.default if field.has_default else "<none>",
        "description": field.description,
        "examples": field.examples,
        "constraints": constraints,
        "file": field.file,
        "deprecated": field.deprecated,
    }


def endpoint_facts(endpoint: ir.Endpoint) -> dict[str, Any]:
    def obj(o: ir.ObjectType) -> dict[str, Any]:
        return {"description": o.description, "fields": {f.name: field_facts(f) for f in o.fields}}

    types = {
        name: obj(t) if isinstance(t, ir.ObjectType) else {"enum": t.values}
        for name, t in endpoint.types.items()
    }
    return {
        "id": endpoint.id,
        "category": endpoint.category,
        "docs_url": endpoint.docs_url,
        "input": obj(endpoint.input),
        "output": obj(endpoint.output),
        "field order": (
            [f.name for f in endpoint.input.fields],
            [f.name for f in endpoint.output.fields],
        ),
        "types": types,
    }


@pytest.mark.parametrize("document", SEED_DOCUMENTS, ids=lambda p: p.stem)
def test_a_fresh_import_is_the_committed_spec_without_its_hand_edits(
    document: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = spec_folder(tmp_path, with_endpoints=False)
    run_import(capsys, folder, document)
    imported = load_specs(folder).endpoints[0]
    committed = repo_endpoint(imported.id)
    assert endpoint_facts(imported) == endpoint_facts(committed)


@pytest.mark.parametrize("document", SEED_DOCUMENTS, ids=lambda p: p.stem)
def test_reimporting_an_unchanged_document_reproduces_the_committed_spec(
    document: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = spec_folder(tmp_path, with_endpoints=True)
    out = run_import(capsys, folder, document)
    assert out.startswith("updated ") and out.count("\n") == 1, out  # nothing dropped
    written = folder / "endpoints" / f"{document.stem}.yaml"
    assert written.read_text(encoding="utf-8") == SPEC_FILES[document.stem].read_text(
        encoding="utf-8"
    )


def changed_qwen_document() -> dict[str, Any]:
    doc = json.loads((OPENAPI_DIR / "fal-ai__qwen-image.json").read_text(encoding="utf-8"))
    changed = copy.deepcopy(doc)
    schema = changed["components"]["schemas"]["QwenImageInput"]
    props = schema["properties"]
    props["num_inference_steps"]["default"] = 50
    props["style_strength"] = {
        "title": "Style Strength",
        "type": "number",
        "minimum": 0,
        "maximum": 1,
        "default": 0.5,
        "description": "How strongly the style is applied.",
    }
    schema["x-fal-order-properties"].append("style_strength")
    del props["acceleration"]
    schema["x-fal-order-properties"].remove("acceleration")
    return changed


def test_reimporting_a_changed_document_takes_fals_changes_and_keeps_hand_edits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = spec_folder(tmp_path, with_endpoints=True)
    source = tmp_path / "fal-ai__qwen-image.json"
    source.write_text(json.dumps(changed_qwen_document()), encoding="utf-8")
    run_import(capsys, folder, source)

    spec = yaml.safe_load((folder / "endpoints" / "fal-ai__qwen-image.yaml").read_text("utf-8"))
    before = yaml.safe_load(SPEC_FILES["fal-ai__qwen-image"].read_text("utf-8"))
    fields = {f["name"]: f for f in spec["input"]["fields"]}
    assert fields["num_inference_steps"]["default"] == 50
    assert fields["style_strength"]["maximum"] == 1
    assert [f["name"] for f in spec["input"]["fields"]][-1] == "style_strength"
    assert "acceleration" not in fields
    # The maintainer's edits survive: prose limit, notes, title, description, completed example.
    assert fields["loras"]["max_items"] == 3 and fields["loras"]["from_prose"] == ["max_items"]
    for key in ("title", "description", "status", "notes", "example_output"):
        assert spec[key] == before[key], key
    assert spec["source"] == os.path.relpath(source, REPO)
    # The merged spec is valid and generates.
    endpoint = next(e for e in load_specs(folder).endpoints if e.id == "fal-ai/qwen-image")
    assert endpoint.input.fields[-1].python_name == "style_strength"


def test_a_prose_limit_gives_way_when_fal_states_the_constraint_itself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = spec_folder(tmp_path, with_endpoints=True)
    doc = changed_qwen_document()
    doc["components"]["schemas"]["QwenImageInput"]["properties"]["loras"]["maxItems"] = 5
    source = tmp_path / "qwen.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    out = run_import(capsys, folder, source)

    spec = yaml.safe_load((folder / "endpoints" / "fal-ai__qwen-image.yaml").read_text("utf-8"))
    loras = next(f for f in spec["input"]["fields"] if f["name"] == "loras")
    assert loras["max_items"] == 5 and "from_prose" not in loras
    assert "input.loras: fal now states max_items=5; the prose value 3 was dropped" in out


def test_a_hand_completed_example_that_names_a_removed_field_gives_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = spec_folder(tmp_path, with_endpoints=True)
    doc = json.loads((OPENAPI_DIR / "fal-ai__qwen-image.json").read_text(encoding="utf-8"))
    output = doc["components"]["schemas"]["QwenImageOutput"]
    del output["properties"]["timings"]
    output["required"].remove("timings")
    output["x-fal-order-properties"].remove("timings")
    source = tmp_path / "qwen.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    out = run_import(capsys, folder, source)

    spec = yaml.safe_load((folder / "endpoints" / "fal-ai__qwen-image.yaml").read_text("utf-8"))
    assert "timings" not in spec["example_output"]
    assert "example_output: kept fal's example; the hand-written one used ['timings']" in out
    load_specs(folder)  # still a valid spec


def test_import_reads_urls_and_records_them_as_the_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = spec_folder(tmp_path, with_endpoints=False)
    url = (OPENAPI_DIR / "fal-ai__ideogram__v3.json").as_uri()
    run_import(capsys, folder, url)
    spec = yaml.safe_load((folder / "endpoints" / "fal-ai__ideogram__v3.yaml").read_text("utf-8"))
    assert spec["source"] == url


@pytest.mark.parametrize(
    ("content", "message"),
    [("{not json", "not JSON"), ('{"openapi": "3.0.4"}', "not a fal OpenAPI document")],
)
def test_a_bad_document_is_reported_by_name_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    folder = spec_folder(tmp_path, with_endpoints=False)
    source = tmp_path / "broken.json"
    source.write_text(content, encoding="utf-8")
    assert main(["import-openapi", str(source), "--specs", str(folder)]) == 2
    err = capsys.readouterr().err
    assert str(source) in err and message in err
    assert not (folder / "endpoints").exists()
