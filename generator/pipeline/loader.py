"""Loads and validates specs/ into the intermediate representation, or reports every error found.

Two passes: the structure is checked against specs/spec.schema.json, then the meaning
(type references, defaults against their own bounds, enum defaults, duplicates, names).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import multiprocessing
import os
from collections.abc import Callable, MutableMapping
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from generator.pipeline import naming, type_expr
from generator.pipeline.errors import SpecError, SpecErrors
from generator.pipeline.graph import refs_of_object
from generator.pipeline.ir import (
    NO_DEFAULT,
    OUTPUT_VARIANT_SUFFIX,
    Constraints,
    Endpoint,
    EnumType,
    Field,
    InlineEnum,
    Location,
    NamedType,
    ObjectType,
    Primitive,
    Ref,
    SpecSet,
    TupleOf,
    TypeRef,
    Union,
)
from generator.pipeline.json_schema import constraint_applies, field_schema, named_schema
from generator.pipeline.paths import SPECS
from generator.pipeline.yaml_source import JsonPath, SourceDocument, load

SCHEMA_PATH = SPECS / "spec.schema.json"
SHARED_FILE = "shared.yaml"
ENDPOINTS_DIR = "endpoints"


@cache
def spec_schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def load_specs(specs_dir: Path, cache: MutableMapping[str, Endpoint] | None = None) -> SpecSet:
    """Load `specs_dir/shared.yaml` and `specs_dir/endpoints/*.yaml`; raise SpecErrors if any is bad.

    `cache`: endpoints already loaded, by `cache_key`; an endpoint spec whose key is there is not
    parsed again (the checks across endpoints still run), and new ones are added."""
    specs, errors = load_valid_specs(specs_dir, cache)
    if errors:
        raise SpecErrors(errors)
    return specs


def load_valid_specs(
    specs_dir: Path, cache: MutableMapping[str, Endpoint] | None = None
) -> tuple[SpecSet, list[SpecError]]:
    """Every error of every spec, and the endpoints that have none (`generate --keep-going`).
    An error in shared.yaml leaves no endpoint: they all depend on it."""
    errors: list[SpecError] = []
    shared_doc = _load_checked(specs_dir / SHARED_FILE, "shared", errors)
    shared: dict[str, NamedType] = {}
    if shared_doc is not None:
        names = set(shared_doc.data["shared_types"])
        pending: list[tuple[Field, JsonPath]] = []
        shared = _named_types(shared_doc, ("shared_types",), set(), names, errors, pending)
        _check_defaults(shared_doc, pending, {}, shared, errors)

    endpoints: list[Endpoint] = []
    seen_ids: dict[str, Path] = {}
    seen_paths: dict[tuple[str, ...], str] = {}
    seen_names: dict[tuple[str, str], str] = {}
    shared_bytes = (specs_dir / SHARED_FILE).read_bytes() if shared_doc is not None else b""
    shared_ok = not errors
    paths = sorted((specs_dir / ENDPOINTS_DIR).glob("*.yaml"))
    keys = {path: cache_key(path, shared_bytes) if cache is not None else "" for path in paths}
    found = {path: cache.get(keys[path]) if cache is not None else None for path in paths}
    elsewhere = _parse_elsewhere([path for path in paths if found[path] is None], shared)
    for path in paths:
        errors_before = len(errors)
        key = keys[path]
        endpoint = found[path]
        if endpoint is None:
            endpoint = elsewhere(path)
            if endpoint is not None and cache is not None:
                cache[key] = endpoint  # parsed by the second process
        doc: SourceDocument | _LazyDocument | None
        if endpoint is None:
            doc = _load_checked(path, "endpoint", errors)
            if doc is None:
                continue
            try:
                endpoint = _endpoint(doc, shared, errors)
            except SpecError as exc:
                errors.append(exc)
                continue
            if endpoint is None:
                continue
            if cache is not None:
                cache[key] = endpoint
        else:
            doc = _LazyDocument(path)
        if endpoint.id in seen_ids:
            errors.append(
                SpecError(
                    doc.location(("id",)),
                    f"endpoint id {endpoint.id!r} is also in {seen_ids[endpoint.id]}",
                )
            )
        seen_ids[endpoint.id] = path
        if endpoint.attribute_path in seen_paths:
            errors.append(
                SpecError(
                    doc.location(("id",)),
                    f"endpoint {endpoint.id!r} would take the client attribute "
                    f"{'.'.join(endpoint.attribute_path)!r} already used by "
                    f"{seen_paths[endpoint.attribute_path]!r}; give it a `python_name`",
                )
            )
        seen_paths[endpoint.attribute_path] = endpoint.id
        for kind, name in (("module", endpoint.module), ("class", endpoint.class_stem)):
            other = seen_names.setdefault((kind, name), endpoint.id)
            if other != endpoint.id:
                errors.append(
                    SpecError(
                        doc.location(("id",)),
                        f"endpoint {endpoint.id!r} would take the {kind} name {name!r} already "
                        f"used by {other!r}; give it a `python_name` (import-openapi does)",
                    )
                )
        if len(errors) == errors_before and shared_ok:
            endpoints.append(endpoint)
    specs = SpecSet(
        shared_types=shared, endpoints=tuple(endpoints), shared_path=specs_dir / SHARED_FILE
    )
    return specs, errors


_PARALLEL_FROM = 100  # specs to parse; below this a second process costs more than it saves


def _parse_elsewhere(
    paths: list[Path], shared: dict[str, NamedType]
) -> Callable[[Path], Endpoint | None]:
    """The endpoints of the second half of `paths`, parsed by a second process while this one
    parses the first half (reading and checking 1,253 specs takes ~4 s of one core), as a
    look-up that waits for them on first use. A spec with an error gives None: it is parsed
    again here, where its errors are collected in order."""
    if len(paths) < _PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        return lambda path: None
    share = paths[len(paths) // 2 :]
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    pool = ProcessPoolExecutor(max_workers=1, mp_context=context)
    future = pool.submit(_parse_quietly, share, shared)
    pool.shutdown(wait=False)  # the submitted work still runs; the worker exits after it
    parsed: dict[Path, Endpoint | None] = dict.fromkeys(share)
    waiting = [True]

    def look_up(path: Path) -> Endpoint | None:
        if path not in parsed:  # this process's half
            return None
        if waiting:
            parsed.update(zip(share, future.result(), strict=True))
            waiting.clear()
        return parsed[path]

    return look_up


def _parse_quietly(paths: list[Path], shared: dict[str, NamedType]) -> list[Endpoint | None]:
    out: list[Endpoint | None] = []
    for path in paths:
        errors: list[SpecError] = []
        doc = _load_checked(path, "endpoint", errors)
        try:
            endpoint = _endpoint(doc, shared, errors) if doc is not None else None
        except SpecError:
            endpoint = None
        out.append(None if errors else endpoint)
    return out


def cache_key(path: Path, shared: bytes) -> str:
    """What an endpoint's IR depends on: its file (name and text), shared.yaml and this loader."""
    digest = hashlib.sha256()
    for part in (_LOADER_SOURCE, shared, str(path).encode(), path.read_bytes()):
        digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()


