"""Turns IR types into JSON Schema: the input to datamodel-code-generator and to default checks.

Direction matters: input models are closed (unknown keys rejected, enums exact); output models
are open (unknown keys kept, unknown enum values tolerated) so a new fal field never breaks
parsing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from generator.pipeline.ir import (
    EnumType,
    Field,
    InlineEnum,
    ListOf,
    MapOf,
    NamedType,
    ObjectType,
    Primitive,
    Ref,
    TupleOf,
    TypeRef,
    Union,
)

Direction = Literal["input", "output"]
RefNamer = Callable[[Ref], str]

_PRIMITIVE = {
    "string": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
    "null": "null",
}
_CONSTRAINT_KEYS = {
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusive_minimum": "exclusiveMinimum",
    "exclusive_maximum": "exclusiveMaximum",
    "multiple_of": "multipleOf",
    "min_length": "minLength",
    "max_length": "maxLength",
    "pattern": "pattern",
    "min_items": "minItems",
    "max_items": "maxItems",
}


def enum_schema(values: tuple[str | int, ...], direction: Direction) -> dict[str, Any]:
    kind = "integer" if all(isinstance(v, int) for v in values) else "string"
    exact: dict[str, Any] = {"type": kind, "enum": list(values)}
    if direction == "output":
        return {"anyOf": [exact, {"type": kind}]}
    return exact


def type_schema(ref: TypeRef, direction: Direction, ref_namer: RefNamer) -> dict[str, Any]:
    match ref:
        case Primitive(kind="any"):
            return {}
        case Primitive(kind=kind):
            return {"type": _PRIMITIVE[kind]}
        case ListOf(item=item):
            return {"type": "array", "items": type_schema(item, direction, ref_namer)}
        case TupleOf(items=items):
            # datamodel-code-generator makes a tuple of prefixItems only when the length is set.
            return {
                "type": "array",
                "prefixItems": [type_schema(i, direction, ref_namer) for i in items],
                "minItems": len(items),
                "maxItems": len(items),
            }
        case MapOf(value=value):
            return {
                "type": "object",
                "additionalProperties": type_schema(value, direction, ref_namer),
            }
        case Ref():
            return {"$ref": ref_namer(ref)}
        case InlineEnum(values=values):
            return enum_schema(values, direction)
        case Union(options=options):
            return {"anyOf": [type_schema(o, direction, ref_namer) for o in options]}
    raise AssertionError(ref)


FILE_MARKER = "x-fal-file"


def field_schema(field: Field, direction: Direction, ref_namer: RefNamer) -> dict[str, Any]:
    schema = type_schema(field.type, direction, ref_namer)
    constraints = {_CONSTRAINT_KEYS[k]: v for k, v in field.constraints.items()}
    if constraints:
        # Constraints apply to the branch they make sense for (numbers, strings or lists).
        schema = _attach_constraints(schema, constraints)
    if field.nullable:
        schema = {"anyOf": [*_branches(schema), {"type": "null"}]}
    description = field.description
    if field.unchecked:
        description += f"{' ' if description else ''}Not checked by the client: {field.unchecked}."
    if description:
        schema["description"] = description
    if (field.has_default and not isinstance(field.default, (dict, list))) or field.default == []:
        # Object defaults stay fal's: a model default would need a factory the type checker
        # rejects, and an unset field is never sent, so fal applies its own default anyway.
        schema["default"] = field.default
    if field.file and direction == "input":
        # Read by the runtime: these fields also take local files, which it uploads.
        schema[FILE_MARKER] = True
    return schema


def _branches(schema: dict[str, Any]) -> list[dict[str, Any]]:
    return list(schema["anyOf"]) if set(schema) == {"anyOf"} else [schema]


_APPLIES_TO = {
    "minimum": {"integer", "number"},
    "maximum": {"integer", "number"},
    "exclusiveMinimum": {"integer", "number"},
    "exclusiveMaximum": {"integer", "number"},
    "multipleOf": {"integer", "number"},
    "minLength": {"string"},
    "maxLength": {"string"},
    "pattern": {"string"},
    "minItems": {"array"},
    "maxItems": {"array"},
}


def _attach_constraints(schema: dict[str, Any], constraints: dict[str, Any]) -> dict[str, Any]:
    branches = _branches(schema)
    for branch in branches:
        for key, value in constraints.items():
            if branch.get("type") in _APPLIES_TO[key] and "enum" not in branch:
                if key in ("minItems", "maxItems") and "prefixItems" in branch:
                    continue  # a tuple's length is its own (the loader checks they agree)
                branch[key] = value
    return {"anyOf": branches} if len(branches) > 1 else branches[0]


def constraint_applies(field: Field, key: str) -> bool:
    """Whether a spec constraint (`min_items`, …) has a branch of the field's type to act on."""
    kinds = _APPLIES_TO[_CONSTRAINT_KEYS[key]]
    return any(b.get("type") in kinds for b in _branches(type_schema(field.type, "input", str)))


def object_schema(obj: ObjectType, direction: Direction, ref_namer: RefNamer) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": "object",
        "title": obj.name,
        "properties": {f.name: field_schema(f, direction, ref_namer) for f in obj.fields},
        "additionalProperties": direction == "output" or obj.open,
    }
    required = [f.name for f in obj.fields if f.required]
    if required:
        schema["required"] = required
    if obj.description:
        schema["description"] = obj.description
    return schema


def named_schema(named: NamedType, direction: Direction, ref_namer: RefNamer) -> dict[str, Any]:
    if isinstance(named, EnumType):
        schema = enum_schema(named.values, direction)
        if named.description:
            schema["description"] = named.description
        return schema
    return object_schema(named, direction, ref_namer)
