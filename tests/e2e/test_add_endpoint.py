"""Adding endpoints in a copy of the repository with the README's commands, then calling them.

The commands are read from the README's "Adding an endpoint" section, so the README and this test
cannot drift apart. Only `specs/` and `generated/` may change; the new endpoints are called
through the freshly generated package against the emulator.
"""

from __future__ import annotations

import hashlib
import re
import shlex
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOG = ROOT.parent / "shared" / "fal-openapi" / "catalog"
IMPORTED_ID = "fal-ai/luma-photon"
SCAFFOLDED_ID = "acme/lighthouse"
COPIED = (
    "Makefile",
    "pyproject.toml",
    "README.md",
    "generator",
    "templates",
    "runtime",
    "specs",
    "generated",
)
IGNORED = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}


def readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Adding an endpoint", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.DOTALL)
    assert block, "the README's 'Adding an endpoint' section has a sh block"
    return [line.split("#", 1)[0].strip() for line in block.group(1).splitlines() if line.strip()]


def copy_repository(target: Path) -> Path:
    target.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns(*IGNORED))
        else:
            shutil.copy2(source, target / name)
    (target / ".venv").symlink_to(ROOT / ".venv")  # the set-up command's environment
    return target


def fingerprints(repo: Path) -> dict[str, str]:
    """Every file outside specs/ and generated/, by content."""
    return {
        str(p.relative_to(repo)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(repo.rglob("*"))
        if p.is_file()
        and not IGNORED & set(p.parts)
        and p.relative_to(repo).parts[0] not in ("specs", "generated", ".venv")
    }


def run(repo: Path, command: str) -> str:
    done = subprocess.run(
        shlex.split(command), cwd=repo, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    return done.stdout


def test_the_readme_section_is_three_commands() -> None:
    commands = readme_commands()
    assert len(commands) <= 3
    assert commands[0].startswith(".venv/bin/python -m generator import-openapi ")
    assert commands[-1] == "make test"


@pytest.mark.long
def test_an_imported_and_a_scaffolded_endpoint_work_after_the_documented_commands(
    tmp_path: Path,
) -> None:
    repo = copy_repository(tmp_path / "repo")
    # The scenario: a repository that does not have these endpoints yet.
    (repo / "specs" / "endpoints" / (IMPORTED_ID.replace("/", "__") + ".yaml")).unlink(
        missing_ok=True
    )
    untouched = fingerprints(repo)
    import_command, generate_command, _ = readme_commands()
    document = CATALOG / (IMPORTED_ID.replace("/", "__") + ".json")
    run(repo, import_command.replace("FILE_OR_URL", str(document)))
    scaffold = re.search(r"\.venv/bin/python -m generator new [\w/.-]+", _readme_alternative())
    assert scaffold, "the README names the scaffolding command"
    run(repo, scaffold.group(0).replace("owner/model", SCAFFOLDED_ID))
    run(repo, generate_command)

    assert fingerprints(repo) == untouched, "only specs/ and generated/ changed"
    script = textwrap.dedent(
        f"""
        import sys
        import fal_models
        from fal_models.testing import Emulator

        assert fal_models.__file__.startswith({str(repo)!r}), fal_models.__file__
        with Emulator(endpoints=[{IMPORTED_ID!r}, {SCAFFOLDED_ID!r}], run_time=0.0) as fal:
            client = fal.client()
            photo = client.luma_photon.subscribe(prompt="a lighthouse", aspect_ratio="16:9")
            sketch = client.acme.lighthouse.subscribe(prompt="a lighthouse", num_images=2)
            assert [r.input for r in fal.requests()] == [
                {{"prompt": "a lighthouse", "aspect_ratio": "16:9"}},
                {{"prompt": "a lighthouse", "num_images": 2}},
            ]
        print(type(photo).__name__, photo.images[0].url.startswith("https://"))
        print(type(sketch).__name__, len(sketch.images) >= 1)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env={"PYTHONPATH": str(repo / "generated"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["LumaPhotonOutput True", "AcmeLighthouseOutput True"]
    docs = repo / "generated" / "docs"
    assert (docs / "luma_photon.md").exists() and "acme/lighthouse" in (
        docs / "README.md"
    ).read_text(encoding="utf-8")


def _readme_alternative() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split("## Adding an endpoint", 1)[1].split("\n## ", 1)[0]