_LOADER_SOURCE = b"".join(
    p.read_bytes() for p in [*sorted(Path(__file__).parent.glob("*.py")), SCHEMA_PATH]
)


class _LazyDocument:
    """A cached endpoint's document, parsed only if an error has to point into it."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def location(self, json_path: JsonPath) -> Location:
        return load(self.path).location(json_path)


def _load_checked(path: Path, kind: str, errors: list[SpecError]) -> SourceDocument | None:
    try:
        doc = load(path)
    except SpecError as exc:
        errors.append(exc)
        return None
    found = sorted(_validator(kind).iter_errors(doc.data), key=lambda e: list(e.absolute_path))
    if not found:
        return doc
    for error in found:
        detail = _deepest(error)
        errors.append(SpecError(doc.location(_error_path(detail)), _message(detail)))
    return None


@cache
def _validator(kind: str) -> jsonschema.Draft202012Validator:
    # A plain $ref (not a one-branch oneOf) so that every mistake is its own error.
    schema = {"$defs": spec_schema()["$defs"], "$ref": f"#/$defs/{kind}"}
    return jsonschema.Draft202012Validator(schema)


def _extra_keys(error: jsonschema.ValidationError) -> list[str]:
    """For an additionalProperties error, the unexpected keys in the order they were written."""
    schema = error.schema if isinstance(error.schema, dict) else {}
    allowed = schema.get("properties", {})
    return [
        k for k in (error.instance if isinstance(error.instance, dict) else ()) if k not in allowed
    ]


def _error_path(error: jsonschema.ValidationError) -> JsonPath:
    """Where to point: at the first unknown key's value rather than the start of its mapping."""
    path = tuple(error.absolute_path)
    if error.validator == "additionalProperties" and (extra := _extra_keys(error)):
        return (*path, extra[0])
    return path


