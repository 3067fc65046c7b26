"""Same specs in → byte-identical files out, and `check` notices any drift in generated/."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.pipeline.build import generate as build
from generator.pipeline.build import stale_files
from generator.pipeline.paths import OUTPUT, SPECS


def slice_of_specs(target: Path) -> Path:
    """The eight seeds and every 60th catalogue endpoint: the incremental-build tests build this
    slice several times, where the whole catalogue would cost ~25 s a build."""
    target.mkdir()
    for path in SPECS.iterdir():
        if path.is_file():
            shutil.copy(path, target)
    (target / "endpoints").mkdir()
    catalogue = sorted((SPECS / "endpoints").glob("*.yaml"))
    seeds = {p for p in catalogue if "fal-openapi/catalog/" not in p.read_text()}
    for path in sorted(seeds | set(catalogue[::60])):
        shutil.copy(path, target / "endpoints")
    return target


def _snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    build(tmp_path / "a")
    build(tmp_path / "b")
    first, second = _snapshot(tmp_path / "a"), _snapshot(tmp_path / "b")
    assert first == second
    assert "fal_models/models/qwen_image.py" in first


def test_committed_package_is_current() -> None:
    assert stale_files() == []


def test_check_names_a_hand_edited_file(tmp_path: Path) -> None:
    copy = tmp_path / "generated"
    shutil.copytree(OUTPUT, copy, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    target = copy / "fal_models" / "endpoints" / "qwen_image.py"
    target.write_text(target.read_text() + "\n# hand edit\n")
    (copy / "fal_models" / "extra.py").write_text("x = 1\n")
    assert stale_files(SPECS, copy) == ["fal_models/endpoints/qwen_image.py", "fal_models/extra.py"]


def test_a_spec_change_reaches_the_output(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    shutil.copytree(SPECS, specs)
    spec = specs / "endpoints" / "fal-ai__qwen-image.yaml"
    spec.write_text(spec.read_text().replace("maximum: 250", "maximum: 200", 1))
    # The bound is enforced by the model and documented on the keyword argument.
    assert stale_files(specs) == [
        ".manifest.json",
        "docs/qwen_image.md",
        "fal_models/endpoints/qwen_image.py",
        "fal_models/models/qwen_image.py",
    ]


def _files(root: Path) -> dict[str, bytes]:
    """Everything the generator writes, its cache excluded."""
    return {k: v for k, v in _snapshot(root).items() if not k.startswith(".cache/")}


def test_incremental_build_after_a_spec_change_equals_a_full_build(tmp_path: Path) -> None:
    specs = slice_of_specs(tmp_path / "specs")
    out = tmp_path / "incremental"
    build(out, specs)
    assert (out / ".manifest.json").exists()
    spec = specs / "endpoints" / "fal-ai__qwen-image.yaml"
    spec.write_text(spec.read_text().replace("maximum: 250", "maximum: 200", 1))
    written = build(out, specs)
    # Only what the change touches is written (docs pages may mention the bound too).
    assert "fal_models/models/qwen_image.py" in written
    assert "fal_models/endpoints/qwen_image.py" in written
    assert not any("seedream" in path for path in written)
    build(tmp_path / "full", specs, full=True)
    assert _files(out) == _files(tmp_path / "full")
    assert stale_files(specs, out) == []


def test_check_detects_and_generate_repairs_a_hand_edit(tmp_path: Path) -> None:
    specs = slice_of_specs(tmp_path / "specs")
    out = tmp_path / "generated"
    build(out, specs)
    model = out / "fal_models" / "models" / "qwen_image.py"
    original = model.read_bytes()
    model.write_text(model.read_text() + "\n# hand edit\n")
    (out / "fal_models" / "_client.py").unlink()
    assert stale_files(specs, out) == ["fal_models/_client.py", "fal_models/models/qwen_image.py"]
    written = build(out, specs)
    assert sorted(written) == ["fal_models/_client.py", "fal_models/models/qwen_image.py"]
    assert model.read_bytes() == original
    assert stale_files(specs, out) == []


def test_manifest_names_no_machine_and_no_time(tmp_path: Path) -> None:
    specs = slice_of_specs(tmp_path / "specs")
    build(tmp_path / "a", specs)
    text = (tmp_path / "a" / ".manifest.json").read_text()
    assert str(tmp_path) not in text and str(SPECS.parent) not in text
    build(tmp_path / "b", specs, full=True)
    assert (tmp_path / "b" / ".manifest.json").read_text() == text
