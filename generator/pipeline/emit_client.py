"""Emits the client side of the package from Jinja templates: endpoint classes, the two clients,
the package's __init__ and pyproject. Names, annotations and docs are decided here, not in templates."""

from __future__ import annotations

import ast
import json
import textwrap
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

import jinja2

from generator.pipeline.graph import refs_of_type
from generator.pipeline.ir import (
    Endpoint,
    Field,
    InlineEnum,
    ListOf,
    MapOf,
    Primitive,
    Ref,
    SpecSet,
    TupleOf,
    TypeRef,
    Union,
)
from generator.pipeline.paths import HEADER, RUNTIME, TEMPLATES
from generator.pipeline.wrap import LINE_LENGTH, fit

PYTHON_TYPES = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "any": "Any",
    "null": "None",
}


def annotation(ref: TypeRef, *, file: bool = False) -> str:
    """The Python annotation the client's keyword argument uses for a spec type. The strings
    of a file field also take local files (`FileInput`), which the runtime inlines or uploads."""
    match ref:
        case Primitive(kind="string") if file:
            return "FileInput"
        case Primitive(kind=kind):
            return PYTHON_TYPES[kind]
        case ListOf(item=item):
            return f"list[{annotation(item, file=file)}]"
        case TupleOf(items=items):
            return f"tuple[{', '.join(annotation(i, file=file) for i in items)}]"
        case MapOf(value=value):
            return f"dict[str, {annotation(value, file=file)}]"
        case Ref(name=name, scope="shared"):
            return f"shared.{name}"
        case Ref(name=name):
            return name
        case InlineEnum(values=values):
            return f"Literal[{', '.join(json.dumps(v) for v in values)}]"
        case Union(options=options):
            return " | ".join(annotation(o, file=file) for o in options)
    raise AssertionError(ref)


@dataclass
class Param:
    name: str  # the keyword argument
    field: str  # the input model's attribute
    annotation: str
    required: bool
    doc: str


@cache
def call_option_names() -> frozenset[str]:
    """Every call option of the generated methods (the TypedDicts of runtime/fal_models/_types.py),
    plus `options` and `self`, which their signatures also use."""
    tree = ast.parse((RUNTIME / "_types.py").read_text(encoding="utf-8"))
    names = {"options", "self"}
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name.endswith("Options"):
            names.update(
                stmt.target.id
                for stmt in node.body
                if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
            )
    return frozenset(names)


def param_name(python_name: str) -> str:
    """An input field named like a call option (`timeout`, `webhook_url`, …) is the keyword
    argument `<name>_`; the option keeps its name, and the model attribute is unchanged."""
    return python_name + "_" if python_name in call_option_names() else python_name


def _param(f: Field) -> Param:
    ann = annotation(f.type, file=f.file)
    if f.nullable:
        ann += " | None"
    if not f.required:
        ann += " | Omit"
    name = param_name(f.python_name)
    return Param(name, f.python_name, ann, f.required, _field_doc(f, name))


# The column at which endpoint.py.jinja writes `name: doc` in the Args section of a docstring.
ARG_COLUMN = 12


def _field_doc(f: Field, name: str) -> str:
    """The description of argument `name`, wrapped where its `name: ` prefix and the hanging
    indent of its continuation lines leave room."""
    parts = [f.description.rstrip(".") + "." if f.description else "See fal's docs."]
    if f.file:
        parts.append("Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).")
    if f.has_default:
        parts.append(f"Default: {json.dumps(f.default)}.")
    bounds = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in f.constraints.items())
    if bounds:
        parts.append(f"Limits: {bounds}.")
    if f.unchecked:
        parts.append(f"Not checked by the client: {f.unchecked}.")
    text = " ".join(parts).replace('"""', "'''").replace("\\", "\\\\")
    prefix = " " * ARG_COLUMN + name + ": "
    lines = textwrap.wrap(
        text,
        LINE_LENGTH,
        initial_indent=prefix,
        subsequent_indent=" " * (ARG_COLUMN + 4),
        break_long_words=False,  # a URL stays whole
        break_on_hyphens=False,
    )
    return "\n".join(lines).removeprefix(prefix)


