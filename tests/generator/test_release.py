"""`python -m generator release`: the package version and changelog follow the API diff."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from generator.__main__ import main
from generator.pipeline import naming
from generator.pipeline.render import render
from generator.tools.release import (
    ReleaseError,
    nested,
    next_version,
    plan,
    read_release,
    release,
)
from generator.tools.renames import EndpointNames, package_names

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


def _headings(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if line.startswith("#")]


def test_the_entrys_headings_sit_below_its_version(repo: Path, tmp_path: Path) -> None:
    edit_qwen(repo, "new required field")
    notes = tmp_path / "notes.md"
    notes.write_text("# Runtime\n\n- faster.\n")
    version, entry = release(repo / "specs", notes=notes.read_text()) or ("", "")
    headings = _headings(entry)
    assert headings[:2] == [f"## {version}", "### API changes"]
    assert "#### `fal-ai/qwen-image`" in headings
    assert headings[-2:] == ["### Notes", "#### Runtime"]
    # Nothing in the entry climbs to or above the version's level.
    assert all(h.startswith("### ") or h.startswith("####") for h in headings[1:])


def test_the_committed_changelog_nests_each_report_under_its_version() -> None:
    body = (REPO / "specs" / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = _headings(body)
    assert headings[0].startswith("# ") and not any(h.startswith("# ") for h in headings[1:])
    versions = [h for h in headings if re.fullmatch(r"## \d+\.\d+\.\d+", h)]
    assert versions == [h for h in headings if h.startswith("## ")]
    assert versions[0] == f"## {read_release(REPO / 'specs').version}"


def test_nested_leaves_code_fences_alone() -> None:
    text = "# Title\n\n```sh\n# a shell comment\n```\n## Part"
    assert nested(text, 2) == "### Title\n\n```sh\n# a shell comment\n```\n#### Part"


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


def test_notes_join_the_entry_under_their_heading(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_qwen(repo, "new optional field")
    notes = tmp_path / "notes.md"
    notes.write_text("- `sign_webhook` moved to `fal_models.testing`.\n")
    specs = str(repo / "specs")
    assert main(["release", "--dry-run", "--specs", specs, "--notes", str(notes)]) == 0
    entry = capsys.readouterr().out
    assert "\n### Notes\n\n- `sign_webhook` moved to `fal_models.testing`.\n" in entry
    assert entry.index("### Notes") > entry.index("fal-ai/qwen-image")
    missing = str(tmp_path / "absent.md")
    assert main(["release", "--dry-run", "--specs", specs, "--notes", missing]) == 2
    assert "absent.md" in capsys.readouterr().err


def test_the_cli_names_a_baseline_git_cannot_find(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    release_file = repo / "specs" / "release.yaml"
    release_file.write_text(yaml.safe_dump({"version": "0.1.0", "baseline": "0" * 40}))
    assert main(["release", "--specs", str(repo / "specs")]) == 2
    assert "cannot read specs/ at revision '0000000000" in capsys.readouterr().err


# --- renames: names the naming code gives differently since the baseline's package ---------

SANA = "fal-ai__sana__v1.5__1.6b.yaml"


def _old_naming(monkeypatch: pytest.MonkeyPatch) -> None:
    """The naming before this release: dots dropped from class names, `_` before a digit."""

    def pascal(text: str) -> str:
        words = re.findall(r"[A-Za-z0-9]+", text.replace(".", ""))
        return "".join(w[:1].upper() + w[1:] for w in words)

    monkeypatch.setattr(naming, "pascal", pascal)
    monkeypatch.setattr(naming, "segment_name", naming.snake)


def _commit_package(repo: Path) -> None:
    """Generate the package beside specs/ (unformatted is enough to read names) and commit it."""
    for rel, text in render(repo / "specs").items():
        path = repo / "generated" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "generate")


@pytest.fixture
def renamed_repo(repo: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`repo` with sana 1.6b added and its package generated with the old naming, released."""
    shutil.copy(REPO / "specs" / "endpoints" / SANA, repo / "specs" / "endpoints")
    with monkeypatch.context() as patch:
        _old_naming(patch)
        _commit_package(repo)
    (repo / "specs" / "release.yaml").write_text(
        yaml.safe_dump({"version": "0.1.0", "baseline": git(repo, "rev-parse", "HEAD")})
    )
    git(repo, "commit", "-qam", "release 0.1.0 with sana")
    return repo


