"""Same inputs → byte-identical files out, whatever the process and its hash seed; a rebuild
re-makes exactly what an edit feeds and equals a full build; `check` notices any drift."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.pipeline import build
from generator.pipeline.build import MANIFEST, stale_files, tracked
from generator.pipeline.inputs import source_files
from generator.pipeline.paths import OUTPUT, ROOT, SPECS

_IGNORED = shutil.ignore_patterns("__pycache__", "*.egg-info", ".cache", ".*_cache")


def slice_of_specs(target: Path) -> Path:
    """The eight seeds and every 150th catalogue endpoint: the incremental-build tests build this
    slice several times, where the whole catalogue would cost ~30 s a build."""
    target.mkdir(parents=True)
    for path in SPECS.iterdir():
        if path.is_file():
            shutil.copy(path, target)
    (target / "endpoints").mkdir()
    catalogue = sorted((SPECS / "endpoints").glob("*.yaml"))
    # A seed's document sits at the top of fal-openapi/, the catalogue's in its folders.
    seeds = {
        p for p in catalogue if re.search(r"^source: .*fal-openapi/[^/]+$", p.read_text(), re.M)
    }
    for path in sorted(seeds | set(catalogue[::150])):
        shutil.copy(path, target / "endpoints")
    return target


def _files(root: Path) -> dict[str, bytes]:
    """Everything the generator writes (the manifest too), caches and install metadata excluded."""
    return {
        rel: path.read_bytes()
        for rel, path in source_files(root)
        if tracked(Path(rel)) or rel == MANIFEST
    }


def _generate(repo: Path, output: Path, *args: str, seed: str = "0") -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(repo)}
    command = [sys.executable, "-m", "generator", "generate", "--output", str(output), *args]
    return subprocess.Popen(
        command, cwd=repo, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )


@pytest.mark.long
def test_a_full_build_in_another_process_with_another_hash_seed_equals_the_committed_package(
    tmp_path: Path,
) -> None:
    """A full build of the whole catalogue in a fresh process with a fixed, unusual hash seed,
    against the committed generated/: that tree was made by `make generate` processes, each with
    a random hash seed (PYTHONHASHSEED unset), and incrementally, over many runs. A set or dict
    order that leaked into the output would differ between the two; so would an ingredient the
    manifest forgot (the committed tree would be stale). Its manifest must be equal too."""
    process = _generate(ROOT, tmp_path / "fresh", "--full", seed="2718281")
    output, _ = process.communicate(timeout=900)
    assert process.returncode == 0, output
    fresh, committed = _files(tmp_path / "fresh"), _files(OUTPUT)
    assert sorted(committed.keys() ^ fresh.keys()) == []
    assert [k for k in fresh if fresh[k] != committed[k]] == []
    assert "fal_models/models/qwen_image.py" in fresh


def test_committed_package_is_current() -> None:
    assert stale_files(SPECS, OUTPUT) == []


def test_check_names_a_hand_edited_file(tmp_path: Path) -> None:
    copy = tmp_path / "generated"
    shutil.copytree(OUTPUT, copy, ignore=_IGNORED)
    target = copy / "fal_models" / "endpoints" / "qwen_image.py"
    target.write_text(target.read_text() + "\n# hand edit\n")
    (copy / "fal_models" / "extra.py").write_text("x = 1\n")
    assert stale_files(SPECS, copy) == ["fal_models/endpoints/qwen_image.py", "fal_models/extra.py"]


@pytest.fixture(scope="module")
def built_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repository's pipeline, runtime and templates with a slice of the specs,
    built once: each edit test works on a copy of it."""
    repo = tmp_path_factory.mktemp("repo")
    for name in ("generator", "runtime", "templates"):
        shutil.copytree(ROOT / name, repo / name, ignore=_IGNORED)
    slice_of_specs(repo / "specs")
    output, _ = _generate(repo, repo / "generated").communicate(timeout=600)
    assert "written or removed" in output, output
    return repo