def _deepest(error: jsonschema.ValidationError) -> jsonschema.ValidationError:
    """For oneOf/anyOf failures, the sub-error that went furthest into the document."""
    while error.context:
        error = max(error.context, key=lambda e: (len(e.absolute_path), e.validator != "oneOf"))
    return error


def _message(error: jsonschema.ValidationError) -> str:
    path = ".".join(str(p) for p in error.absolute_path) or "the document"
    if error.validator == "additionalProperties":
        schema = error.schema if isinstance(error.schema, dict) else {}
        hint = ", ".join(sorted(schema.get("properties", {})))
        extra = _extra_keys(error)
        return f"unknown key {', '.join(map(repr, extra))} in {path}; expected one of: {hint}"
    if error.validator == "required":
        return f"{path}: {error.message}"
    if error.validator == "pattern" and error.absolute_path and error.absolute_path[-1] == "id":
        return f"bad endpoint id {error.instance!r}: expected owner/alias[/sub/path] in lower case"
    return f"{path}: {error.message}"


def _endpoint(
    doc: SourceDocument, shared: dict[str, NamedType], errors: list[SpecError]
) -> Endpoint | None:
    data = doc.data
    endpoint_id: str = data["id"]
    expected_file = endpoint_id.replace("/", "__") + ".yaml"
    if doc.path.name != expected_file:
        raise SpecError(
            doc.location(("id",)), f"the spec for {endpoint_id!r} must be named {expected_file}"
        )
    before = len(errors)
    local_names = set(data.get("types", {}))
    pending: list[tuple[Field, JsonPath]] = []
    types = _named_types(doc, ("types",), local_names, set(shared), errors, pending)
    input_obj = _object(doc, ("input",), "Input", local_names, set(shared), errors, pending)
    output_obj = _object(doc, ("output",), "Output", local_names, set(shared), errors, pending)
    if len(errors) > before:
        return None
    _check_defaults(doc, pending, types, shared, errors)
    dual = _dual_types(doc, input_obj, output_obj, types, shared, errors)
    if len(errors) > before:
        return None
    path, module, stem = naming.endpoint_names(endpoint_id, data.get("python_name"))
    return Endpoint(
        id=endpoint_id,
        title=data["title"],
        description=data.get("description", "").strip(),
        category=data["category"],
        docs_url=data.get("docs_url", f"https://fal.ai/models/{endpoint_id}/api"),
        status=data["status"],
        replacement=data.get("replacement"),
        notes=tuple(n.strip() for n in data.get("notes", [])),
        source=data.get("source", "").strip(),
        input=dataclasses.replace(input_obj, name=stem + "Input"),
        output=dataclasses.replace(output_obj, name=stem + "Output"),
        types=types,
        example_input=data.get("example_input"),
        example_output=data.get("example_output"),
        spec_path=doc.path,
        module=module,
        class_stem=stem,
        attribute_path=path,
        dual_types=dual,
    )


