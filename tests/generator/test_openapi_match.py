"""Each endpoint spec matches fal's OpenAPI document for it, field by field.

Both sides are normalized into the same plain structure, a flat dict keyed by field path:

    "input"                   -> {"object": [field names in fal's order]}
    "input.image_size"        -> {"type": ..., "required": ..., "nullable": ..., "default": ...,
                                  <bounds>}
    "input.image_size.width"  -> the fields of a nested type, under the field that holds it
    "output.images[].url"     -> "[]" steps into list items, "{}" into map values

A type shape is "string" / "integer" / "number" / "boolean" / "any", {"array": shape},
{"map": shape}, {"object": [field names]}, {"enum": [values]} or {"anyOf": [shapes]}. Comparing
the two dicts with == makes pytest print the differing field paths.

Bounds the spec takes from fal's prose (`from_prose`) are left out of the spec side, so the
comparison also asserts that the OpenAPI document does not have them.

Every endpoint spec is checked: the eight seeds against `../shared/fal-openapi/*.json`, the
catalogue against `../shared/fal-openapi/catalog/*.json`. The OpenAPI side reads the document the
way the importer is documented to (generator/importer.py): `const` is a one-value enum, `nullable:
true` is a null branch, a `$ref` to an object without properties is a map, a union that names
the same shape twice names it once, and an integer field whose default is fractional is a number.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from generator.pipeline import ir
from generator.pipeline.loader import load_specs
from tests.spec_set import repo_specs

REPO = Path(__file__).resolve().parents[2]
OPENAPI_DIR = REPO.parent / "shared" / "fal-openapi"
SPECS = (
    load_specs(Path(os.environ["FAL_MODELS_SPECS"]))
    if "FAL_MODELS_SPECS" in os.environ
    else repo_specs()
)

Normalized = dict[str, Any]

# OpenAPI keyword -> the spec's constraint name (ir.Constraints attribute).
BOUNDS = {
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusiveMinimum": "exclusive_minimum",
    "exclusiveMaximum": "exclusive_maximum",
    "multipleOf": "multiple_of",
    "minLength": "min_length",
    "maxLength": "max_length",
    "pattern": "pattern",
    "minItems": "min_items",
    "maxItems": "max_items",
}
NULL = {"type": "null"}
# Keywords that describe a value's type; anything else not listed here fails the test
# rather than being silently ignored.
TYPE_KEYS = frozenset(
    {"type", "items", "additionalProperties", "enum", "$ref", "anyOf", "const", "nullable"}
)
# fal's UI hints (`x-fal`, `_fal_ui_field`, `ui`, `field`, `limit_description`, file limits such as
# `max_file_size` / `min_width` / `max_aspect_ratio` / `timeout`) and keywords fal does not
# enforce in its JSON Schema dialect (`le` / `ge` copies of minimum / maximum, `uniqueItems`)
# are not part of the spec.
ANNOTATIONS = frozenset(
    {
        "title",
        "description",
        "examples",
        "example",
        "format",
        "deprecated",
        "x-fal",
        "_fal_ui_field",
        "ui",
        "field",
        "limit_description",
        "max_file_size",
        "min_width",
        "min_height",
        "max_width",
        "max_height",
        "min_aspect_ratio",
        "max_aspect_ratio",
        "timeout",
        "le",
        "ge",
        "uniqueItems",
    }
)
OBJECT_KEYS = frozenset(
    {
        "type",
        "properties",
        "required",
        "title",
        "description",
        "x-fal-order-properties",
        "additionalProperties",
    }
)
CATALOGUE_DIR = OPENAPI_DIR / "catalog"
FIELD_KEYS = frozenset({"default", *BOUNDS})


def _put(out: Normalized, path: str, value: Any) -> None:
    assert path not in out, f"two types both describe {path}"
    out[path] = value


def _facts(
    shape: Any, required: bool, nullable: bool, default: Any, bounds: dict[str, Any]
) -> dict[str, Any]:
    """One field's comparable facts; `default` is ir.NO_DEFAULT when there is none."""
    facts = {"type": shape, "required": required, "nullable": nullable}
    if default is not ir.NO_DEFAULT:
        facts["default"] = default
    return facts | dict(sorted(bounds.items()))


MISSING = "<missing>"


def differing_paths(spec: Normalized, openapi: Normalized) -> list[str]:
    return sorted(
        path
        for path in spec.keys() | openapi.keys()
        if spec.get(path, MISSING) != openapi.get(path, MISSING)
    )


def describe_differences(endpoint_id: str, spec: Normalized, openapi: Normalized) -> str:
    """One line per differing path, narrowed to the facts that differ."""
    lines = [f"{endpoint_id}: the spec differs from its OpenAPI document"]
    for path in differing_paths(spec, openapi):
        ours, theirs = spec.get(path, MISSING), openapi.get(path, MISSING)
        if isinstance(ours, dict) and isinstance(theirs, dict):
            keys = [
                k
                for k in ours.keys() | theirs.keys()
                if ours.get(k, MISSING) != theirs.get(k, MISSING)
            ]
            ours = {k: ours.get(k, MISSING) for k in sorted(keys)}
            theirs = {k: theirs.get(k, MISSING) for k in sorted(keys)}
        lines.append(f"  {path}: spec {ours!r}, OpenAPI {theirs!r}")
    return "\n".join(lines)


