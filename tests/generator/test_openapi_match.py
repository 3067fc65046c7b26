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
image catalogue against `../shared/fal-openapi/catalog/*.json`, the other categories against
`../shared/fal-openapi/categories/<group>/*.json`. The OpenAPI side reads the document the way the
importer is documented to (generator/importer.py): `const` is a one-value enum, `nullable: true`
is a null branch, a `$ref` to an object without properties is a map, `allOf` of one schema is
that schema, `prefixItems` is a tuple, a union that names the same shape twice names it once, and
an integer field whose default is fractional is a number. A field's `format` and fal's
non-standard `min` / `max` / `step` (the spec's `hints`) are facts like its bounds: documented,
so never lost.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
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
    {
        "type",
        "items",
        "prefixItems",
        "additionalProperties",
        "enum",
        "$ref",
        "anyOf",
        "allOf",
        "const",
        "nullable",
    }
)
# fal's non-standard keys, the spec's `hints`.
HINTS = ("min", "max", "step")
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
CATEGORIES_DIR = OPENAPI_DIR / "categories"
FIELD_KEYS = frozenset({"default", "format", *HINTS, *BOUNDS})


def _put(out: Normalized, path: str, value: Any) -> None:
    assert path not in out, f"two types both describe {path}"
    out[path] = value


def _facts(
    shape: Any,
    required: bool,
    nullable: bool,
    default: Any,
    bounds: dict[str, Any],
    documented: dict[str, Any],
) -> dict[str, Any]:
    """One field's comparable facts; `default` is ir.NO_DEFAULT when there is none;
    `documented`: its `format` and hints."""
    facts = {"type": shape, "required": required, "nullable": nullable}
    if default is not ir.NO_DEFAULT:
        facts["default"] = default
    return facts | dict(sorted(bounds.items())) | dict(sorted(documented.items()))


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


def branch_paths(path: str, objects: list[bool]) -> list[str]:
    """Where each branch of a union puts its fields: under `path`, except that two or more
    object branches (`Video | File`) each get their own, numbered: `output.video<1>.url`."""
    if sum(objects) < 2:
        return [path] * len(objects)
    numbers = iter(range(1, len(objects) + 1))
    return [f"{path}<{next(numbers)}>" if is_object else path for is_object in objects]


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
        documented = dict(field.hints) | ({"format": field.format} if field.format else {})
        return _facts(shape, field.required, field.nullable, field.default, bounds, documented)

    def type_shape(ref: ir.TypeRef, path: str) -> Any:
        match ref:
            case ir.Primitive(kind=kind):
                return kind
            case ir.InlineEnum(values=values):
                return {"enum": list(values)}
            case ir.ListOf(item=item):
                return {"array": type_shape(item, f"{path}[]")}
            case ir.TupleOf(items=items):
                return {"tuple": [type_shape(i, f"{path}[{n}]") for n, i in enumerate(items)]}
            case ir.MapOf(value=value):
                return {"map": type_shape(value, f"{path}{{}}")}
            case ir.Union(options=options):
                objects = [
                    isinstance(o, ir.Ref)
                    and isinstance(
                        (endpoint.types if o.scope == "local" else shared)[o.name], ir.ObjectType
                    )
                    for o in options
                ]
                paths = branch_paths(path, objects)
                return {"anyOf": [type_shape(o, p) for o, p in zip(options, paths, strict=True)]}
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


@cache
def _category_documents() -> dict[str, Path]:
    return {p.name: p for p in CATEGORIES_DIR.glob("*/*.json")}


def openapi_path(endpoint_id: str) -> Path:
    name = endpoint_id.replace("/", "__") + ".json"
    for folder in (OPENAPI_DIR, CATALOGUE_DIR):
        if (folder / name).exists():
            return folder / name
    return _category_documents().get(name, CATEGORIES_DIR / name)


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


def normalize_openapi(doc: dict[str, Any], dropped: list[str] | None = None) -> Normalized:
    """`dropped` collects the paths of defaults fal's own schema rejects, which the importer
    leaves out (saying so in the spec's notes)."""
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
        check = {"anyOf": [schema, NULL]} if nullable else schema
        valid = jsonschema.Draft202012Validator({**check, "components": doc["components"]})
        if default is not ir.NO_DEFAULT and not valid.is_valid(default):
            default = ir.NO_DEFAULT
            if dropped is not None:
                dropped.append(path)
        bounds: dict[str, Any] = {}
        documented: dict[str, Any] = {}
        for part in [schema, *schema.get("anyOf", [])]:
            for key, name in [*BOUNDS.items(), ("format", "format")]:
                if key in part:
                    found = bounds if key in BOUNDS else documented
                    assert found.get(name, part[key]) == part[key], f"{path}: two {key}"
                    found[name] = part[key]
        documented |= {key: schema[key] for key in HINTS if key in schema}
        shape = type_shape(schema, path, FIELD_KEYS)
        return _facts(shape, required, nullable, default, bounds, documented)

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
        if "allOf" in schema:
            (only,) = schema["allOf"]  # the importer takes only one; more would fail here
            return type_shape(only, path, extra - {"default"})
        if "anyOf" in schema:
            shapes: list[Any] = []
            objects = ["$ref" in o and "properties" in resolve(o["$ref"]) for o in schema["anyOf"]]
            for option, at in zip(schema["anyOf"], branch_paths(path, objects), strict=True):
                shape = type_shape(option, at, extra - {"default"})
                # Distinct object types stay apart even when their fields are named alike.
                if shape not in shapes or at != path:
                    shapes.append(shape)
            return shapes[0] if len(shapes) == 1 else {"anyOf": shapes}
        if "enum" in schema:
            return {"enum": list(schema["enum"])}
        if "const" in schema:
            return {"enum": [schema["const"]]}
        match schema.get("type"):
            case None:
                return "any"
            case "array" if "prefixItems" in schema:
                items = schema["prefixItems"]
                assert schema.get("maxItems") == len(items), f"{path}: an open-ended tuple"
                return {"tuple": [type_shape(i, f"{path}[{n}]") for n, i in enumerate(items)]}
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
    dropped: list[str] = []
    openapi = normalize_openapi(load_openapi(endpoint.id), dropped)
    assert spec == openapi, describe_differences(endpoint.id, spec, openapi)
    for path in dropped:
        side, name = path.split(".", 1)[0], path.rsplit(".", 1)[-1]
        assert any(n.startswith(f"`{side}.{name}`: fal's default") for n in endpoint.notes), path


def test_every_spec_is_checked() -> None:
    """Every spec has its OpenAPI document, and every catalogue or category document its spec."""
    assert all(openapi_path(e.id).exists() for e in SPECS.endpoints)
    catalogue = {p.stem.replace("__", "/") for p in CATALOGUE_DIR.glob("*.json")}
    categories = {p.stem.replace("__", "/") for p in _category_documents().values()}
    assert (len(catalogue), len(categories)) == (533, 712)
    assert catalogue | categories <= {e.id for e in SPECS.endpoints}


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
