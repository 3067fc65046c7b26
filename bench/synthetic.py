"""A synthetic catalogue of endpoint specs derived from the real ones in specs/endpoints/.

    python bench/synthetic.py OUT_DIR [--count 500] [--seed 6]

OUT_DIR gets `shared.yaml` (copied) and `endpoints/*.yaml`: `count` specs, each a real spec with
a new id and deterministic variations (renamed fields, changed types, enums and bounds, extra
fields, nested local types). The result is checked with the generator's loader. The same seed
and the same specs/ give the same files.

`openapi_document(specs_dir)` writes the equivalent OpenAPI 3.0 document (one POST operation
per endpoint, the input as request body and the output as 200 response) for tools that read
OpenAPI, such as openapi-python-client.
"""

from __future__ import annotations

import argparse
import copy
import random
import shutil
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.pipeline import naming  # noqa: E402
from generator.pipeline.ir import Ref  # noqa: E402
from generator.pipeline.json_schema import named_schema, object_schema  # noqa: E402
from generator.pipeline.loader import load_specs  # noqa: E402

SPECS = ROOT / "specs"
_OWNERS = ["fal-ai", "synth-labs", "bench-co"]
_FAMILIES = ["flux", "seed", "pixel", "canvas", "vista", "lumen", "atlas", "prism", "nova", "ember"]
_TAILS = ["text-to-image", "edit", "image-to-image", "upscale", "inpaint", "text-to-video"]
_WORDS = ["alt", "extra", "mode", "level", "strength", "scale", "ratio", "style", "tone", "detail"]


def _nested_type(rng: random.Random, index: int, depth: int) -> dict[str, dict[str, Any]]:
    """One or two new object types: `Settings<index>` (and `Settings<index>Inner` below it)."""
    name = f"Settings{index}"
    fields: list[dict[str, Any]] = [
        {"name": "enabled", "type": "boolean", "default": rng.random() < 0.5},
        {
            "name": "weight",
            "type": "number",
            "minimum": 0,
            "maximum": rng.choice([1, 2, 10]),
            "description": "How strongly the setting applies.",
        },
        {"name": "label", "type": "string", "max_length": rng.choice([32, 64, 128])},
    ]
    types: dict[str, dict[str, Any]] = {}
    if depth > 1:
        inner = f"{name}Inner"
        types[inner] = {
            "description": "Nested settings.",
            "fields": [
                {"name": "kind", "type": "string", "enum": ["a", "b", "c"][: rng.randint(2, 3)]},
                {"name": "amount", "type": "integer", "minimum": 0, "maximum": 100},
            ],
        }
        fields.append({"name": "inner", "type": f"list[{inner}]", "max_items": 4})
    types[name] = {"description": f"Settings group {index}.", "fields": fields}
    return types


def _vary_field(rng: random.Random, field: dict[str, Any], taken: set[str]) -> None:
    field.pop("examples", None)
    if rng.random() < 0.3:
        new = f"{field['name']}_{rng.choice(_WORDS)}"
        if naming.field_python_name(new) not in taken:
            taken.add(naming.field_python_name(new))
            field["name"] = new
    kind = field.get("type")
    if "enum" in field and kind == "string":
        values = list(field["enum"]) + [
            f"v{rng.randint(0, 99)}_{k}" for k in range(rng.randint(0, 3))
        ]
        field["enum"] = list(dict.fromkeys(values))
        rng.shuffle(field["enum"])
    elif kind == "string" and "enum" not in field and not field.get("file") and rng.random() < 0.15:
        field["enum"] = [f"{rng.choice(_WORDS)}_{k}" for k in range(rng.randint(2, 6))]
        field.pop("default", None)
        for key in ("min_length", "max_length", "pattern"):
            field.pop(key, None)
    elif kind in ("integer", "number") and "enum" not in field:
        if kind == "number" and rng.random() < 0.2:
            field["type"] = "integer"
            for key in ("default", "minimum", "maximum", "exclusive_minimum", "exclusive_maximum"):
                if key in field and not float(field[key]).is_integer():
                    field.pop(key)
                elif key in field:
                    field[key] = int(field[key])
            field.pop("multiple_of", None)
        if "maximum" in field and rng.random() < 0.5:
            field["maximum"] = field["maximum"] * rng.choice([1, 2, 4])
            default = field.get("default")
            if default is not None and default > field["maximum"]:
                field.pop("default")
    if field.get("from_prose"):
        field["from_prose"] = [k for k in field["from_prose"] if k in field]
        if not field["from_prose"]:
            field.pop("from_prose")


