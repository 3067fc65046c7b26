"""The generated package as a table of products: each file, what it is made of, how to make it.

A product's ingredients are input keys (see `generator.pipeline.inputs`); the build re-makes a
product only when the digest of its ingredients changed, so the table must name everything a
file's text depends on. Model modules are made together, in one datamodel-code-generator call.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from generator.pipeline import emit_client, emit_docs
from generator.pipeline.inputs import ALL_ENDPOINTS, MODEL_BASES, PIPELINE, spec_key
from generator.pipeline.ir import SpecSet
from generator.pipeline.loader import load_specs
from generator.pipeline.paths import RUNTIME, SHARED_MODULE, SPECS
from generator.pipeline.version import (
    CHANGELOG_FILE,
    RELEASE_FILE,
    read_changelog,
    read_release,
)

SHARED_YAML = spec_key("shared.yaml")
RELEASE = spec_key(RELEASE_FILE)
# Every formatted file depends on the ruff configuration the package's pyproject carries.
_FORMAT = "templates/package/pyproject.toml.jinja"


@dataclass(frozen=True)
class Product:
    """One file of generated/. `make` returns its text before formatting; a model module has
    `model` (its module name) instead and is made in the batch."""

    path: str
    ingredients: tuple[str, ...]
    make: Callable[[], str] | None = None
    model: str | None = None
    formatted: bool = True
    spec: Path | None = None  # the endpoint spec it is made from, to name in errors


def model_path(module: str) -> str:
    return f"fal_models/models/{module}.py"


def products(specs: SpecSet, specs_dir: Path = SPECS) -> list[Product]:
    """Every file of generated/, in a stable order."""
    out = [
        Product(
            f"fal_models/{rel}",
            (f"runtime/{rel}",),
            make=partial((RUNTIME / rel).read_text, encoding="utf-8"),
            formatted=False,  # copied verbatim: the runtime is formatted where it is written
        )
        for rel in sorted(p.relative_to(RUNTIME).as_posix() for p in RUNTIME.rglob("*.py"))
    ]
    base = (PIPELINE, _FORMAT)
    endpoint_template = "templates/package/endpoint.py.jinja"
    page_template = "templates/docs/endpoint.md.jinja"
    for ep in specs.endpoints:
        spec = spec_key(ep.spec_path.relative_to(specs_dir).as_posix())
        out += [
            Product(
                model_path(ep.module),
                (*base, spec, SHARED_YAML, MODEL_BASES),
                model=ep.module,
                spec=ep.spec_path,
            ),
            Product(
                f"fal_models/endpoints/{ep.module}.py",
                # The call options' names (runtime _types.py) decide keyword-argument names.
                (*base, spec, SHARED_YAML, endpoint_template, "runtime/_types.py"),
                make=partial(emit_client.endpoint_module, ep),
                spec=ep.spec_path,
            ),
            Product(
                f"{emit_docs.DOCS_DIR}/{emit_docs.page_file(ep)}",
                (*base, spec, SHARED_YAML, page_template),
                make=partial(emit_docs.endpoint_page, ep, specs),
                spec=ep.spec_path,
            ),
        ]

    def version() -> str:
        return read_release(specs_dir).version

    def category_page(category: str) -> str:
        return emit_docs.category_page(specs, category, version())

    every = (*base, ALL_ENDPOINTS, SHARED_YAML)
    out += [
        # Which shared types exist, and in which direction, follows from every endpoint.
        Product(model_path(SHARED_MODULE), (*every, MODEL_BASES), model=SHARED_MODULE),
        Product(
            "fal_models/_client.py",
            (*every, "templates/package/client.py.jinja"),
            make=lambda: emit_client.client_module(specs),
        ),
        Product(
            "fal_models/_catalogue.py",
            (*every, "templates/package/catalogue.py.jinja"),
            make=lambda: emit_client.catalogue_module(specs),
        ),
        Product(
            "fal_models/_client.pyi",
            (*every, "templates/package/client.pyi.jinja"),
            make=lambda: emit_client.client_stub(specs),
        ),
        Product(
            "fal_models/__init__.py",
            (*base, "templates/package/init.py.jinja", "runtime/_exceptions.py"),
            make=lambda: emit_client.init_module(_exception_names()),
        ),
        Product(
            "pyproject.toml",
            (*base, ALL_ENDPOINTS, RELEASE),
            make=lambda: emit_client.pyproject(version(), len(specs.endpoints)),
        ),
        Product(
            "README.md",
            (*base, ALL_ENDPOINTS, RELEASE, "templates/package/README.md.jinja"),
            make=lambda: emit_client.package_readme(specs, version()),
            formatted=False,
        ),
        Product(
            "LICENSE",
            (PIPELINE, "templates/package/LICENSE"),
            make=emit_client.license_text,
            formatted=False,
        ),
        Product("MANIFEST.in", (PIPELINE,), make=lambda: emit_client.MANIFEST_IN, formatted=False),
        Product("fal_models/endpoints/__init__.py", base, make=lambda: emit_client.ENDPOINTS_INIT),
        Product("fal_models/models/__init__.py", base, make=lambda: emit_client.MODELS_INIT),
        Product("fal_models/py.typed", base, make=lambda: ""),
        Product(
            "fal_models/_version.py",
            (*base, RELEASE),
            make=lambda: emit_client.version_module(version()),
        ),
        Product(
            f"{emit_docs.DOCS_DIR}/README.md",
            (*every, RELEASE, "templates/docs/index.md.jinja"),
            make=lambda: emit_docs.index_page(specs, version()),
        ),
        *(
            Product(
                f"{emit_docs.DOCS_DIR}/{emit_docs.category_file(category)}",
                (*every, RELEASE, "templates/docs/category.md.jinja"),
                make=partial(category_page, category),
            )
            for category in emit_docs.categories(specs)
        ),
        Product(
            "CHANGELOG.md",
            (*base, spec_key(CHANGELOG_FILE)),
            make=lambda: read_changelog(specs_dir),
        ),
    ]
    return out


def render(specs_dir: Path = SPECS, specs: SpecSet | None = None) -> dict[str, str]:
    """Every file of generated/ (relative path → text), before formatting: a full build's input."""
    from generator.pipeline.emit_models import model_modules  # see build._make

    specs = load_specs(specs_dir) if specs is None else specs
    models = model_modules(specs)
    return {
        p.path: models[p.model] if p.model is not None else make_text(p)
        for p in products(specs, specs_dir)
    }


def make_text(product: Product) -> str:
    """The text of a product that is not a model module (those are made in one batch)."""
    assert product.make is not None
    return product.make()


def _exception_names() -> list[str]:
    tree = ast.parse((RUNTIME / "_exceptions.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            getattr(t, "id", None) == "__all__" for t in node.targets
        ):
            return sorted(ast.literal_eval(node.value))
    raise RuntimeError("runtime/fal_models/_exceptions.py has no __all__")
