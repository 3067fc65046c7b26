"""Names are stable: removing an endpoint renames nothing of any other endpoint.

Renders the package (models and client, unformatted) from a folder of specs, then again with
one endpoint removed, and compares every other endpoint's module, classes, model classes and
client attribute. The specs are a slice of the real ones chosen to be hard: endpoints that are
also namespaces of others, neighbours whose names differ by one segment boundary, two owners.
"""

from __future__ import annotations

import ast
import json
import shutil
from pathlib import Path

import pytest

from generator.pipeline.emit_client import client_files
from generator.pipeline.emit_models import model_modules
from generator.pipeline.errors import SpecErrors
from generator.pipeline.loader import load_specs

REPO = Path(__file__).resolve().parents[2]
SLICE = (
    "fal-ai/flux-lora",
    "fal-ai/flux-lora/inpainting",
    "fal-ai/flux-lora/image-to-image",
    "fal-ai/flux-2",
    "fal-ai/flux-2/lora",
    "fal-ai/flux-2/lora/edit",
    "fal-ai/flux-2-flex",
    "fal-ai/bria/reimagine",
    "bria/reimagine/3.2",
    "fal-ai/ideogram/v3",
    "fal-ai/ideogram/v3/remix",
    "fal-ai/qwen-image",
)


def _names(specs_dir: Path) -> dict[str, object]:
    """Endpoint id → (module, top-level classes of its two modules, client attribute chain)."""
    specs = load_specs(specs_dir)
    models = model_modules(specs)
    client = client_files(specs, "0", [])
    client_tree = ast.parse(client["fal_models/_client.py"])
    # Which class and attribute each endpoint id is reached by in the client.
    reached: dict[str, list[str]] = {}
    for cls in (n for n in client_tree.body if isinstance(n, ast.ClassDef)):
        for fn in (n for n in cls.body if isinstance(n, ast.FunctionDef)):
            for const in ast.walk(fn):
                if isinstance(const, ast.Constant) and const.value in {
                    e.id for e in specs.endpoints
                }:
                    reached.setdefault(str(const.value), []).append(f"{cls.name}.{fn.name}")
    out: dict[str, object] = {}
    for endpoint in specs.endpoints:

        def classes(code: str) -> list[str]:
            return [n.name for n in ast.parse(code).body if isinstance(n, ast.ClassDef)]

        out[endpoint.id] = (
            endpoint.module,
            endpoint.attribute_path,
            classes(models[endpoint.module]),
            classes(client[f"fal_models/endpoints/{endpoint.module}.py"]),
            sorted(reached.get(endpoint.id, [])),
        )
    return out


def _folder(tmp_path: Path, name: str, ids: list[str]) -> Path:
    folder = tmp_path / name
    (folder / "endpoints").mkdir(parents=True)
    shutil.copy(REPO / "specs" / "shared.yaml", folder)
    for endpoint_id in ids:
        file = endpoint_id.replace("/", "__") + ".yaml"
        shutil.copy(REPO / "specs" / "endpoints" / file, folder / "endpoints" / file)
    return folder


@pytest.mark.parametrize(
    "removed", ["fal-ai/flux-lora", "fal-ai/flux-2/lora", "fal-ai/bria/reimagine"]
)
def test_removing_an_endpoint_renames_nothing_else(tmp_path: Path, removed: str) -> None:
    everything = _names(_folder(tmp_path, "all", list(SLICE)))
    without = _names(_folder(tmp_path, "without", [i for i in SLICE if i != removed]))
    assert set(without) == set(everything) - {removed}
    for endpoint_id, names in without.items():
        assert names == everything[endpoint_id], endpoint_id


def test_ids_with_the_same_derived_names_get_distinct_stable_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`fal-ai/bria/x` and `bria/x` both derive `client.bria.x`: the one imported second is
    pinned to another name in its spec; removing the first renames nothing; re-importing keeps
    the pin."""
    from generator.__main__ import main
    from tests.generator.test_catalogue_shapes import document

    folder = _folder(tmp_path, "specs", ["fal-ai/qwen-image"])
    sources = []
    for endpoint_id in ("fal-ai/bria/x", "bria/x"):
        doc = document({"prompt": {"type": "string"}}, {"seed": {"type": "integer"}})
        doc["info"]["x-fal-metadata"]["endpointId"] = endpoint_id
        source = tmp_path / (endpoint_id.replace("/", "__") + ".json")
        source.write_text(json.dumps(doc), encoding="utf-8")
        sources.append(source)
        assert main(["import-openapi", str(source), "--specs", str(folder)]) == 0
    capsys.readouterr()
    pinned = folder / "endpoints" / "bria__x.yaml"
    assert "python_name: bria.x_bria\n" in pinned.read_text(encoding="utf-8")
    both = _names(folder)
    assert both["fal-ai/bria/x"][:2] == ("bria_x", ("bria", "x"))
    assert both["bria/x"][:2] == ("bria_x_bria", ("bria", "x_bria"))
    assert both["bria/x"][2] == ["BriaXBriaInput", "BriaXBriaOutput"]

    (folder / "endpoints" / "fal-ai__bria__x.yaml").unlink()
    assert main(["import-openapi", str(sources[1]), "--specs", str(folder)]) == 0
    assert "python_name: bria.x_bria\n" in pinned.read_text(encoding="utf-8")
    alone = _names(folder)
    assert alone["bria/x"] == both["bria/x"]


def test_a_clash_without_a_pin_is_an_error(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "specs", ["fal-ai/qwen-image"])
    text = (folder / "endpoints" / "fal-ai__qwen-image.yaml").read_text(encoding="utf-8")
    clash = text.replace("id: fal-ai/qwen-image\n", "id: fal-ai/qwen_image\n")
    (folder / "endpoints" / "fal-ai__qwen_image.yaml").write_text(clash, encoding="utf-8")
    with pytest.raises(SpecErrors, match=r"qwen_image.*python_name"):
        load_specs(folder)
