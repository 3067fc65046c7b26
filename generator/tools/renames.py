"""Importable names a release renames: client attributes, modules and classes of each endpoint in
the package last committed, against what generating the current specs gives, paired by endpoint
id. A spec diff cannot see these: it names both sides with the current naming code."""

from __future__ import annotations

import ast
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from generator.pipeline.emit_client import client_files
from generator.pipeline.emit_models import model_modules
from generator.pipeline.ir import SpecSet
from generator.tools.diff import Change
from generator.tools.revisions import RevisionError, folder_at

PACKAGE = "fal_models"
_SUBPACKAGES = ("endpoints", "models")  # each endpoint has a module in both


@dataclass(frozen=True)
class EndpointNames:
    """What one endpoint is imported and reached by in a package."""

    attribute: str  # below the client (`bytedance.seedream.v4_5.edit`); "" when not reached
    module: str  # under fal_models.endpoints and fal_models.models
    stem: str  # its endpoint classes are <stem> and Async<stem>
    model_classes: frozenset[str]  # the classes of fal_models.models.<module>


def package_names(files: Mapping[str, str]) -> dict[str, EndpointNames]:
    """Endpoint id → its names, read from a package's files (`fal_models/...` → text): the endpoint
    table of `_client.py`, the typed attribute tree (`_client.pyi`, or `_client.py` in packages
    from before the stub existed) and the classes of each model module."""
    client = ast.parse(files[f"{PACKAGE}/_client.py"])
    tables = [
        node.value
        for node in client.body
        if isinstance(node, ast.AnnAssign) and ast.unparse(node.target) == "_ENDPOINTS"
    ]
    if not tables or tables[0] is None:
        raise ValueError(f"{PACKAGE}/_client.py has no _ENDPOINTS table to read names from")
    table: dict[str, tuple[str, str]] = ast.literal_eval(tables[0])
    stub = files.get(f"{PACKAGE}/_client.pyi")
    by_stem = {stem: endpoint_id for endpoint_id, (_, stem) in table.items()}
    attributes = dict(_attribute_tree(ast.parse(stub) if stub else client, by_stem))
    out: dict[str, EndpointNames] = {}
    for endpoint_id, (module, stem) in table.items():
        models = files.get(f"{PACKAGE}/models/{module}.py", "")
        classes = {n.name for n in ast.parse(models).body if isinstance(n, ast.ClassDef)}
        out[endpoint_id] = EndpointNames(
            attributes.get(endpoint_id, ""), module, stem, frozenset(classes)
        )
    return out


def _attribute_tree(module: ast.Module, by_stem: Mapping[str, str]) -> Iterator[tuple[str, str]]:
    """(endpoint id, attribute path) for every endpoint `FalClient` reaches: each property's
    return type is an endpoint class, a namespace class of this module, or a class deriving from
    both (an endpoint that is also the namespace of the ids below it)."""
    classes = {n.name: n for n in module.body if isinstance(n, ast.ClassDef)}

    def visit(name: str, path: tuple[str, ...]) -> Iterator[tuple[str, str]]:
        if name in by_stem:
            yield by_stem[name], ".".join(path)
        cls = classes.get(name)
        if cls is None:
            return
        for base in cls.bases:
            if isinstance(base, ast.Name) and (base.id in classes or base.id in by_stem):
                yield from visit(base.id, path)
        for node in cls.body:
            if (
                isinstance(node, ast.FunctionDef)
                and any(
                    ast.unparse(d) in ("property", "cached_property") for d in node.decorator_list
                )
                and isinstance(node.returns, ast.Name)
            ):
                yield from visit(node.returns.id, (*path, node.name))

    yield from visit("FalClient", ())


def committed_names(revision: str, output: Path) -> dict[str, EndpointNames] | None:
    """The names in the package committed under `output` (generated/) at `revision`; None when
    that revision holds no package."""
    with tempfile.TemporaryDirectory(prefix="fal-names-") as tmp:
        try:
            package = folder_at(revision, output / PACKAGE, Path(tmp))
        except RevisionError:
            return None
        return names_in(package.parent)


def names_in(output: Path) -> dict[str, EndpointNames] | None:
    """The names in the package generated into `output`; None when there is none."""
    if not (output / PACKAGE / "_client.py").is_file():
        return None
    files = {
        path.relative_to(output).as_posix(): path.read_text(encoding="utf-8")
        for pattern in ("_client.py*", "models/*.py")
        for path in (output / PACKAGE).glob(pattern)
    }
    return package_names(files)


def rendered_names(specs: SpecSet, ids: set[str]) -> dict[str, EndpointNames]:
    """The names generating `specs` gives the endpoints `ids` (rendered, not formatted)."""
    files = client_files(specs, "0.0.0", [])
    modules = {e.module for e in specs.endpoints if e.id in ids}
    for module, code in model_modules(specs, only=modules).items():
        files[f"{PACKAGE}/models/{module}.py"] = code
    return package_names(files)


def renamed(old: Mapping[str, EndpointNames], new: Mapping[str, EndpointNames]) -> list[Change]:
    """Every importable name of an endpoint on both sides that changed, old → new: its client
    attribute, its two modules, its endpoint classes and the model classes named after it
    (`<stem>Input`, `<stem>Output`), each as the full path it is imported by. The other classes of
    a renamed module move with it and are not listed one by one."""
    changes: list[Change] = []
    for endpoint_id in sorted(old.keys() & new.keys()):
        a, b = old[endpoint_id], new[endpoint_id]
        pairs: list[tuple[str, str]] = []
        if a.attribute != b.attribute and a.attribute and b.attribute:
            pairs.append((f"client.{a.attribute}", f"client.{b.attribute}"))
        if a.module != b.module:
            pairs += [
                (f"{PACKAGE}.{p}.{a.module}", f"{PACKAGE}.{p}.{b.module}") for p in _SUBPACKAGES
            ]
        classes = [
            (f"{prefix}{a.stem}", f"{prefix}{b.stem}", "endpoints") for prefix in ("", "Async")
        ]
        for name in sorted(a.model_classes - b.model_classes):
            now = b.stem + name.removeprefix(a.stem)
            if name.startswith(a.stem) and now in b.model_classes:
                classes.append((name, now, "models"))
        pairs += [
            (f"{PACKAGE}.{p}.{a.module}.{before}", f"{PACKAGE}.{p}.{b.module}.{after}")
            for before, after, p in classes
            if before != after
        ]
        changes += [
            Change(endpoint_id, "", "renamed", "breaking", before, after, f"`{before}` → `{after}`")
            for before, after in pairs
        ]
    return changes