def _vary(base: dict[str, Any], index: int, rng: random.Random) -> dict[str, Any]:
    spec = copy.deepcopy(base)
    owner = _OWNERS[index % len(_OWNERS)]
    family = _FAMILIES[(index // len(_OWNERS)) % len(_FAMILIES)]
    tail = rng.choice(_TAILS)
    spec["id"] = (
        f"{owner}/{family}/v{index}/{tail}" if index % 4 else f"{owner}/{family}-{index}-{tail}"
    )
    spec["title"] = f"{base['title']} synthetic {index}"
    spec["docs_url"] = f"https://fal.ai/models/{spec['id']}/api"
    spec["source"] = f"bench/synthetic.py from {base['id']}"
    spec.pop("example_input", None)
    spec.pop("example_output", None)
    spec.pop("replacement", None)
    spec["status"] = "active"
    # Named types stay as they are: object defaults and examples elsewhere spell their fields.
    for obj in (spec["input"], spec["output"]):
        taken = {naming.field_python_name(f["name"]) for f in obj["fields"]}
        for field in obj["fields"]:
            _vary_field(rng, field, taken)
    fields = spec["input"]["fields"]
    for k in range(rng.randint(0, 6)):
        kind = rng.choice(["string", "integer", "number", "boolean", "list[string]", "map[number]"])
        fields.append({"name": f"{rng.choice(_WORDS)}_param_{k}", "type": kind})
    if rng.random() < 0.6:
        types = spec.setdefault("types", {})
        added = _nested_type(rng, index, rng.choice([1, 2]))
        types.update(added)
        outer = f"Settings{index}"
        kind = outer if rng.random() < 0.5 else f"list[{outer}]"
        fields.append({"name": "settings", "type": kind, "description": "Extra settings."})
    return spec


def write_catalogue(out: Path, count: int, seed: int = 6, specs_dir: Path = SPECS) -> list[Path]:
    """Write `count` synthetic specs under `out` (replaced) and check them with the loader."""
    bases = [
        yaml.safe_load(p.read_text(encoding="utf-8"))
        for p in sorted((specs_dir / "endpoints").glob("*.yaml"))
    ]
    if out.exists():
        shutil.rmtree(out)
    (out / "endpoints").mkdir(parents=True)
    shutil.copy(specs_dir / "shared.yaml", out / "shared.yaml")
    written = []
    for index in range(count):
        rng = random.Random(seed * 1_000_003 + index)
        spec = _vary(bases[index % len(bases)], index, rng)
        path = out / "endpoints" / (spec["id"].replace("/", "__") + ".yaml")
        path.write_text(yaml.safe_dump(spec, sort_keys=False, width=100), encoding="utf-8")
        written.append(path)
    load_specs(out)  # raises SpecErrors if a variation is not a valid spec
    return written


def openapi_document(specs_dir: Path) -> dict[str, Any]:
    """One OpenAPI 3.0 document with every endpoint of `specs_dir` as a POST operation."""
    specs = load_specs(specs_dir)
    schemas: dict[str, Any] = {}

    def namer_for(stem: str) -> Any:
        def name(ref: Ref) -> str:
            return f"#/components/schemas/{ref.name if ref.scope == 'shared' else stem + ref.name}"

        return name

    shared_namer = namer_for("")
    for name, named in specs.shared_types.items():
        schemas[name] = named_schema(named, "output", shared_namer)
    paths: dict[str, Any] = {}
    for ep in specs.endpoints:
        namer = namer_for(ep.class_stem)
        for local, named in ep.types.items():
            schemas[ep.class_stem + local] = named_schema(named, "input", namer)
        schemas[ep.input.name] = object_schema(ep.input, "input", namer)
        schemas[ep.output.name] = object_schema(ep.output, "output", namer)
        paths[f"/{ep.id}"] = {
            "post": {
                "operationId": ep.module,
                "summary": ep.title,
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref(ep.input.name)}},
                },
                "responses": {
                    "200": {
                        "description": "The result",
                        "content": {"application/json": {"schema": _ref(ep.output.name)}},
                    }
                },
            }
        }
    for key, schema in schemas.items():
        schema["title"] = key  # openapi-python-client names classes by title: keep them unique
    return {
        "openapi": "3.0.4",
        "info": {"title": "fal endpoints", "version": "0.1.0"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()
    written = write_catalogue(args.out, args.count, args.seed)
    print(f"wrote {len(written)} specs to {args.out / 'endpoints'}")


if __name__ == "__main__":
    main()
