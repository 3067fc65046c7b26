"""Emits the reference docs: one Markdown page per endpoint and an index, under generated/docs/.

Each page's usage snippets are real programs (tests run them against the emulator), built from the
spec's example input: nested objects become model constructors, so the snippets also type-check.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

import jinja2

from generator.pipeline.emit_client import PYTHON_TYPES
from generator.pipeline.graph import is_file_object
from generator.pipeline.ir import (
    Endpoint,
    EnumType,
    Field,
    InlineEnum,
    ListOf,
    MapOf,
    NamedType,
    ObjectType,
    Primitive,
    Ref,
    SpecSet,
    TupleOf,
    TypeRef,
    Union,
)
from generator.pipeline.paths import TEMPLATES

DOCS_DIR = "docs"
_PLACEHOLDER = {"integer": 1, "number": 1.0, "boolean": True, "any": "value"}
_FILE_PLACEHOLDER = "https://storage.googleapis.com/falserverless/example_inputs/image.png"


@dataclass
class FieldRow:
    name: str
    wire_name: str
    type: str
    required: bool
    default: str
    limits: str
    description: str


@dataclass
class TypeSection:
    name: str
    description: str
    rows: list[FieldRow]
    values: list[str]


@dataclass
class EndpointPage:
    id: str
    title: str
    description: str
    category: str
    category_file: str
    docs_url: str
    deprecated: str
    file: str
    dotted: str
    sync_snippet: str
    async_snippet: str
    input_class: str
    output_class: str
    input_rows: list[FieldRow]
    output_rows: list[FieldRow]
    types: list[TypeSection]
    example_input: str
    example_output: str


def page_file(endpoint: Endpoint) -> str:
    return f"{endpoint.module}.md"


@dataclass
class IndexRow:
    id: str
    file: str
    dotted: str
    category: str
    deprecated: bool


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES / "docs"),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def endpoint_page(ep: Endpoint, specs: SpecSet) -> str:
    """docs/<module>.md: the endpoint's reference page."""
    return _environment().get_template("endpoint.md.jinja").render(page=_page(ep, specs))


@dataclass
class CategoryRow:
    name: str
    file: str
    count: int


CATEGORIES_DIR = "categories"


def category_file(category: str) -> str:
    """A category's index, relative to docs/."""
    return f"{CATEGORIES_DIR}/{category}.md"


def categories(specs: SpecSet) -> list[str]:
    return sorted({ep.category for ep in specs.endpoints})


def _index_rows(specs: SpecSet, category: str | None = None) -> list[IndexRow]:
    return [
        IndexRow(
            id=ep.id,
            file=page_file(ep),
            dotted=_dotted(ep),
            category=ep.category,
            deprecated=ep.status == "deprecated",
        )
        for ep in sorted(specs.endpoints, key=lambda ep: ep.id)
        if category is None or ep.category == category
    ]


def index_page(specs: SpecSet, version: str) -> str:
    """docs/README.md: the categories with their counts, then every endpoint with its page,
    client attribute, category and status."""
    rows = _index_rows(specs)
    counts = Counter(row.category for row in rows)
    groups = [CategoryRow(c, category_file(c), counts[c]) for c in categories(specs)]
    groups.sort(key=lambda g: (-g.count, g.name))
    template = _environment().get_template("index.md.jinja")
    return template.render(pages=rows, categories=groups, version=version)


def category_page(specs: SpecSet, category: str, version: str) -> str:
    """docs/categories/<category>.md: the endpoints of one fal category."""
    template = _environment().get_template("category.md.jinja")
    return template.render(category=category, pages=_index_rows(specs, category), version=version)


def docs_files(specs: SpecSet, version: str) -> dict[str, str]:
    """Relative path under generated/ → Markdown, for every endpoint page and the indexes."""
    files = {f"{DOCS_DIR}/{page_file(ep)}": endpoint_page(ep, specs) for ep in specs.endpoints}
    files[f"{DOCS_DIR}/README.md"] = index_page(specs, version)
    for category in categories(specs):
        files[f"{DOCS_DIR}/{category_file(category)}"] = category_page(specs, category, version)
    return files


def _dotted(ep: Endpoint) -> str:
    return "client." + ".".join(ep.attribute_path)