SANA_RENAMES = [
    ("client.sana.v1_5._1_6b", "client.sana.v1_5.v1_6b"),
    ("fal_models.endpoints.sana_v1_5__1_6b", "fal_models.endpoints.sana_v1_5_v1_6b"),
    ("fal_models.models.sana_v1_5__1_6b", "fal_models.models.sana_v1_5_v1_6b"),
    (
        "fal_models.endpoints.sana_v1_5__1_6b.SanaV1516b",
        "fal_models.endpoints.sana_v1_5_v1_6b.SanaV1_5_1_6b",
    ),
    (
        "fal_models.endpoints.sana_v1_5__1_6b.AsyncSanaV1516b",
        "fal_models.endpoints.sana_v1_5_v1_6b.AsyncSanaV1_5_1_6b",
    ),
    (
        "fal_models.models.sana_v1_5__1_6b.SanaV1516bInput",
        "fal_models.models.sana_v1_5_v1_6b.SanaV1_5_1_6bInput",
    ),
    (
        "fal_models.models.sana_v1_5__1_6b.SanaV1516bOutput",
        "fal_models.models.sana_v1_5_v1_6b.SanaV1_5_1_6bOutput",
    ),
]


def test_a_release_lists_every_name_the_naming_code_renamed(renamed_repo: Path) -> None:
    """No spec changed, yet the package the specs give renames sana's attribute, modules and
    classes; qwen-image's names are unchanged and not listed."""
    _, diff = plan(renamed_repo / "specs")
    assert {(c.old, c.new) for c in diff.changes} == set(SANA_RENAMES)
    assert {(c.endpoint, c.kind, c.severity) for c in diff.changes} == {
        ("fal-ai/sana/v1.5/1.6b", "renamed", "breaking")
    }
    version, entry = release(renamed_repo / "specs", dry_run=True) or ("", "")
    assert version == "0.2.0"  # a rename breaks imports
    renamed_section = entry.split("## Renamed\n")[1]
    for old, new in SANA_RENAMES:
        assert f"- `fal-ai/sana/v1.5/1.6b`: `{old}` → `{new}`\n" in renamed_section
    assert renamed_section.count("\n- ") == len(SANA_RENAMES)


def test_once_released_the_new_names_are_the_baseline(renamed_repo: Path) -> None:
    _commit_package(renamed_repo)  # the naming change lands with its regenerated package
    version, entry = release(renamed_repo / "specs") or ("", "")
    assert version == "0.2.0" and "## Renamed" in entry
    git(renamed_repo, "commit", "-qam", "release 0.2.0")
    assert release(renamed_repo / "specs") is None


def test_diff_from_a_revision_lists_the_renames_too(
    renamed_repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(renamed_repo)
    assert main(["diff", "HEAD", "specs"]) == 3  # renames are breaking
    out = capsys.readouterr().out
    assert "## Renamed" in out
    assert all(f"`{old}` → `{new}`" in out for old, new in SANA_RENAMES)
    assert main(["diff", "specs", "specs"]) == 0  # spec folders carry no package: no names
    assert "Renamed" not in capsys.readouterr().out


OLD_CLIENT = """
_ENDPOINTS: dict[str, tuple[str, str]] = {
    "fal-ai/acme/v1.5/edit": ("acme_v1_5_edit", "AcmeV15Edit"),
    "fal-ai/acme": ("acme", "Acme"),
}


class _AcmeV15Namespace:
    @cached_property
    def edit(self) -> AcmeV15Edit:
        return cls(self._client)


class _AcmeNamespace:
    @cached_property
    def v1_5(self) -> _AcmeV15Namespace:
        return _AcmeV15Namespace(self._client)


class _AcmeEndpoint(_AcmeNamespace, Acme):
    pass


class FalClient(SyncClientBase):
    @cached_property
    def acme(self) -> _AcmeEndpoint:
        return _AcmeEndpoint(self)
"""


def test_names_are_read_from_packages_before_the_client_stub_existed() -> None:
    """Older packages kept the attribute tree as typed properties in `_client.py`."""
    names = package_names(
        {
            "fal_models/_client.py": OLD_CLIENT,
            "fal_models/models/acme_v1_5_edit.py": "class AcmeV15EditInput: ...\n",
        }
    )
    assert names["fal-ai/acme/v1.5/edit"] == EndpointNames(
        "acme.v1_5.edit", "acme_v1_5_edit", "AcmeV15Edit", frozenset({"AcmeV15EditInput"})
    )
    assert names["fal-ai/acme"] == EndpointNames("acme", "acme", "Acme", frozenset())
