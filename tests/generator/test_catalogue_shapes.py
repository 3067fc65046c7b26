"""Schema shapes fal's catalogue contains, handled in the importer, loader and emitters.

Each test imports a small hand-written fal OpenAPI document (the shape under test, nothing else)
or loads a small spec folder, and checks what comes out: the spec, the loaded IR, or the emitted
models and client code.
"""

from __future__ import annotations

import ast
import importlib.util
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.pipeline.emit_client import call_option_names, client_files, param_name
from generator.pipeline.emit_models import model_modules
from generator.pipeline.errors import SpecErrors
from generator.pipeline.ir import ListOf, Primitive, Union
from generator.pipeline.loader import load_specs
from generator.tools.importer import dump_spec, import_document

REPO = Path(__file__).resolve().parents[2]
SHARED = yaml.safe_load((REPO / "specs" / "shared.yaml").read_text(encoding="utf-8"))[
    "shared_types"
]


def document(
    inputs: dict[str, Any], outputs: dict[str, Any], extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A fal OpenAPI document for `acme/demo` with these input and output properties."""
    schemas: dict[str, Any] = {
        "DemoInput": {"type": "object", "properties": inputs},
        "DemoOutput": {"type": "object", "properties": outputs},
        **(extra or {}),
    }
    ref = "#/components/schemas/"
    return {
        "info": {"x-fal-metadata": {"endpointId": "acme/demo", "category": "text-to-image"}},
        "components": {"schemas": schemas},
        "paths": {
            "/acme/demo": {
                "post": {
                    "requestBody": {
                        "content": {"application/json": {"schema": {"$ref": ref + "DemoInput"}}}
                    }
                }
            },
            "/acme/demo/requests/{request_id}": {
                "get": {
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {"schema": {"$ref": ref + "DemoOutput"}}
                            }
                        }
                    }
                }
            },
        },
    }


def field(spec: dict[str, Any], side: str, name: str) -> dict[str, Any]:
    return next(f for f in spec[side]["fields"] if f["name"] == name)


def import_code(tmp_path: Path, code: str) -> dict[str, Any]:
    """Run a generated model module as a real module (its annotations resolve by module name)."""
    path = tmp_path / "demo_models.py"
    path.write_text(code, encoding="utf-8")
    name = f"_demo_models_{len(sys.modules)}"
    module_spec = importlib.util.spec_from_file_location(name, path)
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[name] = module  # pydantic resolves postponed annotations through it
    module_spec.loader.exec_module(module)
    return vars(module)


def load_one(tmp_path: Path, spec: dict[str, Any]) -> Any:
    folder = tmp_path / "specs"
    (folder / "endpoints").mkdir(parents=True)
    shutil.copy(REPO / "specs" / "shared.yaml", folder)
    (folder / "endpoints" / "acme__demo.yaml").write_text(dump_spec(spec), encoding="utf-8")
    return load_specs(folder)


def test_const_is_a_one_value_enum() -> None:
    spec = import_document(
        document(
            {
                "factor": {"type": "integer", "const": 4, "default": 4},
                "schedule": {"anyOf": [{"type": "string", "const": "sgm"}, {"type": "null"}]},
            },
            {},
        ),
        SHARED,
    )
    assert field(spec, "input", "factor") == {
        "name": "factor",
        "type": "integer",
        "enum": [4],
        "default": 4,
    }
    schedule = field(spec, "input", "schedule")
    assert (schedule["type"], schedule["enum"], schedule["nullable"]) == ("string", ["sgm"], True)


def test_null_inside_a_list_is_kept(tmp_path: Path) -> None:
    item = {"anyOf": [{"type": "number"}, {"type": "null"}]}
    spec = import_document(
        document({}, {"scores": {"type": "array", "items": item}}),
        SHARED,
    )
    assert field(spec, "output", "scores")["type"] == "list[number | null]"
    loaded = load_one(tmp_path, spec).endpoints[0]
    assert loaded.output.fields[0].type == ListOf(Union((Primitive("number"), Primitive("null"))))


def test_a_named_object_without_properties_is_a_map() -> None:
    """fal's placeholders for types it references but does not define."""
    spec = import_document(
        document(
            {"points": {"type": "array", "items": {"$ref": "#/components/schemas/Point"}}},
            {},
            {"Point": {"type": "object", "additionalProperties": True}},
        ),
        SHARED,
    )
    assert field(spec, "input", "points")["type"] == "list[map[any]]"
    assert "types" not in spec


def test_module_qualified_type_names_become_pascal_case(tmp_path: Path) -> None:
    image = {"type": "object", "properties": {"url": {"type": "string"}}, "required": ["url"]}
    spec = import_document(
        document(
            {"image": {"$ref": "#/components/schemas/fal__toolkit__image__Image"}},
            {},
            {"fal__toolkit__image__Image": image, "FalToolkitImageImage": {"enum": ["a"]}},
        ),
        SHARED,
    )
    # The plain name is taken by another component, so the converted one gets a number.
    assert field(spec, "input", "image")["type"] == "FalToolkitImageImage2"
    assert set(spec["types"]) == {"FalToolkitImageImage2"}
    load_one(tmp_path, spec)


def test_fal_values_its_own_schema_rejects_are_repaired_and_noted(tmp_path: Path) -> None:
    spec = import_document(
        document(
            {"scale": {"type": "integer", "default": 1.5}},
            {"images": {"type": "array", "items": {"type": "string"}, "examples": ["a.png"]}},
        ),
        SHARED,
    )
    assert field(spec, "input", "scale") == {"name": "scale", "type": "number", "default": 1.5}
    assert "examples" not in field(spec, "output", "images")
    assert len(spec["notes"]) == 2
    load_one(tmp_path, spec)


def test_example_input_only_when_every_required_field_has_one() -> None:
    inputs = {
        "prompt": {"type": "string", "examples": ["a fox"]},
        "model_id": {"type": "string"},
    }
    doc = document(inputs, {})
    doc["components"]["schemas"]["DemoInput"]["required"] = ["prompt", "model_id"]
    assert "example_input" not in import_document(doc, SHARED)
    inputs["model_id"]["examples"] = ["m1"]
    assert import_document(doc, SHARED)["example_input"] == {"prompt": "a fox", "model_id": "m1"}


def test_open_objects_stay_open_as_inputs(tmp_path: Path) -> None:
    lighting = {
        "type": "object",
        "properties": {"shadows": {"type": "string"}},
        "additionalProperties": True,
    }
    spec = import_document(
        document(
            {"lighting": {"$ref": "#/components/schemas/Lighting"}},
            {},
            {"Lighting": lighting},
        ),
        SHARED,
    )
    assert spec["types"]["Lighting"]["open"] is True
    specs = load_one(tmp_path, spec)
    code = model_modules(specs)["acme_demo"]
    namespace = import_code(tmp_path, code)
    namespace["Lighting"].model_validate({"shadows": "soft", "direction": "left"})
    with pytest.raises(ValueError):
        namespace["AcmeDemoInput"].model_validate({"unknown": 1})


def test_a_recursive_type_is_imported() -> None:
    node = {
        "type": "object",
        "properties": {
            "label": {"type": "string"},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
        },
    }
    spec = import_document(
        document({}, {"tree": {"$ref": "#/components/schemas/Node"}}, {"Node": node}),
        SHARED,
    )
    assert field(spec, "output", "tree")["type"] == "Node"
    assert [f["type"] for f in spec["types"]["Node"]["fields"]] == ["string", "list[Node]"]


def test_a_type_used_by_input_and_output_gets_an_output_variant(tmp_path: Path) -> None:
    prompt = {
        "type": "object",
        "properties": {
            "subject": {"type": "string"},
            "style": {"$ref": "#/components/schemas/Style"},
        },
    }
    style = {"type": "object", "properties": {"name": {"type": "string"}}}
    spec = import_document(
        document(
            {"structured_prompt": {"$ref": "#/components/schemas/Prompt"}},
            {"structured_prompt": {"$ref": "#/components/schemas/Prompt"}},
            {"Prompt": prompt, "Style": style},
        ),
        SHARED,
    )
    specs = load_one(tmp_path, spec)
    assert specs.endpoints[0].dual_types == {"Prompt", "Style"}
    code = model_modules(specs)["acme_demo"]
    namespace = import_code(tmp_path, code)
    # The input side is closed, the output side open and made of output variants.
    with pytest.raises(ValueError):
        namespace["Prompt"].model_validate({"subject": "fox", "new_key": 1})
    out = namespace["AcmeDemoOutput"].model_validate(
        {"structured_prompt": {"subject": "fox", "style": {"name": "ink", "x": 1}, "new_key": 1}}
    )
    assert type(out.structured_prompt).__name__ == "PromptOutput"
    assert type(out.structured_prompt.style).__name__ == "StyleOutput"
    assert namespace["AcmeDemoInput"].model_fields["structured_prompt"].annotation is not None


def test_an_output_variant_name_already_taken_is_an_error(tmp_path: Path) -> None:
    spec = import_document(
        document(
            {"p": {"$ref": "#/components/schemas/Prompt"}},
            {"p": {"$ref": "#/components/schemas/Prompt"}},
            {
                "Prompt": {"type": "object", "properties": {"a": {"type": "string"}}},
                "PromptOutput": {"type": "object", "properties": {"b": {"type": "string"}}},
            },
        ),
        SHARED,
    )
    spec["output"]["fields"].append({"name": "q", "type": "PromptOutput"})
    with pytest.raises(SpecErrors, match="PromptOutput"):
        load_one(tmp_path, spec)


def test_input_fields_named_like_call_options_take_a_trailing_underscore(tmp_path: Path) -> None:
    assert {"timeout", "webhook_url", "priority", "hint", "options", "on_queue_update"} <= (
        call_option_names()
    )
    assert param_name("timeout") == "timeout_" and param_name("prompt") == "prompt"
    spec = import_document(
        document({"prompt": {"type": "string"}, "timeout": {"type": "integer"}, "options": {}}, {}),
        SHARED,
    )
    specs = load_one(tmp_path, spec)
    code = client_files(specs, "0", [])["fal_models/endpoints/acme_demo.py"]
    method = next(
        node
        for node in ast.walk(ast.parse(code))
        if isinstance(node, ast.FunctionDef) and node.name == "subscribe"
    )
    assert [a.arg for a in method.args.kwonlyargs] == ["prompt", "timeout_", "options_"]
    assert method.args.kwarg is not None and method.args.kwarg.arg == "options"
    # The model attribute keeps the field's own name.
    assert '"timeout": timeout_,' in code and '"options": options_,' in code


def test_field_names_that_are_keywords_or_not_identifiers(tmp_path: Path) -> None:
    wire = ["from", "class", "image-url", "2x", "Weird Name", "self", "json"]
    spec = import_document(document({name: {"type": "string"} for name in wire}, {}), SHARED)
    specs = load_one(tmp_path, spec)
    attributes = ["from_", "class_", "image_url", "field_2x", "weird_name", "self", "json_"]
    assert [f.python_name for f in specs.endpoints[0].input.fields] == attributes
    namespace = import_code(tmp_path, model_modules(specs)["acme_demo"])
    model = namespace["AcmeDemoInput"].model_validate({name: name for name in wire})
    assert [getattr(model, a) for a in attributes] == wire
    assert model.model_dump(by_alias=True) == {name: name for name in wire}
    code = client_files(specs, "0", [])["fal_models/endpoints/acme_demo.py"]
    method = next(
        node
        for node in ast.walk(ast.parse(code))
        if isinstance(node, ast.FunctionDef) and node.name == "run"
    )
    assert [a.arg for a in method.args.kwonlyargs] == [*attributes[:5], "self_", "json_"]


def test_the_emulator_synthesizes_recursive_union_and_open_enum_outputs(tmp_path: Path) -> None:
    from fal_models.testing import example_output

    node = {
        "type": "object",
        "properties": {
            "label": {"type": "string"},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
            "parent": {"anyOf": [{"$ref": "#/components/schemas/Node"}, {"type": "null"}]},
        },
        "required": ["label", "children", "parent"],
    }
    video = {
        "type": "object",
        "properties": {"url": {"type": "string"}, "content_type": {"type": "string"}},
        "required": ["url"],
    }
    outputs = {
        "tree": {"$ref": "#/components/schemas/Node"},
        "media": {
            "anyOf": [{"$ref": "#/components/schemas/Video"}, {"type": "string"}, {"type": "null"}]
        },
        "mode": {"anyOf": [{"enum": ["fast", "slow"], "type": "string"}, {"type": "string"}]},
        "text": {"type": "string"},
    }
    spec = import_document(document({}, outputs, {"Node": node, "Video": video}), SHARED)
    spec["output"]["fields"] = [{**f, "required": True} for f in spec["output"]["fields"]]
    namespace = import_code(tmp_path, model_modules(load_one(tmp_path, spec))["acme_demo"])
    output_model = namespace["AcmeDemoOutput"]
    body = example_output(output_model)
    parsed = output_model.model_validate(body)
    assert parsed.tree.label and parsed.mode == "fast" and isinstance(parsed.text, str)
    assert parsed.media.url.startswith("data:")