# --- the spec side -------------------------------------------------------------------------


def normalize_spec(endpoint: ir.Endpoint, shared: dict[str, ir.NamedType]) -> Normalized:
    out: Normalized = {}

    def object_shape(obj: ir.ObjectType, path: str) -> dict[str, Any]:
        for field in obj.fields:
            _put(out, f"{path}.{field.name}", field_facts(field, f"{path}.{field.name}"))
        return {"object": [field.name for field in obj.fields] + (["<open>"] if obj.open else [])}

    def field_facts(field: ir.Field, path: str) -> dict[str, Any]:
        bounds = {k: v for k, v in field.constraints.items() if k not in field.from_prose}
        shape = type_shape(field.type, path)
        return _facts(shape, field.required, field.nullable, field.default, bounds)

    def type_shape(ref: ir.TypeRef, path: str) -> Any:
        match ref:
            case ir.Primitive(kind=kind):
                return kind
            case ir.InlineEnum(values=values):
                return {"enum": list(values)}
            case ir.ListOf(item=item):
                return {"array": type_shape(item, f"{path}[]")}
            case ir.MapOf(value=value):
                return {"map": type_shape(value, f"{path}{{}}")}
            case ir.Union(options=options):
                return {"anyOf": [type_shape(o, path) for o in options]}
            case ir.Ref(name=name, scope=scope):
                named = (endpoint.types if scope == "local" else shared)[name]
                if isinstance(named, ir.EnumType):
                    return {"enum": list(named.values)}
                return object_shape(named, path)
        raise AssertionError(ref)

    _put(out, "input", object_shape(endpoint.input, "input"))
    _put(out, "output", object_shape(endpoint.output, "output"))
    return out


# --- the OpenAPI side ----------------------------------------------------------------------


def openapi_path(endpoint_id: str) -> Path:
    name = endpoint_id.replace("/", "__") + ".json"
    seed = OPENAPI_DIR / name
    return seed if seed.exists() else CATALOGUE_DIR / name