def _build_in(repo: Path) -> dict[str, object]:
    """Run the copy's own build in a fresh process, as `make generate` would; its Outcome."""
    script = (
        "import json, dataclasses; from pathlib import Path\n"
        "from generator.pipeline.build import build\n"
        "print(json.dumps(dataclasses.asdict(build(Path('generated'), Path('specs')))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=repo,
        env={**os.environ, "PYTHONPATH": str(repo)},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    outcome: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return outcome


def _append(rel: str, text: str) -> Callable[[Path], None]:
    def edit(repo: Path) -> None:
        path = repo / rel
        path.write_text(path.read_text() + text)

    return edit


def _replace(rel: str, old: str, new: str) -> Callable[[Path], None]:
    def edit(repo: Path) -> None:
        path = repo / rel
        assert old in path.read_text(), f"{rel} no longer holds {old!r}"
        path.write_text(path.read_text().replace(old, new, 1))

    return edit


def _bump_version(repo: Path) -> None:
    path = repo / "specs" / "release.yaml"
    text, count = re.subn(r"^version: .*$", "version: 99.0.0", path.read_text(), flags=re.M)
    assert count == 1
    path.write_text(text)


QWEN = "specs/endpoints/fal-ai__qwen-image.yaml"
# Every index that lists the endpoints: re-made (not necessarily rewritten) on any spec edit.
INDEXES = {
    "README.md",  # the package README counts the endpoints per category
    "docs/README.md",
    "fal_models/_catalogue.py",
    "fal_models/_client.py",
    "fal_models/_client.pyi",
    "fal_models/models/shared.py",
    "pyproject.toml",
}
QWEN_FILES = {
    "docs/qwen_image.md",
    "fal_models/endpoints/qwen_image.py",
    "fal_models/models/qwen_image.py",
}


def _pages(files: set[str]) -> set[str]:
    return {f for f in files if f.startswith("docs/") and f != "docs/README.md"} - _categories(
        files
    )


def _categories(files: set[str]) -> set[str]:
    """The docs' category indexes: like the index, made from every endpoint and the release."""
    return {f for f in files if f.startswith("docs/categories/")}


def _models(files: set[str]) -> set[str]:
    return {f for f in files if f.startswith("fal_models/models/") and "__init__" not in f}


def _endpoint_modules(files: set[str]) -> set[str]:
    return {f for f in files if f.startswith("fal_models/endpoints/") and "__init__" not in f}


# (edit, what must be re-made given every output, what must be written given every output)
EDITS: dict[str, tuple[Callable[[Path], None], Callable[[set[str]], set[str]], set[str]]] = {
    "maintainer tool": (
        _append("generator/tools/diff.py", "# a comment\n"),
        lambda _: set(),
        set(),
    ),
    "command line": (_append("generator/__main__.py", "# a comment\n"), lambda _: set(), set()),
    "runtime file": (
        _append("runtime/fal_models/_retry.py", "# a comment\n"),
        lambda _: {"fal_models/_retry.py"},
        {"fal_models/_retry.py"},
    ),
    "runtime model base, not its settings": (
        _append("runtime/fal_models/_base.py", "# a comment\n"),
        lambda _: {"fal_models/_base.py"},
        {"fal_models/_base.py"},
    ),
    "runtime model base settings": (
        _replace("runtime/fal_models/_base.py", 'extra="forbid",', 'extra="forbid", frozen=False,'),
        lambda all_: {"fal_models/_base.py"} | _models(all_),
        {"fal_models/_base.py"},  # models set nothing their base does: none is rewritten
    ),
    "runtime call options": (
        _append("runtime/fal_models/_types.py", "# a comment\n"),
        lambda all_: {"fal_models/_types.py"} | _endpoint_modules(all_),
        {"fal_models/_types.py"},
    ),
    "docs template": (
        _append("templates/docs/endpoint.md.jinja", "\nEnd of page.\n"),
        _pages,
        set(),  # every page: checked below
    ),
    "one spec": (
        _replace(QWEN, "maximum: 250", "maximum: 200"),
        lambda all_: QWEN_FILES | INDEXES | _categories(all_),
        QWEN_FILES,
    ),
    "release": (
        _bump_version,
        lambda all_: (
            {"pyproject.toml", "fal_models/_version.py", "docs/README.md", "README.md"}
            | _categories(all_)
        ),
        # + categories: below
        {"pyproject.toml", "fal_models/_version.py", "docs/README.md", "README.md"},
    ),
}


@pytest.mark.parametrize("kind", list(EDITS))
def test_an_edit_remakes_what_it_feeds_and_equals_a_full_build(
    kind: str, built_repo: Path, tmp_path: Path
) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(built_repo, repo)
    manifest = (repo / "generated" / ".manifest.json").read_bytes()
    everything = set(_files(repo / "generated")) - {".manifest.json"}
    edit, made, written = EDITS[kind]
    edit(repo)
    outcome = _build_in(repo)
    assert set(outcome["made"]) == made(everything)  # type: ignore[call-overload]
    expected_written = _pages(everything) if kind == "docs template" else written
    if kind == "release":
        expected_written |= _categories(everything)  # each names the version
    assert set(outcome["changed"]) - {".manifest.json"} == expected_written  # type: ignore[call-overload]
    if not made(everything):
        assert (repo / "generated" / ".manifest.json").read_bytes() == manifest
    full = tmp_path / "full"
    output, _ = _generate(repo, full, "--full").communicate(timeout=600)
    assert _files(repo / "generated") == _files(full), output
    assert _build_in(repo) == {"changed": [], "made": [], "formatted": 0, "left_out": {}}


def test_a_removed_spec_removes_its_files(built_repo: Path, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(built_repo, repo)
    (repo / QWEN).unlink()
    outcome = _build_in(repo)
    assert set(outcome["changed"]) >= QWEN_FILES  # type: ignore[call-overload]
    assert not any((repo / "generated" / f).exists() for f in QWEN_FILES)
    full = tmp_path / "full"
    _generate(repo, full, "--full").communicate(timeout=600)
    assert _files(repo / "generated") == _files(full)


def test_check_detects_and_generate_repairs_a_hand_edit(built_repo: Path, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(built_repo, repo)
    out = repo / "generated"
    model = out / "fal_models" / "models" / "qwen_image.py"
    original = model.read_bytes()
    model.write_text(model.read_text() + "\n# hand edit\n")
    (out / "fal_models" / "_client.py").unlink()
    stale = ["fal_models/_client.py", "fal_models/models/qwen_image.py"]
    assert stale_files(repo / "specs", out) == stale
    outcome = _build_in(repo)
    assert outcome["changed"] == outcome["made"] == stale
    assert model.read_bytes() == original
    assert stale_files(repo / "specs", out) == []


def test_a_spec_change_is_stale_until_generated(built_repo: Path, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(built_repo, repo)
    _replace(QWEN, "maximum: 250", "maximum: 200")(repo)
    # The bound is enforced by the model and documented on the keyword argument and the page.
    assert stale_files(repo / "specs", repo / "generated") == [
        ".manifest.json",
        "docs/qwen_image.md",
        "fal_models/endpoints/qwen_image.py",
        "fal_models/models/qwen_image.py",
    ]


def test_manifest_names_no_machine_and_no_time(built_repo: Path) -> None:
    text = (built_repo / "generated" / ".manifest.json").read_text()
    assert str(built_repo) not in text and str(ROOT) not in text
    assert "time" not in json.loads(text)


@pytest.mark.parametrize(
    "entries",
    [{}, {"b.py": {"sha256": "3", "key": "1", "raw": "2"}, 'a "é"\\.md': {"key": "k"}}],
)
def test_the_manifest_is_written_as_json_writes_it(entries: dict[str, dict[str, str]]) -> None:
    expected = {"version": 2, "inputs": "digest", "files": entries}
    text = json.dumps(expected, indent=1, sort_keys=True) + "\n"
    assert build.manifest_json("digest", entries) == text
