"""The typed intermediate representation: the only thing the emitters and templates see."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

PrimitiveKind = Literal["string", "integer", "number", "boolean", "any", "null"]


@dataclass(frozen=True)
class Primitive:
    kind: PrimitiveKind


@dataclass(frozen=True)
class ListOf:
    item: TypeRef


@dataclass(frozen=True)
class TupleOf:
    """A fixed-length array whose items each have their own type (fal's `prefixItems`)."""

    items: tuple[TypeRef, ...]


@dataclass(frozen=True)
class MapOf:
    value: TypeRef


@dataclass(frozen=True)
class Ref:
    """A named type: `scope` is "shared" (specs/shared.yaml) or "local" (the endpoint's `types`)."""

    name: str
    scope: Literal["shared", "local"]


@dataclass(frozen=True)
class InlineEnum:
    values: tuple[str | int, ...]


@dataclass(frozen=True)
class Union:
    options: tuple[TypeRef, ...]


TypeRef = Primitive | ListOf | TupleOf | MapOf | Ref | InlineEnum | Union


@dataclass(frozen=True)
class Constraints:
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    multiple_of: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    min_items: int | None = None
    max_items: int | None = None

    def items(self) -> list[tuple[str, Any]]:
        return [(k, v) for k, v in vars(self).items() if v is not None]


@dataclass(frozen=True)
class Location:
    """Where a spec element was written, for error messages: file:line:column (1-based)."""

    path: Path
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


class _NoDefault:
    """The one `NO_DEFAULT`; it stays the same object through pickle (the loader's cache)."""

    def __reduce__(self) -> str:
        return "NO_DEFAULT"

    def __repr__(self) -> str:
        return "NO_DEFAULT"


NO_DEFAULT: Any = _NoDefault()


@dataclass(frozen=True)
class Field:
    name: str  # the wire name
    python_name: str
    type: TypeRef
    required: bool
    nullable: bool
    default: Any  # NO_DEFAULT when the spec gives none
    description: str
    examples: tuple[Any, ...]
    constraints: Constraints
    file: bool
    from_prose: tuple[str, ...]
    deprecated: bool
    location: Location
    # Documented on the field, not enforced: fal's `format` (`uri`, `binary`, ...; a file field
    # also takes data URIs and local files) and fal's non-standard keys (`min`, `max`, `step`:
    # its playground's slider settings), as (key, value) pairs.
    format: str | None = None
    hints: tuple[tuple[str, Any], ...] = ()

    @property
    def has_default(self) -> bool:
        return self.default is not NO_DEFAULT

    @property
    def unchecked(self) -> str:
        """What fal documents about the field that the client does not check, as one phrase
        (`format uri; slider min 1, max 10`), or ""."""
        parts = [f"format {self.format}"] if self.format else []
        if self.hints:
            parts.append("slider " + ", ".join(f"{k} {v}" for k, v in self.hints))
        return "; ".join(parts)


@dataclass(frozen=True)
class ObjectType:
    name: str
    description: str
    fields: tuple[Field, ...]
    location: Location
    open: bool = False  # accepts keys beyond `fields` even as an input


@dataclass(frozen=True)
class EnumType:
    name: str
    description: str
    values: tuple[str | int, ...]
    location: Location


NamedType = ObjectType | EnumType


@dataclass(frozen=True)
class Endpoint:
    id: str
    title: str
    description: str
    category: str
    docs_url: str
    status: Literal["active", "deprecated"]
    replacement: str | None
    notes: tuple[str, ...]
    source: str
    input: ObjectType
    output: ObjectType
    types: dict[str, NamedType]
    example_input: dict[str, Any] | None
    example_output: dict[str, Any] | None
    spec_path: Path
    # Derived names, decided once here so templates never compute them.
    module: str  # fal_models.endpoints.<module> / fal_models.models.<module>
    class_stem: str  # e.g. BytedanceSeedreamV4TextToImage
    attribute_path: tuple[str, ...]  # client.<a>.<b>...
    # Local types both input and output use: the input model keeps the name (closed), the
    # output model gets `<name>Output` (open). See output_type_name.
    dual_types: frozenset[str] = frozenset()


OUTPUT_VARIANT_SUFFIX = "Output"


def output_type_name(endpoint: Endpoint, name: str) -> str:
    """The class name a local type gets where an output uses it."""
    return name + OUTPUT_VARIANT_SUFFIX if name in endpoint.dual_types else name


@dataclass(frozen=True)
class SpecSet:
    shared_types: dict[str, NamedType]
    endpoints: tuple[Endpoint, ...]
    shared_path: Path = field(default=Path("specs/shared.yaml"))
