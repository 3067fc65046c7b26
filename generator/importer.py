"""Turns fal's per-endpoint OpenAPI documents into spec dictionaries (written as YAML by the CLI)."""

from __future__ import annotations

import json
import re
import urllib.request
from pathlib import Path
from typing import Any

import yaml

from generator import naming

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
    example_input = _example(spec["input"], required_only=False)
    if example_input:
        spec["example_input"] = example_input
    example_output = _example(spec["output"], required_only=False)
    if example_output:
        spec["example_output"] = example_output
    return spec


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
        self._converting: set[str] = set()

    def object(self, schema: dict[str, Any], direction: str) -> dict[str, Any]:
        props: dict[str, Any] = schema.get("properties", {})
        order = [p for p in schema.get("x-fal-order-properties", []) if p in props]
        order += [p for p in props if p not in order]
        required = set(schema.get("required", []))
        fields = [self.field(name, props[name], name in required, direction) for name in order]
        out: dict[str, Any] = {}
        if schema.get("description"):
            out["description"] = schema["description"].strip()
        out["fields"] = fields
        return out

    def field(
        self, name: str, prop: dict[str, Any], required: bool, direction: str
    ) -> dict[str, Any]:
        field: dict[str, Any] = {"name": name}
        branches = prop.get("anyOf", [prop])
        nullable = any(b.get("type") == "null" for b in branches) or prop.get("nullable") is True
        branches = [b for b in branches if b.get("type") != "null"]
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
        if prop.get("examples"):
            field["examples"] = list(prop["examples"])
        if direction == "input" and _FILE_NAME.search(name) and "string" in field["type"]:
            field["file"] = True
        if prop.get("deprecated"):
            field["deprecated"] = True
        return field

    def type_of(self, schema: dict[str, Any], field_name: str, direction: str) -> str:
        if "$ref" in schema:
            return self._named(schema["$ref"].rsplit("/", 1)[-1], direction)
        if "anyOf" in schema:
            inner = [b for b in schema["anyOf"] if b.get("type") != "null"]
            return " | ".join(self.type_of(b, field_name, direction) for b in inner)
        kind = schema.get("type")
        if kind == "array":
            return f"list[{self.type_of(schema.get('items', {}), field_name, direction)}]"
        if kind == "object" and "properties" not in schema:
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return f"map[{self.type_of(extra, field_name, direction)}]"
            return "map[any]"
        if kind in ("string", "integer", "number", "boolean"):
            return str(kind)
        return "any"

    def _enum_type(self, field_name: str, branch: dict[str, Any], count: int) -> str:
        name = naming.pascal(field_name) + ("Preset" if count == 1 else "Option")
        body = {"enum": list(branch["enum"])}
        existing = self.local_types.get(name)
        if existing is not None and existing != body:
            name += str(len(self.local_types))
        self.local_types[name] = body
        return name

    def _named(self, name: str, direction: str) -> str:
        schema = self.schemas[name]
        converted = self._convert_named(name, schema, direction)
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
        if name in self._converting:
            raise ImportError_(f"recursive type {name} is not supported")
        self._converting.add(name)
        try:
            return self.object(schema, direction)
        finally:
            self._converting.discard(name)


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