def _named_types(
    doc: SourceDocument,
    at: JsonPath,
    local: set[str],
    shared: set[str],
    errors: list[SpecError],
    pending: list[tuple[Field, JsonPath]],
) -> dict[str, NamedType]:
    out: dict[str, NamedType] = {}
    node = doc.data
    for key in at:
        node = node.get(key, {}) if isinstance(node, dict) else {}
    for name, body in node.items():
        where = (*at, name)
        if "enum" in body:
            values = tuple(body["enum"])
            if len(set(values)) != len(values):
                errors.append(
                    SpecError(doc.location((*where, "enum")), f"type {name}: enum values repeat")
                )
            out[name] = EnumType(
                name, body.get("description", "").strip(), values, doc.location(where)
            )
        else:
            out[name] = _object(doc, where, name, local, shared, errors, pending)
    return out


def _object(
    doc: SourceDocument,
    at: JsonPath,
    name: str,
    local: set[str],
    shared: set[str],
    errors: list[SpecError],
    pending: list[tuple[Field, JsonPath]],
) -> ObjectType:
    body = doc.data
    for key in at:
        body = body[key]
    fields: list[Field] = []
    seen: dict[str, int] = {}
    python_names: dict[str, str] = {}
    for index, raw in enumerate(body["fields"]):
        where = (*at, "fields", index)
        wire = raw["name"]
        if wire in seen:
            errors.append(
                SpecError(
                    doc.location((*where, "name")),
                    f"duplicate field {wire!r} (first at fields[{seen[wire]}])",
                )
            )
            continue
        seen[wire] = index
        try:
            field = _field(doc, where, raw, local, shared)
        except SpecError as exc:
            errors.append(exc)
            continue
        if field.python_name in python_names:
            errors.append(
                SpecError(
                    doc.location((*where, "name")),
                    f"field {wire!r} and {python_names[field.python_name]!r} both become "
                    f"Python attribute {field.python_name!r}",
                )
            )
        python_names[field.python_name] = wire
        fields.append(field)
        pending.append((field, where))
    return ObjectType(
        name,
        body.get("description", "").strip(),
        tuple(fields),
        doc.location(at),
        open=bool(body.get("open", False)),
    )


def _field(
    doc: SourceDocument, at: JsonPath, raw: dict[str, Any], local: set[str], shared: set[str]
) -> Field:
    wire = raw["name"]
    try:
        parsed = type_expr.parse(raw["type"], local, shared)
    except type_expr.TypeExprError as exc:
        raise SpecError(doc.location((*at, "type")), f"field {wire!r}: {exc}") from None
    if "enum" in raw:
        if parsed not in (Primitive("string"), Primitive("integer")):
            raise SpecError(
                doc.location((*at, "enum")), f"field {wire!r}: `enum` needs type string or integer"
            )
        values = tuple(raw["enum"])
        if len(set(values)) != len(values):
            raise SpecError(doc.location((*at, "enum")), f"field {wire!r}: enum values repeat")
        parsed = InlineEnum(values)
    constraints = Constraints(**{k: raw[k] for k in vars(Constraints()) if k in raw})
    required = bool(raw.get("required", False))
    field = Field(
        name=wire,
        python_name=naming.field_python_name(wire),
        type=parsed,
        required=required,
        nullable=bool(raw.get("nullable", False)),
        default=raw.get("default", NO_DEFAULT),
        description=str(raw.get("description", "")).strip(),
        examples=tuple(raw.get("examples", ())),
        constraints=constraints,
        file=bool(raw.get("file", False)),
        from_prose=tuple(raw.get("from_prose", ())),
        deprecated=bool(raw.get("deprecated", False)),
        location=doc.location(at),
        format=raw.get("format"),
        hints=tuple(raw.get("hints", {}).items()),
    )
    if required and field.has_default:
        raise SpecError(
            doc.location((*at, "default")),
            f"field {wire!r} is required, so it cannot have a default",
        )
    for key, _ in constraints.items():
        if not constraint_applies(field, key):
            raise SpecError(
                doc.location((*at, key)),
                f"field {wire!r}: `{key}` does not apply to type {raw['type']!r}",
            )
    for t in (t for t in _options(parsed) if isinstance(t, TupleOf)):
        for key in ("min_items", "max_items"):
            value = getattr(constraints, key)
            if value is not None and value != len(t.items):
                raise SpecError(
                    doc.location((*at, key)),
                    f"field {wire!r}: {key} {value} contradicts its tuple of {len(t.items)} items",
                )
    if field.format is not None and not constraint_applies(field, "min_length"):
        raise SpecError(
            doc.location((*at, "format")),
            f"field {wire!r}: `format` describes strings, not type {raw['type']!r}",
        )
    for low, high in (
        ("minimum", "maximum"),
        ("min_length", "max_length"),
        ("min_items", "max_items"),
    ):
        lo, hi = getattr(constraints, low), getattr(constraints, high)
        if lo is not None and hi is not None and lo > hi:
            raise SpecError(
                doc.location((*at, low)), f"field {wire!r}: {low} {lo} is greater than {high} {hi}"
            )
    for key in field.from_prose:
        if getattr(constraints, key) is None:
            raise SpecError(
                doc.location((*at, "from_prose")),
                f"field {wire!r}: from_prose names {key!r} but the field sets no {key}",
            )
    return field