@dataclass
class EndpointView:
    id: str
    title: str
    module: str
    class_name: str
    input_class: str
    output_class: str
    summary: str
    doc_lines: list[str]
    params: list[Param]
    model_imports: list[str]
    uses_shared: bool
    uses_files: bool
    deprecated: str | None


def deprecation(ep: Endpoint) -> str | None:
    """The message of a deprecated endpoint's `@deprecated` (PEP 702) and DeprecationWarning."""
    if ep.status != "deprecated":
        return None
    return f"fal endpoint {ep.id} is deprecated" + (
        f"; use {ep.replacement} instead" if ep.replacement else ""
    )


def endpoint_view(ep: Endpoint) -> EndpointView:
    refs = (
        set().union(*(refs_of_type(f.type) for f in ep.input.fields)) if ep.input.fields else set()
    )
    local = sorted(r.name for r in refs if r.scope == "local")
    deprecated = deprecation(ep)
    doc = [""]
    if ep.description:
        doc += [*textwrap.wrap(ep.description.replace('"""', "'''").replace("\\", "\\\\"), 92), ""]
    if deprecated:
        doc += [f"Deprecated: {deprecated}.", ""]
    category, docs = f"Category: {ep.category}.", f"Docs: {ep.docs_url}"
    fits = len(f"{category} {docs}") <= LINE_LENGTH - 4  # the class docstring's indentation
    doc += [f"{category} {docs}"] if fits else [category, docs]
    return EndpointView(
        id=ep.id,
        title=ep.title,
        module=ep.module,
        class_name=ep.class_stem,
        input_class=ep.input.name,
        output_class=ep.output.name,
        summary=f"{ep.title} (`{ep.id}`).",
        doc_lines=doc,
        params=[_param(f) for f in ep.input.fields],
        model_imports=sorted({ep.input.name, ep.output.name, *local}),
        uses_shared=any(r.scope == "shared" for r in refs),
        uses_files=any(f.file for f in ep.input.fields),
        deprecated=deprecated,
    )


@dataclass(frozen=True)
class IndexEntry:
    """What the client's tables and the attribute tree say of an endpoint."""

    id: str
    title: str
    module: str
    class_name: str
    deprecated: str | None = None  # the message of its `@deprecated`, when it is


def index_entry(ep: Endpoint) -> IndexEntry:
    return IndexEntry(ep.id, ep.title, ep.module, ep.class_stem, deprecation(ep))


@dataclass
class Child:
    attr: str
    doc: str
    namespace: str | None = None
    endpoint: IndexEntry | None = None


@dataclass
class Node:
    path: tuple[str, ...]
    endpoint: IndexEntry | None = None
    children: dict[str, Node] = field(default_factory=dict)

    @property
    def class_name(self) -> str:
        # Segments joined by "__" keep distinct paths distinct: (flux_2, klein) vs (flux_2_klein,).
        return "NS_" + "__".join(self.path)

    @property
    def dotted(self) -> str:
        return "client." + ".".join(self.path)


@dataclass
class NodeView:
    class_name: str
    dotted: str
    endpoint: IndexEntry | None
    children: list[Child]


def namespace_tree(specs: SpecSet) -> tuple[NodeView, list[NodeView]]:
    """The client's attribute tree: its root, and every namespace below it."""
    root = Node(())
    for ep in specs.endpoints:
        node = root
        for i, part in enumerate(ep.attribute_path):
            node = node.children.setdefault(part, Node(ep.attribute_path[: i + 1]))
        node.endpoint = index_entry(ep)
    flat: list[NodeView] = []

    def visit(node: Node) -> NodeView:
        children = []
        for attr, child in sorted(node.children.items()):
            if child.children:
                visit(child)
                doc = f"Endpoints under `{child.dotted}`."
                if child.endpoint is not None:
                    doc = f"{child.endpoint.title} (`{child.endpoint.id}`) and the endpoints under it."
                children.append(
                    Child(attr, doc, namespace=child.class_name, endpoint=child.endpoint)
                )
            else:
                assert child.endpoint is not None
                children.append(
                    Child(
                        attr,
                        f"{child.endpoint.title} (`{child.endpoint.id}`).",
                        endpoint=child.endpoint,
                    )
                )
        view = NodeView(node.class_name, node.dotted, node.endpoint, children)
        if node.path:
            flat.append(view)
        return view

    return visit(root), flat


