"""Generated code reads as if written by hand: no model repeats its base class's settings."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from generator.pipeline import emit_models
from generator.pipeline.emit_models import model_modules, runtime_model_configs
from tests.generator.test_catalogue_shapes import load_one

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "generated" / "fal_models"


def _configs(code: str) -> dict[str, tuple[str, dict[str, object]]]:
    """Class → (base, its own model_config settings) for the classes of a module."""
    out = {}
    for node in ast.parse(code).body:
        if isinstance(node, ast.ClassDef):
            call = next(filter(None, map(emit_models._config_call, node.body)), None)
            settings = (
                {str(k.arg): ast.literal_eval(k.value) for k in call.keywords} if call else {}
            )
            out[node.name] = (ast.unparse(node.bases[0]), settings)
    return out


def test_no_generated_model_repeats_a_setting_of_its_base() -> None:
    from fal_models import _base, _files

    bases = {
        "InputModel": _base.InputModel,
        "OutputModel": _base.OutputModel,
        "FileOutput": _files.FileOutput,
    }
    assert {name: dict(cls.model_config) for name, cls in bases.items()} == {
        name: runtime_model_configs()[name] for name in bases
    }, "runtime_model_configs reads what pydantic sees"
    seen = 0
    for path in sorted((PACKAGE / "models").glob("*.py")):
        for name, (base, settings) in _configs(path.read_text(encoding="utf-8")).items():
            inherited = bases[base].model_config
            repeated = {k for k, v in settings.items() if inherited.get(k, object()) == v}
            assert not repeated, f"{path.name}: {name} repeats {repeated} of {base}"
            seen += 1
    assert seen > 1600


def test_models_keep_their_behaviour_without_the_repeated_settings() -> None:
    from fal_models.models.qwen_image import QwenImageInput, QwenImageOutput

    assert QwenImageInput.model_config["extra"] == "forbid"
    assert QwenImageOutput.model_config["extra"] == "allow"
    assert QwenImageInput.model_fields["prompt"].description  # attribute docstrings are read
    assert QwenImageInput.model_validate({"prompt": "x"}).prompt == "x"


def test_a_setting_the_base_gains_leaves_the_models(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the runtime's base classes set what the models still set, the models set nothing."""
    spec = {
        "id": "acme/demo",
        "title": "Demo",
        "category": "text-to-image",
        "status": "active",
        "input": {"fields": [{"name": "prompt", "type": "string", "required": True}]},
        "output": {"fields": [{"name": "seed", "type": "integer", "required": True}]},
    }
    specs = load_one(tmp_path, spec)
    before = _configs(model_modules(specs)["acme_demo"])
    assert before["AcmeDemoInput"] == ("InputModel", {"use_attribute_docstrings": True})
    everything = {"use_attribute_docstrings": True}
    configs = {name: {**c, **everything} for name, c in runtime_model_configs().items()}
    monkeypatch.setattr(emit_models, "runtime_model_configs", lambda: configs)
    code = model_modules(specs)["acme_demo"]
    assert "model_config" not in code  # ruff then drops the unused import
    assert all(settings == {} for _, settings in _configs(code).values())