def _page(ep: Endpoint, specs: SpecSet) -> EndpointPage:
    def resolve(ref: Ref) -> NamedType:
        return (ep.types if ref.scope == "local" else specs.shared_types)[ref.name]

    used = _named_types_used(ep, resolve)
    deprecated = ""
    if ep.status == "deprecated":
        deprecated = "This endpoint is deprecated" + (
            f"; use `{ep.replacement}` instead." if ep.replacement else "."
        )
    example_in = ep.example_input if ep.example_input is not None else _minimal_input(ep, resolve)
    snippet = _Snippet(ep, resolve)
    return EndpointPage(
        id=ep.id,
        title=ep.title,
        description=ep.description,
        category=ep.category,
        category_file=category_file(ep.category),
        docs_url=ep.docs_url,
        deprecated=deprecated,
        file=page_file(ep),
        dotted=_dotted(ep),
        sync_snippet=snippet.program(example_in, asynchronous=False),
        async_snippet=snippet.program(example_in, asynchronous=True),
        input_class=ep.input.name,
        output_class=ep.output.name,
        input_rows=[_row(f) for f in ep.input.fields],
        output_rows=[_row(f) for f in ep.output.fields],
        types=[_type_section(name, named) for name, named in used],
        example_input=json.dumps(example_in, indent=2, ensure_ascii=False),
        example_output=(
            json.dumps(ep.example_output, indent=2, ensure_ascii=False)
            if ep.example_output is not None
            else ""
        ),
    )


def _named_types_used(ep: Endpoint, resolve: Any) -> list[tuple[str, NamedType]]:
    """Named types reachable from the input and output, in order of first use."""
    seen: dict[str, NamedType] = {}

    def visit(ref: TypeRef) -> None:
        match ref:
            case Ref():
                if ref.name in seen:
                    return
                named = resolve(ref)
                seen[ref.name] = named
                if isinstance(named, ObjectType):
                    for f in named.fields:
                        visit(f.type)
            case ListOf(item=inner) | MapOf(value=inner):
                visit(inner)
            case Union(options=options) | TupleOf(items=options):
                for option in options:
                    visit(option)

    for f in (*ep.input.fields, *ep.output.fields):
        visit(f.type)
    return list(seen.items())


def _type_text(ref: TypeRef) -> str:
    match ref:
        case Primitive(kind=kind):
            return PYTHON_TYPES[kind]
        case ListOf(item=item):
            return f"list[{_type_text(item)}]"
        case TupleOf(items=items):
            return f"tuple[{', '.join(_type_text(i) for i in items)}]"
        case MapOf(value=value):
            return f"dict[str, {_type_text(value)}]"
        case Ref(name=name):
            return f"[{name}](#{name.lower()})"
        case InlineEnum(values=values):
            return " \\| ".join(f"`{json.dumps(v)}`" for v in values)
        case Union(options=options):
            return " \\| ".join(_type_text(o) for o in options)
    raise AssertionError(ref)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _row(f: Field) -> FieldRow:
    type_text = _type_text(f.type) + (" \\| None" if f.nullable else "")
    limits = ", ".join(
        f"{k.replace('_', ' ')} {v}" + (" (fal's prose)" if k in f.from_prose else "")
        for k, v in f.constraints.items()
    )
    if f.unchecked:
        limits += f"{', ' if limits else ''}{f.unchecked} (not checked)"
    return FieldRow(
        name=f.python_name,
        wire_name=f.name if f.name != f.python_name else "",
        type=type_text,
        required=f.required,
        default=f"`{json.dumps(f.default)}`" if f.has_default else "",
        limits=_cell(limits),
        description=_cell(
            f.description
            + (" Takes a URL or a local file." if f.file else "")
            + (" Deprecated." if f.deprecated else "")
        ),
    )


def _type_section(name: str, named: NamedType) -> TypeSection:
    if isinstance(named, EnumType):
        return TypeSection(
            name, _cell(named.description), [], [f"`{json.dumps(v)}`" for v in named.values]
        )
    return TypeSection(name, _cell(named.description), [_row(f) for f in named.fields], [])


def _minimal_input(ep: Endpoint, resolve: Any) -> dict[str, Any]:
    """Required fields only, from their examples, else a value of the field's type and bounds;
    a required nested object gets its own required fields the same way."""
    return _minimal_object(ep.input, resolve, 0)


def _minimal_object(obj: ObjectType, resolve: Any, depth: int) -> dict[str, Any]:
    return {
        f.name: f.examples[0] if f.examples else _placeholder(f.type, f, resolve, depth)
        for f in obj.fields
        if f.required
    }


