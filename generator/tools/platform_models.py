"""fal's Platform API models for the runtime's pricing (`fal_models._platform_models`), made with
datamodel-code-generator from fal's own document.

    python -m generator.tools.platform_models extract PLATFORM_OPENAPI_JSON   # specs/platform/
    python -m generator.tools.platform_models emit                            # the runtime module

`extract` keeps, from fal's Platform OpenAPI document, the schemas of the three operations the
runtime calls (unit prices, estimates, billing events) in `specs/platform/pricing.json`; `emit`
turns that file into `runtime/fal_models/_platform_models.py`. Both outputs are committed, and
`tests/generator/test_platform_models.py` checks that `emit` still gives the committed module.
"""

from __future__ import annotations

import ast
import json
import sys
import warnings
from pathlib import Path
from typing import Any

from datamodel_code_generator import generate

from generator.pipeline.emit_models import generate_config
from generator.pipeline.format import ruff
from generator.pipeline.wrap import fit

ROOT = Path(__file__).resolve().parents[2]
SUBSET = ROOT / "specs" / "platform" / "pricing.json"
MODULE = ROOT / "runtime" / "fal_models" / "_platform_models.py"
HEADER = (
    "# Made by `python -m generator.tools.platform_models emit` from specs/platform/pricing.json\n"
    "# (fal's Platform API document, https://api.fal.ai/v1/openapi.json); do not edit by hand.\n"
    '"""fal\'s Platform API answers the runtime reads: unit prices, estimates, billing events."""'
)

# (path, method, where the schema is) → the class it becomes.
_OPERATIONS: dict[str, tuple[str, str, str]] = {
    "PricesPage": ("/models/pricing", "get", "response"),
    "CostEstimate": ("/models/pricing/estimate", "post", "response"),
    "BillingEventsPage": ("/models/billing-events", "get", "response"),
}
# Items of a page's list that get a class of their own.
_ITEMS = {
    "PricesPage": ("prices", "UnitPrice"),
    "BillingEventsPage": ("billing_events", "BillingEvent"),
}


def extract(document: dict[str, Any]) -> dict[str, Any]:
    """The JSON Schema `$defs` of the pricing models, out of fal's whole document."""
    defs: dict[str, Any] = {}
    for name, (path, method, _) in _OPERATIONS.items():
        operation = document["paths"][path][method]
        schema = json.loads(
            json.dumps(operation["responses"]["200"]["content"]["application/json"]["schema"])
        )
        schema.pop("example", None)
        if name in _ITEMS:
            field, item = _ITEMS[name]
            defs[item] = schema["properties"][field]["items"]
            schema["properties"][field]["items"] = {"$ref": f"#/$defs/{item}"}
        defs[name] = schema
    source = document.get("servers", [{}])[0].get("url", "https://api.fal.ai/v1")
    return {"$comment": f"From fal's Platform API document ({source}/openapi.json)", "$defs": defs}


def emit(subset: dict[str, Any]) -> str:
    """The runtime module for the extracted schemas."""
    config = generate_config(extra_fields="allow", custom_file_header=HEADER)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        code = generate(json.dumps({"$defs": subset["$defs"]}), config=config)
    if not isinstance(code, str):
        raise RuntimeError("datamodel-code-generator returned several modules; expected one")
    code = _annotated_config(_without_root_model(code))
    formatted = ruff({MODULE.name: fit(code)}, (ROOT / "pyproject.toml").read_text("utf-8"))
    return formatted[MODULE.name]


def _without_root_model(code: str) -> str:
    """Without the stray `Model` root class datamodel-code-generator adds for a bare `$defs`."""
    lines = code.splitlines(keepends=True)
    for node in reversed(ast.parse(code).body):
        if isinstance(node, ast.ClassDef) and node.name == "Model" and node.end_lineno:
            del lines[node.lineno - 1 : node.end_lineno]
    return "".join(lines).replace(", RootModel", "")


def _annotated_config(code: str) -> str:
    """`model_config` declared a ClassVar, as pydantic's BaseModel declares it: unannotated, type
    checkers infer it differently (pyright's `--verifytypes` counts it ambiguous)."""
    code = code.replace(
        "    model_config = ConfigDict(", "    model_config: ClassVar[ConfigDict] = ConfigDict("
    )
    return code.replace("from typing import ", "from typing import ClassVar, ", 1)


def main(argv: list[str]) -> int:
    if argv[:1] == ["extract"] and len(argv) == 2:
        document = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        SUBSET.parent.mkdir(parents=True, exist_ok=True)
        SUBSET.write_text(json.dumps(extract(document), indent=2) + "\n", encoding="utf-8")
        return 0
    if argv == ["emit"]:
        subset = json.loads(SUBSET.read_text(encoding="utf-8"))
        MODULE.write_text(emit(subset), encoding="utf-8")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
