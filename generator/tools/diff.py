"""Compares two spec sets at the level users see and classifies each change by the bump it needs.

Fields are compared by path, nested named types flattened under the field that holds them
(`input.image_size.width`, `output.images[].url`; `[]` steps into list items, `[0]` into a
tuple's first item, `{}` into map values). Each change has a severity:

- `breaking`: code written against the old bindings can fail (major bump);
- `behaviour`: no type breaks, but results or cost can silently change (minor bump, always
  listed under "Needs attention"): a default changed, the endpoint was deprecated;
- `feature`: something new or more permissive (minor bump);
- `docs`: descriptions, examples, titles, notes (patch bump).

Direction decides most severities: inputs are what callers send (accepting more is a feature,
accepting less breaks callers); outputs are what callers read (promising more is a feature,
promising less breaks callers). Two rules follow from what the runtime does with outputs:

- bounds: generated output models carry the spec's bounds and pydantic enforces them when a
  response is parsed, so an output bound is a guarantee: narrowed is a feature, widened (or a
  changed `pattern`) is breaking;
- enums: output enums are open (`Literal[...] | str`; unknown values parse unless
  `strict=True`), so an output enum value added or removed changes no type a caller relies on:
  both are features.

A change of the generator's naming renames importable names without any spec change; those are
`renamed` changes (breaking), which `generator.tools.renames` finds by comparing a committed
package with what the specs give, and which the report lists in a section of their own.

`ApiDiff.as_json()` gives `{"bump", "breaking", "counts", "changes"}`; each change is
`{"endpoint", "path", "kind", "severity", "old", "new", "message"}` (path "" for the endpoint
itself), sorted by endpoint, path, kind, then values. The kinds are the `Kind` literals below.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from generator.pipeline import ir

Severity = Literal["breaking", "behaviour", "feature", "docs"]
Bump = Literal["major", "minor", "patch"]
Direction = Literal["input", "output"]
Kind = Literal[
    "endpoint_added",
    "endpoint_removed",
    "endpoint_deprecated",
    "endpoint_undeprecated",
    "replacement_changed",
    "field_added",
    "field_removed",
    "type_widened",
    "type_narrowed",
    "type_changed",
    "became_required",
    "became_optional",
    "became_nullable",
    "became_non_nullable",
    "bound_narrowed",
    "bound_widened",
    "bound_changed",
    "enum_value_added",
    "enum_value_removed",
    "default_added",
    "default_removed",
    "default_changed",
    "file_upload_added",
    "file_upload_removed",
    "field_deprecated",
    "field_undeprecated",
    "docs_changed",
    "renamed",
]
SEVERITIES: tuple[Severity, ...] = ("breaking", "behaviour", "feature", "docs")
_BUMP: dict[Severity, Bump] = {
    "breaking": "major",
    "behaviour": "minor",
    "feature": "minor",
    "docs": "patch",
}


@dataclass(frozen=True)
class Change:
    endpoint: str
    path: str  # "" for the endpoint itself, else "input.…" / "output.…"
    kind: Kind
    severity: Severity
    old: Any  # JSON-compatible; None where the kind has no old value
    new: Any
    message: str

    def as_json(self) -> dict[str, Any]:
        return {
            "endpoint": self.endpoint,
            "path": self.path,
            "kind": self.kind,
            "severity": self.severity,
            "old": self.old,
            "new": self.new,
            "message": self.message,
        }

    def sort_key(self) -> tuple[str, str, str, str]:
        return (
            self.endpoint,
            self.path,
            self.kind,
            json.dumps([self.old, self.new], sort_keys=True, default=str),
        )


@dataclass(frozen=True)
class ApiDiff:
    changes: list[Change] = field(default_factory=list)

    @property
    def bump(self) -> Bump | None:
        """The version bump the changes need; None when nothing changed."""
        for severity in SEVERITIES:
            if any(c.severity == severity for c in self.changes):
                return _BUMP[severity]
        return None

    @property
    def breaking(self) -> bool:
        return any(c.severity == "breaking" for c in self.changes)

    def counts(self) -> dict[str, int]:
        return {s: sum(c.severity == s for c in self.changes) for s in SEVERITIES}

    def has_at_least(self, severity: Severity) -> bool:
        """Whether any change is `severity` or more severe."""
        worse = SEVERITIES[: SEVERITIES.index(severity) + 1]
        return any(c.severity in worse for c in self.changes)

    def summary(self) -> str:
        if not self.changes:
            return "No API changes."
        counts = ", ".join(f"{n} {s}" for s, n in self.counts().items())
        return f"{len(self.changes)} change(s): {counts}; implied bump: {self.bump}."

    def including(self, changes: list[Change]) -> ApiDiff:
        """This diff and `changes` (renames, found apart from the specs), sorted as one."""
        return ApiDiff(sorted([*self.changes, *changes], key=Change.sort_key))

    def as_json(self) -> dict[str, Any]:
        return {
            "bump": self.bump,
            "breaking": self.breaking,
            "counts": self.counts(),
            "changes": [c.as_json() for c in self.changes],
        }

    def markdown(self) -> str:
        lines = ["# API changes", "", self.summary()]
        attention = [c for c in self.changes if c.severity == "behaviour"]
        if attention:
            lines += ["", "## Needs attention", ""]
            lines += [f"- `{c.endpoint}` {_where(c)}: {c.message}" for c in attention]
        renames = [c for c in self.changes if c.kind == "renamed"]
        if renames:
            lines += ["", "## Renamed", "", *_RENAMED_INTRO, ""]
            lines += [f"- `{c.endpoint}`: {c.message}" for c in renames]
        by_endpoint: dict[str, list[Change]] = {}
        for change in self.changes:
            if change.severity != "behaviour" and change.kind != "renamed":
                by_endpoint.setdefault(change.endpoint, []).append(change)
        for endpoint, changes in by_endpoint.items():
            lines += ["", f"## `{endpoint}`", ""]
            docs = [c for c in changes if c.kind == "docs_changed"]
            for change in changes:
                if change.kind != "docs_changed":
                    lines.append(f"- **{change.severity}** {_where(change)}: {change.message}")
            if docs:
                lines.append(f"- docs: {len(docs)} change(s): {_docs_summary(docs)}")
        return "\n".join(lines) + "\n"


_RENAMED_INTRO = (
    "Importable names that changed (old → new); the old names no longer exist.",
    "The other classes of a renamed module move with it.",
)


def _docs_summary(docs: list[Change]) -> str:
    """`(endpoint) title, notes; `input.prompt` description`: what changed where, compactly."""
    what: dict[str, list[str]] = {}
    for change in docs:
        what.setdefault(_where(change), []).append(change.message.removesuffix(" changed"))
    return "; ".join(f"{where} {', '.join(names)}" for where, names in what.items())


def _where(change: Change) -> str:
    return f"`{change.path}`" if change.path else "(endpoint)"


def compare(old: ir.SpecSet, new: ir.SpecSet) -> ApiDiff:
    """Every user-visible difference between `old` and `new`, classified and sorted."""
    changes: list[Change] = []
    olds = {e.id: e for e in old.endpoints}
    news = {e.id: e for e in new.endpoints}
    for endpoint_id in sorted(olds.keys() | news.keys()):
        before, after = olds.get(endpoint_id), news.get(endpoint_id)
        if before is None:
            changes.append(
                Change(
                    endpoint_id, "", "endpoint_added", "feature", None, endpoint_id, "new endpoint"
                )
            )
        elif after is None:
            message = "endpoint removed: calls to it no longer exist in the client"
            changes.append(
                Change(endpoint_id, "", "endpoint_removed", "breaking", endpoint_id, None, message)
            )
        else:
            emit = _Emitter(endpoint_id, changes)
            _compare_endpoint(before, after, emit)
            _compare_fields(
                _flatten(before, old.shared_types), _flatten(after, new.shared_types), emit
            )
    return ApiDiff(sorted(changes, key=Change.sort_key))


@dataclass
class _Emitter:
    endpoint: str
    out: list[Change]

    def __call__(
        self, path: str, kind: Kind, severity: Severity, old: Any, new: Any, message: str
    ) -> None:
        self.out.append(Change(self.endpoint, path, kind, severity, old, new, message))


# --- the endpoint itself -------------------------------------------------------------------

_ENDPOINT_DOCS = (
    "title",
    "description",
    "category",
    "docs_url",
    "notes",
    "source",
    "example_input",
    "example_output",
)


def _compare_endpoint(old: ir.Endpoint, new: ir.Endpoint, emit: _Emitter) -> None:
    if old.status != new.status:
        if new.status == "deprecated":
            instead = f"; use {new.replacement} instead" if new.replacement else ""
            emit(
                "",
                "endpoint_deprecated",
                "behaviour",
                old.status,
                new.status,
                f"endpoint deprecated: calls now emit a DeprecationWarning{instead}",
            )
        else:
            emit(
                "",
                "endpoint_undeprecated",
                "feature",
                old.status,
                new.status,
                "no longer deprecated",
            )
    elif old.replacement != new.replacement:
        emit(
            "",
            "replacement_changed",
            "docs",
            old.replacement,
            new.replacement,
            f"suggested replacement {old.replacement} → {new.replacement}",
        )
    for name in _ENDPOINT_DOCS:
        before, after = _jsonable(getattr(old, name)), _jsonable(getattr(new, name))
        if _differs(before, after):
            emit("", "docs_changed", "docs", before, after, f"{name} changed")
    for path, obj_old, obj_new in (
        ("input", old.input, new.input),
        ("output", old.output, new.output),
    ):
        if obj_old.description != obj_new.description:
            emit(
                path,
                "docs_changed",
                "docs",
                obj_old.description,
                obj_new.description,
                "description changed",
            )


# --- fields, flattened ---------------------------------------------------------------------

# A type as users see it, for deciding whether a type change widens or narrows: nested objects
# are ("object",) (their fields are compared at their own paths) and enums ("enum", kind)
# (their values are compared separately).
Shape = tuple[Any, ...]


@dataclass(frozen=True)
class _FieldView:
    field: ir.Field
    direction: Direction
    parent: str
    type_text: str
    shape: Shape
    enum_values: frozenset[str | int] | None  # None when the type holds no enum
    docs: tuple[tuple[str, Any], ...]


def _flatten(endpoint: ir.Endpoint, shared: dict[str, ir.NamedType]) -> dict[str, _FieldView]:
    out: dict[str, _FieldView] = {}

    def resolve(ref: ir.Ref) -> ir.NamedType:
        return (endpoint.types if ref.scope == "local" else shared)[ref.name]

    def shape(ref: ir.TypeRef) -> Shape:
        match ref:
            case ir.Primitive(kind=kind):
                return (kind,)
            case ir.InlineEnum(values=values):
                return ("enum", _enum_kind(values))
            case ir.ListOf(item=item):
                return ("list", shape(item))
            case ir.TupleOf(items=items):
                return ("tuple", tuple(shape(i) for i in items))
            case ir.MapOf(value=value):
                return ("map", shape(value))
            case ir.Union(options=options):
                flat: set[Shape] = set()
                for option in options:
                    s = shape(option)
                    flat |= set(s[1]) if s[0] == "union" else {s}
                return ("union", frozenset(flat)) if len(flat) > 1 else next(iter(flat))
            case ir.Ref():
                named = resolve(ref)
                if isinstance(named, ir.EnumType):
                    return ("enum", _enum_kind(named.values))
                return ("object",)
        raise AssertionError(ref)

    def enum_values(ref: ir.TypeRef) -> set[str | int] | None:
        match ref:
            case ir.InlineEnum(values=values):
                return set(values)
            case ir.ListOf(item=inner) | ir.MapOf(value=inner):
                return enum_values(inner)
            case ir.Union(options=options) | ir.TupleOf(items=options):
                found = [v for v in map(enum_values, options) if v is not None]
                return set().union(*found) if found else None
            case ir.Ref():
                named = resolve(ref)
                return set(named.values) if isinstance(named, ir.EnumType) else None
        return None

    def type_docs(ref: ir.TypeRef) -> list[tuple[str, Any]]:
        match ref:
            case ir.ListOf(item=inner) | ir.MapOf(value=inner):
                return type_docs(inner)
            case ir.Union(options=options) | ir.TupleOf(items=options):
                return [d for o in options for d in type_docs(o)]
            case ir.Ref():
                return [(f"{ref.name} description", resolve(ref).description)]
        return []

    def walk(
        obj: ir.ObjectType, path: str, direction: Direction, seen: frozenset[str], owner: str
    ) -> None:
        """`owner`: the path of the field holding `obj` (`path` minus any `[]`/`{}` steps)."""
        for f in obj.fields:
            at = f"{path}.{f.name}"
            values = enum_values(f.type)
            docs = [
                ("description", f.description),
                ("examples", _jsonable(f.examples)),
                ("from_prose", list(f.from_prose)),
                ("format", f.format),
                ("hints", dict(f.hints)),
                *type_docs(f.type),
            ]
            out.setdefault(
                at,
                _FieldView(
                    f,
                    direction,
                    owner,
                    _type_text(f.type),
                    shape(f.type),
                    frozenset(values) if values is not None else None,
                    tuple(docs),
                ),
            )
            descend(f.type, at, direction, seen, at)

    def descend(
        ref: ir.TypeRef, path: str, direction: Direction, seen: frozenset[str], owner: str
    ) -> None:
        match ref:
            case ir.ListOf(item=item):
                descend(item, f"{path}[]", direction, seen, owner)
            case ir.TupleOf(items=items):
                for n, item in enumerate(items):
                    descend(item, f"{path}[{n}]", direction, seen, owner)
            case ir.MapOf(value=value):
                descend(value, f"{path}{{}}", direction, seen, owner)
            case ir.Union(options=options):
                for option in options:
                    descend(option, path, direction, seen, owner)
            case ir.Ref(name=name, scope=scope):
                named, key = resolve(ref), f"{scope}.{name}"
                if isinstance(named, ir.ObjectType) and key not in seen:  # recursive types
                    walk(named, path, direction, seen | {key}, owner)

    walk(endpoint.input, "input", "input", frozenset(), "input")
    walk(endpoint.output, "output", "output", frozenset(), "output")
    return out


def _enum_kind(values: tuple[str | int, ...]) -> str:
    return "integer" if all(isinstance(v, int) for v in values) else "string"


def _type_text(ref: ir.TypeRef) -> str:
    """The type as a spec would write it; inline enums as `string enum` / `integer enum`."""
    match ref:
        case ir.Primitive(kind=kind):
            return kind
        case ir.InlineEnum(values=values):
            return f"{_enum_kind(values)} enum"
        case ir.ListOf(item=item):
            return f"list[{_type_text(item)}]"
        case ir.TupleOf(items=items):
            return f"tuple[{', '.join(_type_text(i) for i in items)}]"
        case ir.MapOf(value=value):
            return f"map[{_type_text(value)}]"
        case ir.Union(options=options):
            return " | ".join(_type_text(o) for o in options)
        case ir.Ref(name=name):
            return name
    raise AssertionError(ref)


def _accepts(new: Shape, old: Shape) -> bool:
    """Whether every value of type `old` is also a value of type `new`."""
    if old[0] == "union":
        return all(_accepts(new, o) for o in old[1])
    if new[0] == "union":
        return any(_accepts(n, old) for n in new[1])
    if new == ("any",) or new == old:
        return True
    if old[0] == "enum":
        return new == (old[1],) or (old[1] == "integer" and new == ("number",))
    if old == ("integer",):
        return new == ("number",)
    if old[0] in ("list", "map") and new[0] == old[0]:
        return _accepts(new[1], old[1])
    if old[0] == "tuple" and new[0] == "tuple" and len(new[1]) == len(old[1]):
        return all(_accepts(n, o) for n, o in zip(new[1], old[1], strict=True))
    if old[0] == "tuple" and new[0] == "list":
        return all(_accepts(new[1], o) for o in old[1])
    return False


def _compare_fields(old: dict[str, _FieldView], new: dict[str, _FieldView], emit: _Emitter) -> None:
    for path in sorted(new.keys() - old.keys()):
        view = new[path]
        if view.parent in new and view.parent not in old:
            continue  # reported once, at the field that holds it
        if view.direction == "output":
            emit(path, "field_added", "feature", None, view.type_text, "new output field")
        elif view.field.required:
            message = "new required input field: calls that omit it now fail"
            emit(path, "field_added", "breaking", None, view.type_text, message)
        else:
            emit(path, "field_added", "feature", None, view.type_text, "new optional input field")
    for path in sorted(old.keys() - new.keys()):
        view = old[path]
        if view.parent in old and view.parent not in new:
            continue
        message = (
            "input field removed: calls that pass it now fail"
            if view.direction == "input"
            else "output field removed: code reading it now fails"
        )
        emit(path, "field_removed", "breaking", view.type_text, None, message)
    for path in sorted(old.keys() & new.keys()):
        _compare_field(path, old[path], new[path], emit)


def _compare_field(path: str, old: _FieldView, new: _FieldView, emit: _Emitter) -> None:
    is_input = new.direction == "input"
    a, b = old.field, new.field
    _compare_type(path, old, new, is_input, emit)
    if old.enum_values is not None and new.enum_values is not None:
        for value in sorted(new.enum_values - old.enum_values, key=str):
            severity: Severity = "feature"
            note = (
                "" if is_input else " (output enums are open: it already parsed as a plain value)"
            )
            emit(
                path, "enum_value_added", severity, None, value, f"enum value {value!r} added{note}"
            )
        for value in sorted(old.enum_values - new.enum_values, key=str):
            if is_input:
                severity, note = "breaking", ": calls passing it now fail"
            else:
                severity, note = (
                    "feature",
                    " (output enums are open: it still parses if fal sends it)",
                )
            emit(
                path,
                "enum_value_removed",
                severity,
                value,
                None,
                f"enum value {value!r} removed{note}",
            )
    if a.required != b.required:
        if b.required:
            severity = "breaking" if is_input else "feature"
            message = "now required" + (": calls that omit it fail" if is_input else "")
            emit(path, "became_required", severity, False, True, message)
        else:
            severity = "feature" if is_input else "breaking"
            message = "now optional" + ("" if is_input else ": the attribute may be missing")
            emit(path, "became_optional", severity, True, False, message)
    if a.nullable != b.nullable:
        if b.nullable:
            severity = "feature" if is_input else "breaking"
            message = "now accepts null" if is_input else "may now be None"
            emit(path, "became_nullable", severity, False, True, message)
        else:
            severity = "breaking" if is_input else "feature"
            message = "no longer accepts null" if is_input else "is never None any more"
            emit(path, "became_non_nullable", severity, True, False, message)
    _compare_bounds(path, a.constraints, b.constraints, is_input, emit)
    _compare_default(path, a, b, emit)
    if is_input and a.file != b.file:
        if b.file:
            emit(
                path,
                "file_upload_added",
                "feature",
                False,
                True,
                "now takes local files (uploaded)",
            )
        else:
            message = "no longer takes local files: pass URLs"
            emit(path, "file_upload_removed", "breaking", True, False, message)
    if a.deprecated != b.deprecated:
        kind: Kind = "field_deprecated" if b.deprecated else "field_undeprecated"
        message = "field deprecated" if b.deprecated else "field no longer deprecated"
        emit(path, kind, "docs", a.deprecated, b.deprecated, message)
    old_docs, new_docs = dict(old.docs), dict(new.docs)
    for name in sorted(old_docs.keys() | new_docs.keys()):
        before, after = old_docs.get(name), new_docs.get(name)
        if _differs(before, after):
            emit(path, "docs_changed", "docs", before, after, f"{name} changed")


def _compare_type(
    path: str, old: _FieldView, new: _FieldView, is_input: bool, emit: _Emitter
) -> None:
    if old.shape == new.shape:
        return
    wider, narrower = _accepts(new.shape, old.shape), _accepts(old.shape, new.shape)
    if wider == narrower:
        if wider:  # the same values, written differently
            return
        kind: Kind = "type_changed"
        severity: Severity = "breaking"
    elif wider:
        kind, severity = "type_widened", "feature" if is_input else "breaking"
    else:
        kind, severity = "type_narrowed", "breaking" if is_input else "feature"
    message = f"type {kind.removeprefix('type_')}: `{old.type_text}` → `{new.type_text}`"
    emit(path, kind, severity, old.type_text, new.type_text, message)


_LOWER = ("minimum", "exclusive_minimum", "min_length", "min_items")
_UPPER = ("maximum", "exclusive_maximum", "max_length", "max_items")


_BOUND_KINDS: dict[str, Kind] = {
    "narrowed": "bound_narrowed",
    "widened": "bound_widened",
    "changed": "bound_changed",
}


def _bound_direction(name: str, old: Any, new: Any) -> Literal["narrowed", "widened", "changed"]:
    """How the set of accepted values moved when bound `name` went from `old` to `new`."""
    if old is None:
        return "narrowed"
    if new is None:
        return "widened"
    if name in _LOWER:
        return "narrowed" if new > old else "widened"
    if name in _UPPER:
        return "narrowed" if new < old else "widened"
    if name == "multiple_of":
        if new % old == 0:
            return "narrowed"
        if old % new == 0:
            return "widened"
    return "changed"  # a different pattern, or unrelated multiples


def _compare_bounds(
    path: str, old: ir.Constraints, new: ir.Constraints, is_input: bool, emit: _Emitter
) -> None:
    before, after = dict(old.items()), dict(new.items())
    for name in sorted(before.keys() | after.keys()):
        a, b = before.get(name), after.get(name)
        if a == b:
            continue
        direction = _bound_direction(name, a, b)
        kind = _BOUND_KINDS[direction]
        if direction == "changed":
            severity: Severity = "breaking"
        elif is_input:
            severity = "breaking" if direction == "narrowed" else "feature"
        else:  # output models enforce bounds when parsing: a bound is a guarantee
            severity = "feature" if direction == "narrowed" else "breaking"
        shown = f"{name} {_short(a) if a is not None else 'none'} → {_short(b) if b is not None else 'none'}"
        emit(path, kind, severity, {name: a}, {name: b}, f"{shown} ({direction})")


def _compare_default(path: str, old: ir.Field, new: ir.Field, emit: _Emitter) -> None:
    if not old.has_default and not new.has_default:
        return
    before = _jsonable(old.default) if old.has_default else None
    after = _jsonable(new.default) if new.has_default else None
    if old.has_default and new.has_default:
        if not _differs(before, after):
            return
        kind: Kind = "default_changed"
        message = f"default {_short(before)} → {_short(after)}: calls that omit it now get different results"
    elif new.has_default:
        kind, message = (
            "default_added",
            f"default {_short(after)} added: fal's documented behaviour when omitted",
        )
    else:
        kind, message = (
            "default_removed",
            f"default {_short(before)} removed: behaviour when omitted is now unspecified",
        )
    emit(path, kind, "behaviour", before, after, message)


# --- values --------------------------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    """Tuples to lists, so values compare and serialize like the JSON they came from."""
    if isinstance(value, (tuple, list)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value


def _differs(a: Any, b: Any) -> bool:
    """Compare as JSON text, so 1, 1.0 and True differ the way they do on the wire."""
    return json.dumps(a, sort_keys=True, default=str) != json.dumps(b, sort_keys=True, default=str)


def _short(value: Any, limit: int = 60) -> str:
    text = json.dumps(value, sort_keys=True, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"
