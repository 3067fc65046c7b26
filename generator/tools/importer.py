"""Turns fal's per-endpoint OpenAPI documents into spec dictionaries (written as YAML by the CLI)."""

from __future__ import annotations

import copy
import json
import re
import urllib.request
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from generator.pipeline import naming

_CONSTRAINTS = {
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
# fal's non-standard keys (its playground's slider settings): kept as the field's `hints`.
_HINTS = ("min", "max", "step")
_TYPE_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_FILE_NAME = re.compile(r"(^|_)(image|mask|video|audio|file)(_url|_urls)?$|_urls?$")


class ImportError_(ValueError):
    pass


class _NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump_spec(spec: dict[str, Any]) -> str:
    """A spec as YAML: key order kept, no anchors, long lines left to the reader's editor."""
    return yaml.dump(spec, Dumper=_NoAliasDumper, sort_keys=False, allow_unicode=True, width=100)


def read_document(source: str) -> dict[str, Any]:
    """A fal OpenAPI document from a file, or from a URL (fal serves one per endpoint at
    https://fal.ai/api/openapi/queue/openapi.json?endpoint_id=<id>)."""
    if "://" in source:
        with urllib.request.urlopen(source, timeout=30) as response:
            text = response.read().decode("utf-8")
    else:
        text = Path(source).read_text(encoding="utf-8")
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportError_(f"{source}: not JSON ({exc})") from None
    if not isinstance(document, dict) or "components" not in document or "paths" not in document:
        raise ImportError_(f"{source}: not a fal OpenAPI document (no components or paths)")
    return document


def import_document(doc: dict[str, Any], shared_types: dict[str, Any]) -> dict[str, Any]:
    """One fal OpenAPI document → one spec (a plain dict in the spec format)."""
    meta = doc.get("info", {}).get("x-fal-metadata", {})
    endpoint_id = meta.get("endpointId") or _endpoint_id_from_paths(doc)
    schemas = doc["components"]["schemas"]
    input_name, output_name = _io_names(doc, endpoint_id)
    converter = _Converter(schemas, shared_types)
    spec: dict[str, Any] = {
        "id": endpoint_id,
        "title": _title(doc, endpoint_id),
        "category": meta.get("category", "uncategorized"),
        "docs_url": meta.get("documentationUrl", f"https://fal.ai/models/{endpoint_id}/api"),
        "status": "active",
    }
    description = schemas[input_name].get("description", "")
    if description:
        spec["description"] = description.strip()
    spec["input"] = converter.object(schemas[input_name], "input")
    spec["output"] = converter.object(schemas[output_name], "output")
    if converter.local_types:
        spec["types"] = dict(sorted(converter.local_types.items()))
    notes = _provenance_notes(doc) + converter.notes
    if notes:
        spec["notes"] = notes
    example_input = _example(spec["input"], required_only=False)
    required = {f["name"] for f in spec["input"]["fields"] if f.get("required")}
    if example_input and required <= set(example_input):
        # Only a complete request is an example input: fal gives some fields no example.
        spec["example_input"] = example_input
    example_output = _example(spec["output"], required_only=False)
    if example_output:
        spec["example_output"] = example_output
    return spec


class NameRegistry:
    """The names (attribute path, module, class stem) every spec in a folder takes, read once;
    `pin` gives a spec a `python_name` when the names derived from its id are already taken by
    another spec (an existing pin is kept), so that no endpoint is ever renamed."""

    def __init__(self, specs_dir: Path) -> None:
        self._names: dict[str, set[str]] = {}
        for path in sorted((specs_dir / "endpoints").glob("*.yaml")):
            other = yaml.load(path.read_text(encoding="utf-8"), Loader=_SafeLoader)
            self._names[other["id"]] = naming.taken_names(other["id"], other.get("python_name"))

    def pin(self, spec: dict[str, Any], existing: dict[str, Any] | None) -> None:
        if existing is not None and "python_name" in existing:
            spec["python_name"] = existing["python_name"]
        else:
            taken = set().union(*(n for i, n in self._names.items() if i != spec["id"]))
            pinned = naming.pinned_name(spec["id"], taken)
            if pinned is not None:
                spec["python_name"] = pinned
        self._names[spec["id"]] = naming.taken_names(spec["id"], spec.get("python_name"))


_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _provenance_notes(doc: dict[str, Any]) -> list[str]:
    """What a reassembled document says about itself (`info.x-reconstructed`): its repairs, and
    a lifecycle cross-check unless that found nothing ("identical")."""
    recon = doc.get("info", {}).get("x-reconstructed", {})
    if not isinstance(recon, dict):
        return []
    notes = [f"Source document: {_clean(n)}" for n in recon.get("notes", [])]
    checked = _clean(str(recon.get("cross_checked", "")))
    if checked and not checked.startswith("top-level Input/Output field names and required"):
        notes.append(f"Lifecycle: {checked}")
    return notes


def _endpoint_id_from_paths(doc: dict[str, Any]) -> str:
    for path, ops in doc["paths"].items():
        if "post" in ops and "/requests/" not in path:
            return str(path.strip("/"))
    raise ImportError_("cannot find the endpoint id (no x-fal-metadata and no submit path)")


def _io_names(doc: dict[str, Any], endpoint_id: str) -> tuple[str, str]:
    input_name = output_name = None
    for path, ops in doc["paths"].items():
        if "post" in ops and "/requests/" not in path:
            ref = ops["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
            input_name = ref.rsplit("/", 1)[-1]
        if path.endswith("/requests/{request_id}") and "get" in ops:
            ref = ops["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
            output_name = ref.rsplit("/", 1)[-1]
    if not input_name or not output_name:
        raise ImportError_(f"{endpoint_id}: cannot find the input and output schemas in `paths`")
    return input_name, output_name


def _title(doc: dict[str, Any], endpoint_id: str) -> str:
    title = doc.get("info", {}).get("title", "")
    prefix = "Queue OpenAPI for "
    if title.startswith(prefix) or not title:
        return " ".join(
            w.capitalize() for w in re.split(r"[/_-]", "/".join(naming.id_segments(endpoint_id)))
        )
    return str(title)


class _Converter:
    def __init__(self, schemas: dict[str, Any], shared_types: dict[str, Any]) -> None:
        self.schemas = schemas
        self.shared = shared_types
        self.local_types: dict[str, Any] = {}
        self.notes: list[str] = []
        self._converting: set[str] = set()
        self._names = _type_names(schemas)
        # fal's own schemas validate fal's defaults and examples (refs resolve from this root),
        # once as fal wrote them and once closed as the spec check reads them (an object accepts
        # only its properties unless fal says `additionalProperties: true`).
        self._root = {"components": {"schemas": schemas}}
        self._closed_root = {"components": {"schemas": _closed(schemas, by_name=True)}}

    def object(self, schema: dict[str, Any], direction: str) -> dict[str, Any]:
        props: dict[str, Any] = schema.get("properties", {})
        order = [p for p in schema.get("x-fal-order-properties", []) if p in props]
        order += [p for p in props if p not in order]
        required = set(schema.get("required", []))
        fields = [self.field(name, props[name], name in required, direction) for name in order]
        out: dict[str, Any] = {}
        if schema.get("description"):
            out["description"] = schema["description"].strip()
        if schema.get("additionalProperties") is True:
            out["open"] = True
        out["fields"] = fields
        return out

    def field(
        self, name: str, prop: dict[str, Any], required: bool, direction: str
    ) -> dict[str, Any]:
        field: dict[str, Any] = {"name": name}
        prop = _as_any_of(prop)
        branches = prop.get("anyOf", [prop])
        nullable = any(b.get("type") == "null" for b in branches) or prop.get("nullable") is True
        branches = [_const_as_enum(b) for b in branches if b.get("type") != "null"]
        if len(branches) == 1 and "const" in prop:
            branches = [_const_as_enum(prop)]
        enum_branch = [b for b in branches if "enum" in b]
        if len(branches) == 1 and "enum" in branches[0]:
            field["type"] = branches[0].get("type", "string")
            field["enum"] = list(branches[0]["enum"])
        else:
            types = []
            for b in branches:
                if "enum" in b and len(branches) > 1:
                    types.append(self._enum_type(name, b, len(enum_branch)))
                else:
                    types.append(self.type_of(b, name, direction))
            field["type"] = " | ".join(dict.fromkeys(types))
        if required:
            field["required"] = True
        if nullable:
            field["nullable"] = True
        if "default" in prop and not required:
            field["default"] = prop["default"]
        if prop.get("description"):
            field["description"] = _clean(prop["description"])
        for key, ours in _CONSTRAINTS.items():
            value = prop.get(key, next((b[key] for b in branches if key in b), None))
            if value is not None:
                field[ours] = value
        fmt = prop.get("format", next((b["format"] for b in branches if "format" in b), None))
        if fmt is not None:
            field["format"] = fmt
        hints = {k: prop[k] for k in _HINTS if isinstance(prop.get(k), (int, float))}
        if hints:
            field["hints"] = hints
        if prop.get("examples"):
            field["examples"] = list(prop["examples"])
        self._repair(field, prop, direction)
        if direction == "input" and _FILE_NAME.search(name) and "string" in field["type"]:
            field["file"] = True
        if prop.get("deprecated"):
            field["deprecated"] = True
        return field

    def _repair(self, field: dict[str, Any], prop: dict[str, Any], direction: str) -> None:
        """fal's own defaults and examples that its schema rejects: an integer field with a
        fractional default or example becomes a number; an object with keys its type lacks
        loses them (the spec's objects are closed, JSON Schema's are open unless told); any
        other such value is dropped. Each repair is written to the spec's notes."""
        values = [("default", field["default"])] if "default" in field else []
        values += [("example", e) for e in field.get("examples", [])]
        where = f"{direction}.{field['name']}"
        fractional = [v for _, v in values if isinstance(v, float) and not v.is_integer()]
        if fractional and field["type"] == "integer" and "enum" not in field:
            field["type"] = "number"
            prop = _as_number(prop)
            self.notes.append(
                f"`{where}`: fal types it integer but its default/examples are fractional "
                f"({fractional[0]!r}); imported as number."
            )
        fal = jsonschema.Draft202012Validator({**self._root, **_nullable(prop)})
        closed = jsonschema.Draft202012Validator({**self._closed_root, **_closed(_nullable(prop))})
        examples: list[Any] = []
        for kind, value in values:
            if closed.is_valid(value):
                examples += [value] if kind == "example" else []
                continue
            repaired, removed = (
                _without_unknown_keys(value, closed) if fal.is_valid(value) else (None, [])
            )
            if repaired is not None:
                if kind == "default":
                    field["default"] = repaired
                else:
                    examples.append(repaired)
                self.notes.append(
                    f"`{where}`: fal's {kind} has keys its own type lacks ({', '.join(removed)}); "
                    "they were removed."
                )
                continue
            if kind == "default":
                del field["default"]
            shown = json.dumps(value)
            shown = shown if len(shown) <= 60 else shown[:57] + "..."
            self.notes.append(
                f"`{where}`: fal's {kind} {shown} does not match fal's own schema; left out."
            )
        if examples:
            field["examples"] = examples
        else:
            field.pop("examples", None)

    def type_of(self, schema: dict[str, Any], field_name: str, direction: str) -> str:
        schema = _as_any_of(schema)
        if "$ref" in schema:
            target = self.schemas[schema["$ref"].rsplit("/", 1)[-1]]
            if _free_object(target):
                # A named type without properties (fal's placeholders): any JSON object.
                return self.type_of({"type": "object", **target}, field_name, direction)
            return self._named(schema["$ref"].rsplit("/", 1)[-1], direction)
        if "allOf" in schema:
            if len(schema["allOf"]) == 1:
                # fal wraps a lone $ref in allOf to give it its own description and examples.
                return self.type_of(schema["allOf"][0], field_name, direction)
            self.notes.append(
                f"`{direction}.{field_name}`: fal combines {len(schema['allOf'])} schemas with "
                "allOf, which the spec format cannot say; imported as any."
            )
            return "any"
        if "anyOf" in schema:
            # Inside a list or map a null branch is the `null` type (a field's own null branch
            # is `nullable`, see field()).
            options = (self.type_of(b, field_name, direction) for b in schema["anyOf"])
            return " | ".join(dict.fromkeys(options))
        kind = schema.get("type")
        if kind == "array" and "prefixItems" in schema:
            return self._tuple(schema, field_name, direction)
        if kind == "array":
            return f"list[{self.type_of(schema.get('items', {}), field_name, direction)}]"
        if kind == "object" and "properties" not in schema:
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return f"map[{self.type_of(extra, field_name, direction)}]"
            return "map[any]"
        if "properties" in schema:
            return self._inline_object(schema, field_name, direction)
        if kind == "null":
            return "null"
        if kind in ("string", "integer", "number", "boolean"):
            if "enum" in schema or "const" in schema:
                return self._enum_type(field_name, _const_as_enum(schema), 1)
            return str(kind)
        unknown = sorted(set(schema) & _UNSUPPORTED)
        if unknown:
            self.notes.append(
                f"`{direction}.{field_name}`: fal's schema uses {', '.join(unknown)}, which the "
                "spec format cannot say; imported as any."
            )
        return "any"

    def _inline_object(self, schema: dict[str, Any], field_name: str, direction: str) -> str:
        """An object fal defines in place rather than as a component: a local type named after
        the field (numbered when that name is taken by another shape)."""
        body = self.object(schema, direction)
        base = _type_name(field_name) or "Object"
        name, n = base, 2
        taken = set(self._names.values())
        while name in taken or self.local_types.get(name, body) != body:
            name, n = f"{base}{n}", n + 1
        self.local_types[name] = body
        return name

    def _tuple(self, schema: dict[str, Any], field_name: str, direction: str) -> str:
        """`prefixItems` (each item its own type) is a tuple when nothing may follow the prefix
        (`items: false`, or `maxItems` its length); otherwise a list of any of the item types."""
        prefix = [self.type_of(b, field_name, direction) for b in schema["prefixItems"]]
        if schema.get("items") is False or schema.get("maxItems") == len(prefix):
            return f"tuple[{', '.join(prefix)}]"
        rest = schema.get("items", {})
        options = [
            *prefix,
            self.type_of(rest if isinstance(rest, dict) else {}, field_name, direction),
        ]
        self.notes.append(
            f"`{direction}.{field_name}`: fal's prefixItems allow more items after the prefix; "
            "imported as a list."
        )
        return f"list[{' | '.join(dict.fromkeys(options))}]"

    def _enum_type(self, field_name: str, branch: dict[str, Any], count: int) -> str:
        name = _type_name(field_name) + ("Preset" if count == 1 else "Option")
        body = {"enum": list(branch["enum"])}
        existing = self.local_types.get(name)
        if existing is not None and existing != body:
            name += str(len(self.local_types))
        self.local_types[name] = body
        return name

    def _named(self, fal_name: str, direction: str) -> str:
        name = self._names[fal_name]
        if fal_name in self._converting:
            return name  # a recursive type refers to itself
        schema = self.schemas[fal_name]
        converted = self._convert_named(fal_name, schema, direction)
        shared = self.shared.get(name)
        if shared is not None and _shape(shared) == _shape(converted):
            return name
        self.local_types[name] = converted
        return name

    def _convert_named(self, name: str, schema: dict[str, Any], direction: str) -> dict[str, Any]:
        if "enum" in schema:
            body: dict[str, Any] = {"enum": list(schema["enum"])}
            if schema.get("description"):
                body["description"] = schema["description"].strip()
            return body
        self._converting.add(name)
        try:
            return self.object(schema, direction)
        finally:
            self._converting.discard(name)


def _type_names(schemas: dict[str, Any]) -> dict[str, str]:
    """fal component name → spec type name. fal's module-qualified or hyphenated names
    (`fal__toolkit__image__image__Image`, `fal-ai_flux-2-klein_LoRAInput`) become PascalCase;
    a clash with another component's name gets a number."""
    taken = {n for n in schemas if _TYPE_NAME.match(n)}
    out: dict[str, str] = {}
    for fal_name in schemas:
        if _TYPE_NAME.match(fal_name):
            out[fal_name] = fal_name
            continue
        base = _type_name(fal_name) or "Type"
        base = base if base[0].isalpha() else "T" + base
        name, n = base, 2
        while name in taken:
            name, n = f"{base}{n}", n + 1
        taken.add(name)
        out[fal_name] = name
    return out


def _type_name(text: str) -> str:
    """PascalCase without the underscore `naming.pascal` puts between digit runs: spec type names
    are letters and digits only (specs/spec.schema.json)."""
    return naming.pascal(text).replace("_", "")


def _free_object(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "object" and "properties" not in schema and "enum" not in schema


def _const_as_enum(schema: dict[str, Any]) -> dict[str, Any]:
    """`const: x` is a one-value enum."""
    if "const" not in schema:
        return schema
    return {**{k: v for k, v in schema.items() if k != "const"}, "enum": [schema["const"]]}


_SUBSCHEMA_LISTS = ("anyOf", "allOf", "oneOf", "prefixItems")
# JSON Schema keywords that constrain a value's type in ways the spec format has no word for.
_UNSUPPORTED = frozenset({"not", "if", "then", "else", "patternProperties", "dependentSchemas"})
_ANNOTATIONS = frozenset({"title", "description", "default", "examples", "example", "deprecated"})


def _as_any_of(schema: dict[str, Any]) -> dict[str, Any]:
    """Spellings of a union that fal's OpenAPI 3.0 documents do not use so far but JSON Schema
    allows, as `anyOf`: `oneOf` (pydantic's discriminated unions; the `discriminator` only helps
    a validator choose), and a list of types (`type: [string, "null"]`)."""
    if "oneOf" in schema and "anyOf" not in schema:
        rest = {k: v for k, v in schema.items() if k not in ("oneOf", "discriminator")}
        schema = {**rest, "anyOf": schema["oneOf"]}
    kind = schema.get("type")
    if isinstance(kind, list):
        rest = {k: v for k, v in schema.items() if k != "type"}
        shared = {k: v for k, v in rest.items() if k in _ANNOTATIONS}
        own = {k: v for k, v in rest.items() if k not in _ANNOTATIONS}
        schema = {**shared, "anyOf": [{**own, "type": t} for t in kind]}
    return schema


def _closed(schema: Any, *, by_name: bool = False) -> Any:
    """`schema` (or, `by_name`, a dict of named schemas) with every object that has properties
    closed, as the spec reads fal's objects, unless fal set `additionalProperties` itself."""
    if by_name:
        return {name: _closed(s) for name, s in schema.items()}
    if not isinstance(schema, dict):
        return schema
    out = dict(schema)
    if isinstance(out.get("properties"), dict):
        out["properties"] = {k: _closed(v) for k, v in out["properties"].items()}
        out.setdefault("additionalProperties", False)
    for key in _SUBSCHEMA_LISTS:
        if isinstance(out.get(key), list):
            out[key] = [_closed(s) for s in out[key]]
    for key in ("items", "additionalProperties"):
        if isinstance(out.get(key), dict):
            out[key] = _closed(out[key])
    return out


def _without_unknown_keys(
    value: Any, validator: jsonschema.Draft202012Validator
) -> tuple[Any, list[str]]:
    """`value` without the object keys `validator` calls unexpected, and those keys' paths, if
    that makes it valid; else (None, [])."""
    value = copy.deepcopy(value)
    removed: list[str] = []
    for _ in range(8):  # each pass may uncover keys inside what the last one kept
        extras = [
            (tuple(e.absolute_path), k)
            for e in _all_errors(validator.iter_errors(value))
            if e.validator == "additionalProperties"
            and isinstance(e.instance, dict)
            and isinstance(e.schema, dict)
            for k in e.instance
            if k not in e.schema.get("properties", {})
        ]
        if not extras:
            break
        for path, key in dict.fromkeys(extras):
            target = value
            for step in path:
                target = target[step]
            if key in target:
                del target[key]
                removed.append(".".join([*map(str, path), key]))
    if validator.is_valid(value) and removed:
        return value, removed
    return None, []


def _all_errors(
    errors: Iterable[jsonschema.ValidationError],
) -> Iterator[jsonschema.ValidationError]:
    for error in errors:
        yield error
        yield from _all_errors(error.context or ())


def _as_number(prop: dict[str, Any]) -> dict[str, Any]:
    if "anyOf" in prop:
        branches = [
            {**b, "type": "number"} if b.get("type") == "integer" else b for b in prop["anyOf"]
        ]
        return {**prop, "anyOf": branches}
    return {**prop, "type": "number"}


def _nullable(prop: dict[str, Any]) -> dict[str, Any]:
    """OpenAPI 3.0's `nullable: true` in JSON Schema terms."""
    if prop.get("nullable") is True:
        return {"anyOf": [{k: v for k, v in prop.items() if k != "nullable"}, {"type": "null"}]}
    return prop


def _shape(named: dict[str, Any]) -> Any:
    """A named type without its examples: two types of the same shape are the same type."""
    if "fields" not in named:
        return named
    fields = [{k: v for k, v in f.items() if k != "examples"} for f in named["fields"]]
    return {**named, "fields": fields}


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _example(obj: dict[str, Any], required_only: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for field in obj["fields"]:
        if required_only and not field.get("required"):
            continue
        if field.get("examples"):
            out[field["name"]] = field["examples"][0]
    return out