def _options(ref: TypeRef) -> tuple[TypeRef, ...]:
    return ref.options if isinstance(ref, Union) else (ref,)


def _ref_name(ref: Ref) -> str:
    return f"#/$defs/{ref.scope}.{ref.name}"


def _check_defaults(
    doc: SourceDocument,
    fields: list[tuple[Field, JsonPath]],
    local: dict[str, NamedType],
    shared: dict[str, NamedType],
    errors: list[SpecError],
) -> None:
    """Each default and example must satisfy its own field's type, enum and bounds."""
    defs = {f"shared.{n}": named_schema(t, "input", _ref_name) for n, t in shared.items()}
    defs.update({f"local.{n}": named_schema(t, "input", _ref_name) for n, t in local.items()})
    for field, at in fields:
        schema = field_schema(field, "input", _ref_name)
        schema.pop("default", None)
        validator = jsonschema.Draft202012Validator({**schema, "$defs": defs})
        checks: list[tuple[str, JsonPath, Any]] = []
        if field.has_default:
            checks.append(("default", (*at, "default"), field.default))
        checks += [
            (f"examples[{i}]", (*at, "examples", i), ex) for i, ex in enumerate(field.examples)
        ]
        for label, where, value in checks:
            problem = next(iter(validator.iter_errors(value)), None)
            if problem is None:
                continue
            reason = _deepest(problem).message
            if label == "default" and isinstance(field.type, InlineEnum):
                reason = (
                    f"{value!r} is not one of the field's enum values {list(field.type.values)}"
                )
            elif label == "default":
                reason += " (the default violates the field's own type or bounds)"
            errors.append(SpecError(doc.location(where), f"field {field.name!r}: {label} {reason}"))


def _dual_types(
    doc: SourceDocument,
    input_obj: ObjectType,
    output_obj: ObjectType,
    local: dict[str, NamedType],
    shared: dict[str, NamedType],
    errors: list[SpecError],
) -> frozenset[str]:
    """Local types used by both input and output. Inputs are closed and outputs open, so such a
    type becomes two models: `<name>` for the input, `<name>Output` for the output. A shared
    type must keep to one side (its class name must not depend on which endpoints exist)."""
    both = refs_of_object(input_obj, local, shared) & refs_of_object(output_obj, local, shared)
    dual: set[str] = set()
    for ref in sorted(both, key=lambda r: (r.scope, r.name)):
        if ref.scope == "shared":
            errors.append(
                SpecError(
                    doc.location(("output",)),
                    f"shared type {ref.name!r} is used by both input and output; "
                    "define a local type for one side",
                )
            )
            continue
        variant = ref.name + OUTPUT_VARIANT_SUFFIX
        if variant in local:
            errors.append(
                SpecError(
                    doc.location(("types", variant)),
                    f"type {ref.name!r} is used by both input and output, so its output model is "
                    f"named {variant!r}, which this spec also defines",
                )
            )
        dual.add(ref.name)
    return frozenset(dual)
