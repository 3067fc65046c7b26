"""Emits the reference docs: one Markdown page per endpoint and an index, under generated/docs/.

Each page's usage snippets are real programs (tests run them against the emulator), built from the
spec's example input: nested objects become model constructors, so the snippets also type-check.
"""

from __future__ import annotations

import json
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


def index_page(specs: SpecSet, version: str) -> str:
    """docs/README.md: every endpoint with its page, client attribute, category and status."""
    rows = [
        IndexRow(
            id=ep.id,
            file=page_file(ep),
            dotted=_dotted(ep),
            category=ep.category,
            deprecated=ep.status == "deprecated",
        )
        for ep in sorted(specs.endpoints, key=lambda ep: ep.id)
    ]
    return _environment().get_template("index.md.jinja").render(pages=rows, version=version)


def docs_files(specs: SpecSet, version: str) -> dict[str, str]:
    """Relative path under generated/ → Markdown, for every endpoint page and the index."""
    files = {f"{DOCS_DIR}/{page_file(ep)}": endpoint_page(ep, specs) for ep in specs.endpoints}
    files[f"{DOCS_DIR}/README.md"] = index_page(specs, version)
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
    example_in = ep.example_input if ep.example_input is not None else _minimal_input(ep)
    snippet = _Snippet(ep, resolve)
    return EndpointPage(
        id=ep.id,
        title=ep.title,
        description=ep.description,
        category=ep.category,
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
            case Union(options=options):
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


def _minimal_input(ep: Endpoint) -> dict[str, Any]:
    """Required fields only, from their examples, else a value of the field's type and bounds."""
    out: dict[str, Any] = {}
    for f in ep.input.fields:
        if not f.required:
            continue
        if f.examples:
            out[f.name] = f.examples[0]
        else:
            out[f.name] = _placeholder(f)
    return out


def _placeholder(f: Field) -> Any:
    ref = f.type
    many = isinstance(ref, ListOf)
    if isinstance(ref, ListOf):
        ref = ref.item
    if isinstance(ref, InlineEnum):
        value: Any = ref.values[0]
    elif isinstance(ref, Primitive) and ref.kind == "string":
        value = _FILE_PLACEHOLDER if f.file else f"example {f.name.replace('_', ' ')}"
    elif isinstance(ref, Primitive) and ref.kind in ("integer", "number"):
        low = f.constraints.minimum
        value = low if low is not None else _PLACEHOLDER[ref.kind]
    elif isinstance(ref, Primitive):
        value = _PLACEHOLDER[ref.kind]
    else:
        value = {}
    return [value] if many else value


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
            item = ref.item if isinstance(ref, ListOf) else ref
            if isinstance(ref, Union):
                item = next((o.item for o in ref.options if isinstance(o, ListOf)), ref)
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
