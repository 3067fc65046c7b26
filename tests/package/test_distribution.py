"""The package as it would be published: its wheel and sdist build, pass `twine check`, carry the
README, LICENSE, py.typed and metadata, and the wheel alone, installed into a clean virtual
environment (its dependencies from the package index), runs the README's quick start against the
emulator, with the newest dependencies and with the oldest the package declares."""

from __future__ import annotations

import email
import email.message
import os
import re
import shutil
import subprocess
import sys
import tarfile
import venv
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

from generator.pipeline.version import read_release

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
pytestmark = pytest.mark.long

# What a publisher ships from generated/: not the reference docs, the build cache or manifest.
_NOT_SHIPPED = shutil.ignore_patterns(
    "docs", ".cache", ".manifest.json", "__pycache__", "*.egg-info", "build", "dist", ".*_cache"
)


@dataclass(frozen=True)
class Dist:
    wheel: Path
    sdist: Path


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Dist:
    """The wheel and sdist of generated/, built as a publisher would (`python -m build`), from a
    copy, so the build's egg-info never lands in generated/ while other tests read it."""
    work = tmp_path_factory.mktemp("dist")
    source = work / "fal-models"
    shutil.copytree(GENERATED, source, ignore=_NOT_SHIPPED)
    _run([sys.executable, "-m", "build", "--outdir", str(work / "out"), str(source)], cwd=work)
    (wheel,) = (work / "out").glob("*.whl")
    (sdist,) = (work / "out").glob("*.tar.gz")
    return Dist(wheel, sdist)


def test_wheel_and_sdist_pass_twine_check(dist: Dist) -> None:
    done = _run(
        [sys.executable, "-m", "twine", "check", "--strict", str(dist.wheel), str(dist.sdist)]
    )
    assert done.stdout.count("PASSED") == 2, done.stdout


def test_wheel_and_sdist_carry_readme_license_py_typed_and_metadata(dist: Dist) -> None:
    version = read_release(ROOT / "specs").version
    with zipfile.ZipFile(dist.wheel) as wheel:
        names = set(wheel.namelist())
        info = f"fal_models-{version}.dist-info"
        meta = email.message_from_bytes(wheel.read(f"{info}/METADATA"))
        wheel_license = wheel.read(f"{info}/licenses/LICENSE").decode()
        version_module = wheel.read("fal_models/_version.py").decode()
    assert f'__version__ = "{version}"' in version_module
    assert {"fal_models/py.typed", "fal_models/_client.pyi", "fal_models/_missing.py"} <= names
    assert "fal_models/testing/__init__.py" in names  # the emulator ships with the client
    assert not [n for n in names if n.startswith(("docs/", "tests/"))]

    with tarfile.open(dist.sdist) as sdist:
        top = f"fal_models-{version}"
        members = set(sdist.getnames())
        for name in (
            "README.md",
            "LICENSE",
            "CHANGELOG.md",
            "pyproject.toml",
            "fal_models/py.typed",
        ):
            assert f"{top}/{name}" in members, name
        pkg_info = email.message_from_bytes(_read(sdist, f"{top}/PKG-INFO"))
        sdist_license = _read(sdist, f"{top}/LICENSE").decode()
        changelog = _read(sdist, f"{top}/CHANGELOG.md").decode()

    for metadata in (meta, pkg_info):
        assert metadata["Name"] == "fal-models"
        assert metadata["Version"] == version
        assert metadata["License-Expression"] == "Apache-2.0"
        assert metadata["Description-Content-Type"] == "text/markdown"
        assert metadata["Requires-Python"] == ">=3.11"
        assert "maintainers" in metadata["Author-email"]
        assert metadata.get_all("Project-URL")
        assert metadata["Keywords"]
        classifiers = metadata.get_all("Classifier")
        assert "Typing :: Typed" in classifiers
        assert "Framework :: Pydantic :: 2" in classifiers
        required = {
            Requirement(r).name for r in metadata.get_all("Requires-Dist") if "extra" not in r
        }
        assert required == {"httpx", "pydantic", "typing_extensions"}
        # The long description is the package README, as generated.
        readme = (GENERATED / "README.md").read_text(encoding="utf-8")
        assert str(metadata.get_payload()).strip() == readme.strip()
        assert "## Quick start" in readme
    for text in (wheel_license, sdist_license):
        assert (
            text.lstrip().startswith("Apache License\n") and "END OF TERMS AND CONDITIONS" in text
        )
    # The changelog that ships opens with this version, its report one level below it.
    newest = re.search(r"^## (\S+)$", changelog, re.MULTILINE)
    assert newest is not None and newest[1] == version
    entry = changelog.split(f"## {version}\n", 1)[1].split("\n## ", 1)[0]
    assert "\n# " not in entry and "\n### API changes\n" in entry
    print(f"\nwheel: {dist.wheel.stat().st_size:,} bytes, {len(names)} files")