def _placeholder(ref: TypeRef, f: Field, resolve: Any, depth: int) -> Any:
    match ref:
        case ListOf(item=item):
            return [_placeholder(item, f, resolve, depth)] * max(1, f.constraints.min_items or 0)
        case TupleOf(items=items):
            return [_placeholder(i, f, resolve, depth) for i in items]
        case Union(options=options):
            chosen = next((o for o in options if o != Primitive("null")), options[0])
            return _placeholder(chosen, f, resolve, depth)
        case InlineEnum(values=values):
            return values[0]
        case Ref():
            named = resolve(ref)
            if isinstance(named, EnumType):
                return named.values[0]
            # A recursive type ends at its first optional field; this bounds the rest.
            return _minimal_object(named, resolve, depth + 1) if depth < 8 else {}
        case MapOf():
            return {}
        case Primitive(kind="string"):
            text = _FILE_PLACEHOLDER if f.file else f"example {f.name.replace('_', ' ')}"
            return text.ljust(f.constraints.min_length or 0, "x")
        case Primitive(kind="integer" | "number" as kind):
            low = f.constraints.minimum
            return low if low is not None else _PLACEHOLDER[kind]
        case Primitive(kind=kind):
            return _PLACEHOLDER[kind] if kind != "null" else None
    raise AssertionError(ref)


class _Snippet:
    """The sync and async usage programs of one endpoint."""

    def __init__(self, ep: Endpoint, resolve: Any) -> None:
        self.ep = ep
        self.resolve = resolve
        self.imports: dict[str, set[str]] = {}

    def program(self, example: dict[str, Any], *, asynchronous: bool) -> str:
        self.imports = {}
        by_wire = {f.name: f for f in self.ep.input.fields}
        args = [
            f"{by_wire[name].python_name}={self._value(value, by_wire[name].type)}"
            for name, value in example.items()
            if name in by_wire
        ]
        call = f"{'.'.join(self.ep.attribute_path)}.subscribe("
        base = "        " if asynchronous else ""
        body = "".join(f"\n{base}    {a}," for a in args)
        call_text = f"{call}{body}\n{base})" if args else f"{call})"
        shown = self._shown_output()
        header = ["import asyncio", ""] if asynchronous else []
        client = "AsyncFalClient" if asynchronous else "FalClient"
        header.append(f"from fal_models import {client}")
        for module, names in sorted(self.imports.items()):
            header.append(f"from fal_models.models.{module} import {', '.join(sorted(names))}")
        if not asynchronous:
            return "\n".join(
                [
                    *header,
                    "",
                    "client = FalClient()  # reads FAL_KEY",
                    f"result = client.{call_text}",
                    f"print(result.{shown})",
                    "",
                ]
            )
        return "\n".join(
            [
                *header,
                "",
                "",
                "async def main() -> None:",
                "    async with AsyncFalClient() as client:  # reads FAL_KEY",
                f"        result = await client.{call_text}",
                f"        print(result.{shown})",
                "",
                "",
                "asyncio.run(main())",
                "",
            ]
        )

    def _shown_output(self) -> str:
        first = self.ep.output.fields[0] if self.ep.output.fields else None
        if first is None:
            return "model_dump()"
        ref = first.type
        if isinstance(ref, ListOf) and isinstance(ref.item, Ref) and first.required:
            named = self.resolve(ref.item)
            if isinstance(named, ObjectType) and is_file_object(named):
                return f"{first.python_name}[0].url"
        if isinstance(ref, Ref) and first.required:
            named = self.resolve(ref)
            if isinstance(named, ObjectType) and is_file_object(named):
                return f"{first.python_name}.url"
        return first.python_name

    def _value(self, value: Any, ref: TypeRef) -> str:
        """Python source for `value` (wire form) as an argument of type `ref`."""
        if isinstance(value, dict):
            target = self._object_for(value, ref)
            if target is not None:
                name, obj, module = target
                self.imports.setdefault(module, set()).add(name)
                by_wire = {f.name: f for f in obj.fields}
                parts = [
                    f"{by_wire[k].python_name}={self._value(v, by_wire[k].type)}"
                    for k, v in value.items()
                ]
                return f"{name}({', '.join(parts)})"
        if isinstance(value, list):
            options = ref.options if isinstance(ref, Union) else (ref,)
            fixed = next((o for o in options if isinstance(o, TupleOf)), None)
            if fixed is not None and len(fixed.items) == len(value):
                items = [self._value(v, t) for v, t in zip(value, fixed.items, strict=True)]
                return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
            item = next((o.item for o in options if isinstance(o, ListOf)), ref)
            return "[" + ", ".join(self._value(v, item) for v in value) + "]"
        return _literal(value)

    def _object_for(
        self, value: dict[str, Any], ref: TypeRef
    ) -> tuple[str, ObjectType, str] | None:
        options = ref.options if isinstance(ref, Union) else (ref,)
        for option in options:
            if not isinstance(option, Ref):
                continue
            named = self.resolve(option)
            if isinstance(named, ObjectType) and set(value) <= {f.name for f in named.fields}:
                module = "shared" if option.scope == "shared" else self.ep.module
                return option.name, named, module
        return None


def _literal(value: Any) -> str:
    """Python source for a JSON value, in the project's style (double-quoted strings)."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_literal(k)}: {_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    return repr(value)