@dataclass
class TreeNode:
    path: str  # dotted attribute path below the client; "" is the client
    # (attribute, the endpoint id or "" for a namespace only, as a Python literal)
    children: list[tuple[str, str]]


# The column at which client.py.jinja writes `"attribute": "endpoint id",` in the tree.
TREE_ENTRY_COLUMN = 8


def _tree_value(attr: str, endpoint_id: str) -> str:
    """The endpoint id as the value of a tree entry; in parentheses, which ruff keeps and puts on
    a line of their own, when the entry would not fit on one line."""
    literal = json.dumps(endpoint_id)
    entry = f"{json.dumps(attr)}: {literal},"
    return literal if TREE_ENTRY_COLUMN + len(entry) <= LINE_LENGTH else f"({literal})"


def attribute_tree(root: NodeView, namespaces: list[NodeView]) -> list[TreeNode]:
    """The runtime's table of the attribute tree, in a stable order."""
    nodes = [root, *sorted(namespaces, key=lambda n: n.dotted)]
    return [
        TreeNode(
            node.dotted.removeprefix("client").removeprefix("."),
            [
                (c.attr, _tree_value(c.attr, c.endpoint.id if c.endpoint else ""))
                for c in node.children
            ],
        )
        for node in nodes
    ]


@cache
def environment() -> jinja2.Environment:
    """The package templates (compiled once per process)."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES / "package"),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )


def endpoint_module(ep: Endpoint) -> str:
    """fal_models/endpoints/<module>.py: the endpoint's sync and async classes."""
    return fit(
        environment().get_template("endpoint.py.jinja").render(ep=endpoint_view(ep), header=HEADER)
    )


def client_module(specs: SpecSet) -> str:
    """fal_models/_client.py: the tables of endpoints and of the attribute tree."""
    root, namespaces = namespace_tree(specs)
    views = [index_entry(ep) for ep in specs.endpoints]
    tree = attribute_tree(root, namespaces)
    return fit(
        environment()
        .get_template("client.py.jinja")
        .render(header=HEADER, endpoints=views, tree=tree)
    )


@dataclass(frozen=True)
class CatalogueView:
    """An endpoint's catalogue entry, each value a Python string literal."""

    id: str
    title: str
    category: str
    status: str
    description: str


def catalogue_module(specs: SpecSet) -> str:
    """fal_models/_catalogue.py: what `fal-models list` and `search` show of each endpoint."""

    def literal(text: str) -> str:
        return json.dumps(" ".join(text.split()), ensure_ascii=False)

    entries = [
        CatalogueView(
            *(literal(v) for v in (ep.id, ep.title, ep.category, ep.status, ep.description))
        )
        for ep in specs.endpoints
    ]
    return fit(
        environment().get_template("catalogue.py.jinja").render(header=HEADER, endpoints=entries)
    )


def client_stub(specs: SpecSet) -> str:
    """fal_models/_client.pyi: the typed attribute tree, for type checkers."""
    root, namespaces = namespace_tree(specs)
    views = [index_entry(ep) for ep in specs.endpoints]
    return fit(
        environment()
        .get_template("client.pyi.jinja")
        .render(header=HEADER, endpoints=views, namespaces=namespaces, root=root)
    )