@cache
def load_openapi(endpoint_id: str) -> dict[str, Any]:
    return json.loads(openapi_path(endpoint_id).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _json_ref(content: dict[str, Any]) -> str:
    return content["content"]["application/json"]["schema"]["$ref"]  # type: ignore[no-any-return]


def io_schema_refs(doc: dict[str, Any]) -> tuple[str, str]:
    """The $refs of the input (submit request body) and output (result response) schemas."""
    inputs = [
        _json_ref(ops["post"]["requestBody"])
        for path, ops in doc["paths"].items()
        if "post" in ops and "/requests/" not in path
    ]
    outputs = [
        _json_ref(ops["get"]["responses"]["200"])
        for path, ops in doc["paths"].items()
        if "get" in ops and path.endswith("/requests/{request_id}")
    ]
    assert len(inputs) == 1 and len(outputs) == 1, (inputs, outputs)
    return inputs[0], outputs[0]


def _check_keys(schema: dict[str, Any], allowed: frozenset[str], path: str) -> None:
    unknown = sorted(set(schema) - allowed)
    assert not unknown, f"{path}: OpenAPI keywords this test does not compare: {unknown}"


def normalize_openapi(doc: dict[str, Any]) -> Normalized:
    schemas = doc["components"]["schemas"]
    out: Normalized = {}

    def resolve(ref: str) -> dict[str, Any]:
        prefix = "#/components/schemas/"
        assert ref.startswith(prefix), ref
        return schemas[ref.removeprefix(prefix)]  # type: ignore[no-any-return]

    def object_shape(schema: dict[str, Any], path: str) -> dict[str, Any]:
        _check_keys(schema, OBJECT_KEYS, path)
        # An empty schema (bria/reimagine/3.2's output) is read as an object without fields.
        properties = schema.get("properties", {})
        order = schema.get("x-fal-order-properties", [])
        names = [*order, *(n for n in properties if n not in order)]
        required = set(schema.get("required", []))
        assert set(names) == set(properties) and required <= set(properties), path
        for name in names:
            facts = field_facts(properties[name], name in required, f"{path}.{name}")
            _put(out, f"{path}.{name}", facts)
        return {
            "object": names + (["<open>"] if schema.get("additionalProperties") is True else [])
        }

    def field_facts(schema: dict[str, Any], required: bool, path: str) -> dict[str, Any]:
        options = schema.get("anyOf", [])
        nullable = NULL in options or schema.get("nullable") is True
        if NULL in options:
            schema = {**schema, "anyOf": [o for o in options if o != NULL]}
        default = schema.get("default", ir.NO_DEFAULT)
        if isinstance(default, float) and not default.is_integer():
            schema = _integer_as_number(schema)
        bounds: dict[str, Any] = {}
        for part in [schema, *schema.get("anyOf", [])]:
            for key, name in BOUNDS.items():
                if key in part:
                    assert bounds.get(name, part[key]) == part[key], f"{path}: two {key}"
                    bounds[name] = part[key]
        shape = type_shape(schema, path, FIELD_KEYS)
        return _facts(shape, required, nullable, default, bounds)

    def type_shape(schema: dict[str, Any], path: str, extra: frozenset[str] = frozenset()) -> Any:
        """`extra`: keywords also allowed here (a field's default and bounds, read elsewhere)."""
        _check_keys(schema, TYPE_KEYS | ANNOTATIONS | extra, path)
        if "$ref" in schema:
            target = resolve(schema["$ref"])
            if "enum" in target:
                return {"enum": list(target["enum"])}
            if "properties" not in target:
                return type_shape(target, path)
            return object_shape(target, path)
        if "anyOf" in schema:
            shapes: list[Any] = []
            for option in schema["anyOf"]:
                shape = type_shape(option, path, extra - {"default"})
                if shape not in shapes:
                    shapes.append(shape)
            return shapes[0] if len(shapes) == 1 else {"anyOf": shapes}
        if "enum" in schema:
            return {"enum": list(schema["enum"])}
        if "const" in schema:
            return {"enum": [schema["const"]]}
        match schema.get("type"):
            case None:
                return "any"
            case "array":
                return {"array": type_shape(schema.get("items", {}), f"{path}[]")}
            case "object":
                value = schema.get("additionalProperties", {})
                return {"map": type_shape({} if value is True else value, f"{path}{{}}")}
            case kind:
                return kind

    input_ref, output_ref = io_schema_refs(doc)
    _put(out, "input", object_shape(resolve(input_ref), "input"))
    _put(out, "output", object_shape(resolve(output_ref), "output"))
    return out


def _integer_as_number(schema: dict[str, Any]) -> dict[str, Any]:
    if "anyOf" in schema:
        options = [_integer_as_number(o) for o in schema["anyOf"]]
        return {**schema, "anyOf": options}
    return {**schema, "type": "number"} if schema.get("type") == "integer" else schema


# --- tests ---------------------------------------------------------------------------------


def _endpoint(endpoint_id: str) -> ir.Endpoint:
    return next(e for e in SPECS.endpoints if e.id == endpoint_id)


@pytest.mark.parametrize("endpoint", SPECS.endpoints, ids=[e.id for e in SPECS.endpoints])
def test_spec_matches_its_openapi_document(endpoint: ir.Endpoint) -> None:
    spec = normalize_spec(endpoint, SPECS.shared_types)
    openapi = normalize_openapi(load_openapi(endpoint.id))
    assert spec == openapi, describe_differences(endpoint.id, spec, openapi)


def test_every_spec_is_checked() -> None:
    """Every spec has its OpenAPI document, and every catalogue document has its spec."""
    assert all(openapi_path(e.id).exists() for e in SPECS.endpoints)
    catalogue = {p.stem.replace("__", "/") for p in CATALOGUE_DIR.glob("*.json")}
    assert len(catalogue) == 533
    assert catalogue <= {e.id for e in SPECS.endpoints}


FieldChange = Callable[[ir.Field], ir.Field]


def _change_field(obj: ir.NamedType, name: str, change: FieldChange) -> ir.ObjectType:
    assert isinstance(obj, ir.ObjectType) and name in [f.name for f in obj.fields], name
    fields = tuple(change(f) if f.name == name else f for f in obj.fields)
    return dataclasses.replace(obj, fields=fields)


def _maximum(value: float) -> FieldChange:
    return lambda f: dataclasses.replace(
        f, constraints=dataclasses.replace(f.constraints, maximum=value)
    )


@pytest.mark.parametrize(
    ("owner", "name", "change", "expected"),
    [
        ("input", "num_images", _maximum(5), "input.num_images"),
        (
            "input",
            "output_format",
            lambda f: dataclasses.replace(f, type=ir.InlineEnum(("jpeg", "png", "webp"))),
            "input.output_format",
        ),
        (
            "input",
            "guidance_scale",
            lambda f: dataclasses.replace(f, default=3.5),
            "input.guidance_scale",
        ),
        # A shared type's field is reported under the field that uses it.
        ("ImageSize", "width", _maximum(4096), "input.image_size.width"),
    ],
    ids=["bound", "enum", "default", "nested-bound"],
)
def test_a_changed_spec_field_is_reported(
    owner: str, name: str, change: FieldChange, expected: str
) -> None:
    """`owner`: "input" of fal-ai/qwen-image, or the name of a shared type it uses."""
    endpoint, shared = _endpoint("fal-ai/qwen-image"), dict(SPECS.shared_types)
    if owner == "input":
        endpoint = dataclasses.replace(endpoint, input=_change_field(endpoint.input, name, change))
    else:
        shared[owner] = _change_field(shared[owner], name, change)
    spec = normalize_spec(endpoint, shared)
    openapi = normalize_openapi(load_openapi(endpoint.id))
    assert spec != openapi
    assert differing_paths(spec, openapi) == [expected]
