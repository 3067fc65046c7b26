"""`python -m generator release`: the package version and changelog follow the API diff."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from generator.__main__ import main
from generator.pipeline.render import render
from generator.tools.release import ReleaseError, next_version, read_release, release

REPO = Path(__file__).resolve().parents[2]
QWEN = "fal-ai__qwen-image.yaml"


@pytest.mark.parametrize(
    ("version", "bump", "expected"),
    [
        ("0.1.0", "major", "0.2.0"),
        ("0.1.0", "minor", "0.1.1"),
        ("0.1.3", "patch", "0.1.4"),
        ("1.2.3", "major", "2.0.0"),
        ("1.2.3", "minor", "1.3.0"),
        ("1.2.3", "patch", "1.2.4"),
    ],
)
def test_next_version_follows_semver_with_the_zero_major_rule(
    version: str, bump: str, expected: str
) -> None:
    assert next_version(version, bump) == expected  # type: ignore[arg-type]


def test_a_malformed_version_is_an_error() -> None:
    with pytest.raises(ReleaseError, match=r"'1\.2' is not MAJOR\.MINOR\.PATCH"):
        next_version("1.2", "minor")


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], check=True, capture_output=True, text=True
    ).stdout.strip()


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository whose specs/ hold qwen-image, released as 0.1.0 at its first commit."""
    specs = tmp_path / "specs"
    (specs / "endpoints").mkdir(parents=True)
    shutil.copy(REPO / "specs" / "shared.yaml", specs)
    shutil.copy(REPO / "specs" / "endpoints" / QWEN, specs / "endpoints")
    git(tmp_path, "init", "-q")
    git(tmp_path, "config", "user.email", "maintainer@example.com")
    git(tmp_path, "config", "user.name", "Maintainer")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "specs")
    (specs / "release.yaml").write_text(
        yaml.safe_dump({"version": "0.1.0", "baseline": git(tmp_path, "rev-parse", "HEAD")})
    )
    (specs / "CHANGELOG.md").write_text("# Changelog\n\nIntro.\n\n## 0.1.0\n\nFirst.\n")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "release 0.1.0")
    return tmp_path


def edit_qwen(repo: Path, change: str) -> None:
    path = repo / "specs" / "endpoints" / QWEN
    spec = yaml.safe_load(path.read_text())
    fields = spec["input"]["fields"]
    if change == "new required field":
        fields.append({"name": "style", "type": "string", "required": True})
    elif change == "new optional field":
        fields.append({"name": "style", "type": "string"})
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    git(repo, "commit", "-qam", change)


def test_nothing_to_release_when_the_api_did_not_change(repo: Path) -> None:
    assert release(repo / "specs") is None


def test_a_breaking_change_bumps_the_minor_version_below_one_and_heads_the_changelog(
    repo: Path,
) -> None:
    edit_qwen(repo, "new required field")
    version, entry = release(repo / "specs") or ("", "")

    assert version == "0.2.0"
    assert read_release(repo / "specs").version == "0.2.0"
    assert read_release(repo / "specs").baseline == git(repo, "rev-parse", "HEAD")
    changelog = (repo / "specs" / "CHANGELOG.md").read_text()
    assert changelog.startswith("# Changelog\n\nIntro.\n\n## 0.2.0\n")
    assert changelog.index("## 0.2.0") < changelog.index("## 0.1.0")
    assert "input.style" in entry and "fal-ai/qwen-image" in entry
    # Released: the next release starts from here.
    git(repo, "commit", "-qam", "release 0.2.0")
    assert release(repo / "specs") is None


def test_an_added_optional_field_is_a_patch_below_one(repo: Path) -> None:
    edit_qwen(repo, "new optional field")
    released = release(repo / "specs", dry_run=True)
    assert released is not None and released[0] == "0.1.1"
    assert read_release(repo / "specs").version == "0.1.0", "a dry run changes nothing"


def test_uncommitted_spec_changes_are_refused(repo: Path) -> None:
    path = repo / "specs" / "endpoints" / QWEN
    path.write_text(path.read_text().replace("title: Qwen", "title: Qwen (edited)"))
    with pytest.raises(ReleaseError, match="commit the spec changes first"):
        release(repo / "specs")


def test_the_generated_package_carries_the_version_and_changelog(repo: Path) -> None:
    edit_qwen(repo, "new optional field")
    release(repo / "specs")
    files = render(repo / "specs")
    assert '__version__ = "0.1.1"' in files["fal_models/_version.py"]
    assert 'version = "0.1.1"' in files["pyproject.toml"]
    assert files["CHANGELOG.md"].startswith("# Changelog\n\nIntro.\n\n## 0.1.1\n")


def test_the_committed_release_matches_the_generated_package() -> None:
    version = read_release(REPO / "specs").version
    assert (
        f'__version__ = "{version}"'
        in (REPO / "generated" / "fal_models" / "_version.py").read_text()
    )
    assert f"## {version}" in (REPO / "generated" / "CHANGELOG.md").read_text()


def test_the_cli_reports_a_dry_run(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit_qwen(repo, "new required field")
    assert main(["release", "--dry-run", "--specs", str(repo / "specs")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("## 0.2.0\n") and "(dry run) the next version would be 0.2.0" in out


def test_the_cli_names_a_baseline_git_cannot_find(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    release_file = repo / "specs" / "release.yaml"
    release_file.write_text(yaml.safe_dump({"version": "0.1.0", "baseline": "0" * 40}))
    assert main(["release", "--specs", str(repo / "specs")]) == 2
    assert "cannot read specs/ at revision '0000000000" in capsys.readouterr().err