# The public names of `fal_models` by the private module that defines them; `__init__` loads
# each module on first use (`__version__` is eager: it costs nothing).
_EXPORTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("_base", ("InputModel", "OutputModel", "ResponseInfo", "parse_output")),
    ("_batch", ("BatchItem",)),
    ("_budget", ("Budget",)),
    ("_client", ("ENDPOINT_IDS", "AsyncFalClient", "FalClient")),
    ("_endpoint", ("AsyncEndpoint", "SyncEndpoint")),
    ("_files", ("FileOutput",)),
    ("_handles", ("AsyncRequestHandle", "RequestHandle")),
    ("_pricing", ("BillingEvent", "Cost", "CostEstimate", "UnitPrice")),
    ("_realtime", ("AsyncRealtimeConnection", "RealtimeConnection")),
    ("_streams", ("AsyncEndpointStream", "EndpointStream")),
    ("_status", ("Completed", "InProgress", "LogEntry", "Queued", "QueueStatus", "UnknownStatus")),
    ("_types", ("Omit", "omit")),
)


def init_module(exceptions: list[str]) -> str:
    runtime = sorted(["__version__", *(name for _, names in _EXPORTS for name in names)])
    return fit(
        environment()
        .get_template("init.py.jinja")
        .render(
            header=HEADER,
            exports=[*_EXPORTS, ("_exceptions", tuple(exceptions))],
            all_names=[*runtime, *exceptions],
        )
    )


def pyproject(version: str, count: int) -> str:
    return (
        environment()
        .get_template("pyproject.toml.jinja")
        .render(version=version, count=count, line_length=LINE_LENGTH)
    )


def package_readme(specs: SpecSet, version: str) -> str:
    """README.md: the package's page on PyPI (install, quick start, the emulator, links)."""
    counts = Counter(ep.category for ep in specs.endpoints)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    shown = ", ".join(f"{n} {category}" for category, n in ranked[:_CATEGORIES_NAMED])
    rest = len(ranked) - _CATEGORIES_NAMED
    summary = f"{shown} and {rest} more categories" if rest > 0 else shown
    return (
        environment()
        .get_template("README.md.jinja")
        .render(version=version, count=len(specs.endpoints), categories=summary)
    )


_CATEGORIES_NAMED = 5  # the package README names the largest categories, then counts the rest


def license_text() -> str:
    """LICENSE: the Apache License 2.0, as apache.org publishes it (fal-client's licence too)."""
    return (TEMPLATES / "package" / "LICENSE").read_text(encoding="utf-8")


def version_module(version: str) -> str:
    return (
        f'{HEADER}\n"""The package version (specs/release.yaml)."""\n\n__version__ = "{version}"\n'
    )


# The sdist carries the changelog beside the README and LICENSE setuptools adds by itself.
MANIFEST_IN = "include CHANGELOG.md\n"
ENDPOINTS_INIT = f'{HEADER}\n"""One module per fal endpoint, imported on first use."""\n'
MODELS_INIT = f'{HEADER}\n"""Pydantic models of every endpoint\'s input and output."""\n'


def client_files(specs: SpecSet, version: str, exceptions: list[str]) -> dict[str, str]:
    """Relative path under generated/ → text, for everything the package templates make."""
    files = {f"fal_models/endpoints/{ep.module}.py": endpoint_module(ep) for ep in specs.endpoints}
    files["fal_models/_client.py"] = client_module(specs)
    files["fal_models/_client.pyi"] = client_stub(specs)
    files["fal_models/__init__.py"] = init_module(exceptions)
    files["pyproject.toml"] = pyproject(version, len(specs.endpoints))
    files["fal_models/endpoints/__init__.py"] = ENDPOINTS_INIT
    files["fal_models/models/__init__.py"] = MODELS_INIT
    files["fal_models/py.typed"] = ""
    files["fal_models/_version.py"] = version_module(version)
    return files


def runtime_files() -> dict[str, str]:
    """The hand-written runtime, copied unchanged."""
    return {
        f"fal_models/{p.relative_to(RUNTIME).as_posix()}": p.read_text(encoding="utf-8")
        for p in sorted(RUNTIME.rglob("*.py"))
    }
