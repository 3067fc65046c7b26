"""Same specs in → byte-identical files out, and `check` notices any drift in generated/."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.build import OUTPUT, SPECS, build, stale_files


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
        "fal_models/endpoints/qwen_image.py",
        "fal_models/models/qwen_image.py",
    ]