@pytest.mark.parametrize("deps", ["newest", "oldest"])
def test_the_installed_wheel_runs_the_readme_quick_start(
    dist: Dist, deps: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A clean venv (no system site packages, no PYTHONPATH) with the wheel alone, its
    dependencies resolved by pip (`newest`) or pinned to the lowest versions the wheel declares
    (`oldest`); the quick start is read from the installed metadata, i.e. the README that ships."""
    env_dir = tmp_path_factory.mktemp(f"venv-{deps}")
    venv.EnvBuilder(with_pip=True, system_site_packages=False, clear=True).create(env_dir)
    python = env_dir / "bin" / "python"
    pins = _floors(dist.wheel) if deps == "oldest" else []
    # --no-compile: byte-compiling 2,500 modules would double the install; the run compiles
    # what it imports.
    install = ["install", "--quiet", "--no-compile", str(dist.wheel), *pins]
    _run([str(python), "-m", "pip", *install], cwd=env_dir)

    script = env_dir / "quick_start.py"
    script.write_text(_QUICK_START_RUNNER, encoding="utf-8")
    # -W error: a deprecation warning (pydantic's old MISSING home, say) fails the run.
    done = _run([str(python), "-W", "error", str(script)], cwd=env_dir)
    lines = done.stdout.splitlines()

    installed, versions = lines[0], dict(pair.split("=") for pair in lines[1].split())
    assert installed.startswith(str(env_dir)), installed  # the wheel's copy, not the repository's
    floors = {pin.split("==")[0]: Version(pin.split("==")[1]) for pin in _floors(dist.wheel)}
    for name in ("httpx", "pydantic"):
        if deps == "oldest":
            assert Version(versions[name]) == floors[name], versions
        else:
            assert Version(versions[name]) >= floors[name], versions
    # The README's quick start, as written (FalClient() is the emulator's client):
    seed, url, request_id = lines[2].split()
    assert seed == "7" and url.startswith("https://") and re.fullmatch(r"[0-9a-f-]{36}", request_id)
    assert lines[3] == "['num_images']"
    assert lines[4].startswith("https://")
    # ... and its emulator section, as written:
    assert lines[5] == "1 1"
    # The command line, with these dependencies: a run against the emulator, and the console
    # script's help for an endpoint (its flags come from the input model).
    assert lines[-1] == "cli 0", done.stdout[-2000:]
    help_text = _run([str(env_dir / "bin" / "fal-models"), "run", "fal-ai/qwen-image", "--help"])
    assert "--num-images" in help_text.stdout


def _floors(wheel: Path) -> list[str]:
    """`name==lowest` for each dependency the wheel declares (extras left out), in name order."""
    with zipfile.ZipFile(wheel) as archive:
        (meta_name,) = (n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        meta = email.message_from_bytes(archive.read(meta_name))
    pins = []
    for line in meta.get_all("Requires-Dist"):
        requirement = Requirement(line)
        if requirement.marker is None:
            (floor,) = (s.version for s in requirement.specifier if s.operator == ">=")
            pins.append(f"{requirement.name}=={floor}")
    return sorted(pins)


def _read(archive: tarfile.TarFile, name: str) -> bytes:
    member = archive.extractfile(name)
    assert member is not None, name
    return member.read()


def _run(command: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    # Nothing of this repository's environment: not its PYTHONPATH, not its virtual environment.
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{command} failed:\n{done.stdout}\n{done.stderr}"
    return done


# Runs in the clean venv: prints where fal_models and its dependencies come from, then runs the
# README's two Python blocks (read from the installed distribution's metadata) as written, with
# FalClient() swapped for the emulator's client as tests/docs does for the reference pages.
_QUICK_START_RUNNER = """
import re
from importlib import metadata

import fal_models
from fal_models.testing import Emulator

print(fal_models.__file__)
print(" ".join(f"{name}={metadata.version(name)}" for name in ("httpx", "pydantic")))
readme = metadata.metadata("fal-models").get_payload()
quick_start, emulator_section = re.findall(r"```python\\n(.*?)```", readme, re.DOTALL)
with Emulator(run_time=0.01) as fal:
    fal_models.FalClient = lambda: fal.client()
    exec(compile(quick_start, "README quick start", "exec"), {"__name__": "__main__"})
exec(compile(emulator_section, "README emulator", "exec"), {"__name__": "__main__"})

import os
from fal_models import _cli

os.environ["FAL_KEY"] = "key-id:key-secret"
with Emulator(run_time=0.01) as fal, fal.serve() as server:
    urls = ["--run-url", server.run_url, "--queue-url", server.queue_url]
    code = _cli.main(["run", "fal-ai/qwen-image", "--prompt", "a fox", "--json", *urls])
print(f"cli {code}")
"""
