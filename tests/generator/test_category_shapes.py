"""Schema shapes fal's other categories add (video, audio, 3D, training, LLM routes…), through the
importer, loader and emitters: each test imports a small hand-written fal OpenAPI document with
the shape under test and checks the spec, the models and the client code that come out.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from generator.__main__ import main
from generator.pipeline import emit_client, naming
from generator.pipeline.emit_client import client_files
from generator.pipeline.emit_docs import endpoint_page
from generator.pipeline.emit_models import model_modules
from generator.pipeline.format import FormatError, ruff
from generator.pipeline.ir import Primitive, TupleOf, Union
from generator.tools.importer import import_document
from tests.generator.test_catalogue_shapes import (
    REPO,
    SHARED,
    document,
    field,
    import_code,
    load_one,
)

REF = "#/components/schemas/"
FILE = {
    "type": "object",
    "properties": {
        "url": {"type": "string"},
        "content_type": {"type": "string"},
        "file_name": {"type": "string"},
    },
    "required": ["url"],
}


def _method(code: str, name: str = "subscribe") -> ast.FunctionDef:
    return next(
        node
        for node in ast.walk(ast.parse(code))
        if isinstance(node, ast.FunctionDef) and node.name == name
    )


def _build(tmp_path: Path, doc: dict[str, Any]) -> tuple[Any, dict[str, Any], str]:
    """Import `doc`, load it: (the spec set, the model module's namespace, the client module)."""
    specs = load_one(tmp_path, import_document(doc, SHARED))
    namespace = import_code(tmp_path, model_modules(specs)["acme_demo"])
    client = client_files(specs, "0", [])["fal_models/endpoints/acme_demo.py"]
    return specs, namespace, client


def test_wire_names_keep_our_attribute_names_in_the_models(tmp_path: Path) -> None:
    """datamodel-code-generator derives its own attribute names (`TAPose` → `ta_pose`); it is
    given ours, so the model, the client's keywords and the docs agree."""
    wire = ["TAPose", "imageURL", "HTTPProxy", "H264_output", "maxFPS", "prompt"]
    _, namespace, client = _build(
        tmp_path, document({name: {"type": "string"} for name in wire}, {})
    )
    expected = [naming.field_python_name(name) for name in wire]
    assert expected[0] == "tapose" and expected[2] == "httpproxy"
    model = namespace["AcmeDemoInput"]
    assert list(model.model_fields) == expected
    assert [model.model_fields[a].alias for a in expected] == [*wire[:-1], None]
    built = model.model_validate({name: name for name in wire})
    assert built.model_dump(by_alias=True) == {name: name for name in wire}
    assert [a.arg for a in _method(client).args.kwonlyargs] == expected


def test_an_input_without_fields_takes_only_call_options(tmp_path: Path) -> None:
    """fal's OpenAI-compatible routes reference an Input they never define (an open object) and
    an Output that is `{}`: the methods take only `**options`, the input stays open."""
    doc = document({}, {})
    doc["components"]["schemas"]["DemoInput"] = {
        "type": "object",
        "description": "Schema referenced but not defined",
        "additionalProperties": True,
    }
    doc["components"]["schemas"]["DemoOutput"] = {}
    specs, namespace, client = _build(tmp_path, doc)
    assert specs.endpoints[0].input.open and not specs.endpoints[0].input.fields
    for name in ("subscribe", "submit", "run"):
        method = _method(client, name)
        assert method.args.kwonlyargs == [] and method.args.kwarg is not None
    assert "self._input({})" in client
    assert namespace["AcmeDemoInput"].model_validate({"messages": []}).model_extra
    assert namespace["AcmeDemoOutput"].model_validate({"id": "x"}).model_extra == {"id": "x"}


def test_ruff_failures_name_the_generated_file() -> None:
    pyproject = (REPO / "generated" / "pyproject.toml").read_text(encoding="utf-8")
    files = {"fal_models/endpoints/bad.py": "def f(self, *, **options): ...\n", "ok.py": "x=1\n"}
    with pytest.raises(FormatError) as caught:
        ruff(files, pyproject)
    assert list(caught.value.problems) == ["fal_models/endpoints/bad.py"]
    assert "line 1" in str(caught.value) and "fal_models/endpoints/bad.py" in str(caught.value)


def test_generate_names_the_spec_whose_code_ruff_cannot_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    load_one(tmp_path, import_document(document({"prompt": {"type": "string"}}, {}), SHARED))
    monkeypatch.setattr(emit_client, "endpoint_module", lambda ep: "def broken(:\n")
    code = main(["generate", "--specs", str(tmp_path / "specs"), "--output", str(tmp_path / "g")])
    err = capsys.readouterr().err
    assert code == 2
    assert "fal_models/endpoints/acme_demo.py" in err
    assert str(tmp_path / "specs" / "endpoints" / "acme__demo.yaml") in err


def test_allof_of_one_ref_keeps_the_file_type(tmp_path: Path) -> None:
    video = {
        "allOf": [{"$ref": REF + "File"}],
        "description": "The dubbed video.",
        "examples": [{"url": "https://v3.fal.media/a.mp4", "content_type": "video/mp4"}],
    }
    doc = document({}, {"video": video}, {"File": FILE})
    doc["components"]["schemas"]["DemoOutput"]["required"] = ["video"]
    spec = import_document(doc, SHARED)
    assert field(spec, "output", "video")["type"] == "File"
    _, namespace, _ = _build(tmp_path, doc)
    out = namespace["AcmeDemoOutput"].model_validate({"video": {"url": "https://x/a.mp4"}})
    assert callable(out.video.read) and callable(out.video.save)
    assert namespace["AcmeDemoOutput"].model_fields["video"].description == "The dubbed video."


def test_prefix_items_are_tuples(tmp_path: Path) -> None:
    rgb = {
        "anyOf": [
            {
                "type": "array",
                "prefixItems": [{"type": "integer"}] * 3,
                "minItems": 3,
                "maxItems": 3,
            },
            {"type": "null"},
        ],
        "examples": [[0, 0, 0]],
    }
    stamp = {"anyOf": [{"type": "number"}, {"type": "null"}]}
    chunk = {
        "type": "object",
        "properties": {
            "timestamp": {
                "type": "array",
                "prefixItems": [stamp, stamp],
                "minItems": 2,
                "maxItems": 2,
            }
        },
        "required": ["timestamp"],
    }
    chunks = {"type": "array", "items": {"$ref": REF + "Chunk"}}
    doc = document({"background_color": rgb}, {"chunks": chunks}, {"Chunk": chunk})
    spec = import_document(doc, SHARED)
    assert field(spec, "input", "background_color")["type"] == "tuple[integer, integer, integer]"
    assert spec["types"]["Chunk"]["fields"][0]["type"] == "tuple[number | null, number | null]"
    specs, namespace, client = _build(tmp_path, doc)
    number_or_null = Union((Primitive("number"), Primitive("null")))
    chunk_type = specs.endpoints[0].types["Chunk"]
    assert chunk_type.fields[0].type == TupleOf((number_or_null, number_or_null))
    model = namespace["AcmeDemoInput"]
    assert model.model_validate({"background_color": [0, 128, 255]}).background_color == (
        0,
        128,
        255,
    )
    for wrong in ([0, 0], [0, 0, 0, 0], ["red", 0, 0]):
        with pytest.raises(ValidationError):
            model.model_validate({"background_color": wrong})
    wire = model.model_validate({"background_color": (1, 2, 3)}).model_dump(mode="json")
    assert wire == {"background_color": [1, 2, 3]}
    out = namespace["AcmeDemoOutput"].model_validate({"chunks": [{"timestamp": [0.5, None]}]})
    assert out.chunks[0].timestamp == (0.5, None)
    assert "background_color: tuple[int, int, int] | None | Omit = omit," in client
    page = endpoint_page(specs.endpoints[0], specs)
    assert "background_color=(0, 0, 0)," in page
    assert "tuple[float \\| None, float \\| None]" in page


def test_bounds_and_patterns_are_enforced_format_and_hints_are_documented(
    tmp_path: Path,
) -> None:
    inputs = {
        "guidance_scale": {"type": "number", "minimum": 1, "exclusiveMaximum": 10},
        "speaker_id": {"type": "string", "pattern": "^\\w+$"},
        "video_url": {"type": "string", "format": "uri", "minLength": 1, "maxLength": 2083},
        "output_fps": {"type": "integer", "default": 24, "min": 1, "max": 60, "step": 1},
    }
    spec = import_document(document(inputs, {}), SHARED)
    assert field(spec, "input", "guidance_scale")["exclusive_maximum"] == 10
    assert field(spec, "input", "speaker_id")["pattern"] == "^\\w+$"
    assert field(spec, "input", "video_url")["format"] == "uri"
    assert field(spec, "input", "output_fps")["hints"] == {"min": 1, "max": 60, "step": 1}
    specs, namespace, client = _build(tmp_path, document(inputs, {}))
    model = namespace["AcmeDemoInput"]
    model.model_validate({"guidance_scale": 9.99, "speaker_id": "Alice"})
    for wrong in ({"guidance_scale": 10}, {"guidance_scale": 0.5}, {"speaker_id": "Bob Smith"}):
        with pytest.raises(ValidationError):
            model.model_validate(wrong)
    # Documented, not checked: a local file's data URI is no `uri`, and `max` is a slider's.
    model.model_validate({"video_url": "data:video/mp4;base64,AAAA", "output_fps": 120})
    assert "Not checked by the client: format uri." in model.model_fields["video_url"].description
    assert "slider min 1, max 60, step 1" in model.model_fields["output_fps"].description
    assert "Not checked by the client: slider min 1, max 60, step 1." in " ".join(client.split())
    page = endpoint_page(specs.endpoints[0], specs)
    assert "min length 1, max length 2083, format uri (not checked)" in page


def test_an_example_with_keys_its_type_lacks_is_repaired(tmp_path: Path) -> None:
    """fal's objects are open in JSON Schema, the spec's closed: an example naming keys its own
    type lacks loses those keys (noted), and the endpoint keeps a complete example input."""
    conditioning = {
        "type": "object",
        "properties": {"video_url": {"type": "string"}, "strength": {"type": "number"}},
        "required": ["video_url"],
    }
    example = {"video_url": "https://x/v.mp4", "strength": 1, "preprocess": False}
    inputs = {"video": {"$ref": REF + "Conditioning", "examples": [example]}}
    doc = document(inputs, {}, {"Conditioning": conditioning})
    doc["components"]["schemas"]["DemoInput"]["required"] = ["video"]
    spec = import_document(doc, SHARED)
    assert field(spec, "input", "video")["examples"] == [
        {"video_url": "https://x/v.mp4", "strength": 1}
    ]
    assert spec["example_input"] == {"video": {"video_url": "https://x/v.mp4", "strength": 1}}
    assert any("`input.video`" in n and "preprocess" in n for n in spec["notes"])
    specs = load_one(tmp_path, spec)
    namespace = import_code(tmp_path, model_modules(specs)["acme_demo"])
    namespace["AcmeDemoInput"].model_validate(spec["example_input"])


def test_the_docs_snippet_builds_required_nested_objects(tmp_path: Path) -> None:
    """With no example, the page's call passes each required object with its required fields."""
    character = {
        "type": "object",
        "properties": {"avatar": {"type": "string"}, "scale": {"type": "number"}},
        "required": ["avatar"],
    }
    doc = document({"character": {"$ref": REF + "Character"}}, {}, {"Character": character})
    doc["components"]["schemas"]["DemoInput"]["required"] = ["character"]
    specs = load_one(tmp_path, import_document(doc, SHARED))
    page = endpoint_page(specs.endpoints[0], specs)
    assert 'character=Character(avatar="example avatar"),' in page


def test_other_spellings_of_a_union_and_inline_objects_are_imported(tmp_path: Path) -> None:
    """Shapes JSON Schema allows that fal's documents may use: `oneOf` (pydantic's discriminated
    unions) and a list of types are unions; an object defined in place becomes a local type;
    a keyword the spec format cannot say is noted, never dropped silently."""
    cat = {"type": "object", "properties": {"kind": {"const": "cat"}, "lives": {"type": "integer"}}}
    dog = {"type": "object", "properties": {"kind": {"const": "dog"}, "breed": {"type": "string"}}}
    inputs = {
        "pet": {
            "oneOf": [{"$ref": REF + "Cat"}, {"$ref": REF + "Dog"}],
            "discriminator": {"propertyName": "kind"},
        },
        "label": {"type": ["string", "null"], "maxLength": 5},
        "crop": {
            "type": "object",
            "properties": {"x": {"type": "integer"}, "y": {"type": "integer"}},
            "required": ["x", "y"],
        },
        "odd": {"not": {"type": "string"}},
    }
    spec = import_document(document(inputs, {}, {"Cat": cat, "Dog": dog}), SHARED)
    assert field(spec, "input", "pet")["type"] == "Cat | Dog"
    label = field(spec, "input", "label")
    assert (label["type"], label["nullable"], label["max_length"]) == ("string", True, 5)
    assert field(spec, "input", "crop")["type"] == "Crop"
    assert [f["name"] for f in spec["types"]["Crop"]["fields"]] == ["x", "y"]
    assert field(spec, "input", "odd")["type"] == "any"
    assert any("`input.odd`" in n and "not" in n for n in spec["notes"])
    specs = load_one(tmp_path, spec)
    model = import_code(tmp_path, model_modules(specs)["acme_demo"])["AcmeDemoInput"]
    built = model.model_validate(
        {"pet": {"kind": "dog", "breed": "collie"}, "crop": {"x": 1, "y": 2}}
    )
    assert type(built.pet).__name__ == "Dog" and built.crop.y == 2
    with pytest.raises(ValidationError):
        model.model_validate({"label": "too long"})
