"""A build reports every error at once and names the spec behind each; `--keep-going` builds the
rest and lists what it left out; progress shows on a terminal only."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from generator.__main__ import main
from generator.pipeline import build, emit_client, emit_models
from generator.pipeline.errors import SpecErrors, StageErrors
from generator.pipeline.ir import Endpoint, SpecSet
from generator.pipeline.paths import SPECS
from generator.pipeline.progress import Progress
from tests.conftest import SEED_IDS

QWEN = "fal-ai__qwen-image.yaml"
IDEOGRAM = "fal-ai__ideogram__v3.yaml"


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """specs/ with the eight seed endpoints only: a build of it takes a second or two."""
    folder = tmp_path / "specs"
    (folder / "endpoints").mkdir(parents=True)
    for path in SPECS.iterdir():
        if path.is_file():
            shutil.copy(path, folder)
    for endpoint_id in SEED_IDS:
        shutil.copy(
            SPECS / "endpoints" / f"{endpoint_id.replace('/', '__')}.yaml", folder / "endpoints"
        )
    return folder


def _break(spec: Path) -> None:
    spec.write_text(spec.read_text().replace("category:", "category: [unclosed", 1))


def test_every_spec_error_is_reported_at_once(
    seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _break(seeds / "endpoints" / QWEN)
    _break(seeds / "endpoints" / IDEOGRAM)
    code = main(["generate", "--specs", str(seeds), "--output", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{seeds / 'endpoints' / QWEN}:" in err and f"{seeds / 'endpoints' / IDEOGRAM}:" in err
    assert "2 spec error(s)" in err
    assert not (tmp_path / "out" / "fal_models").exists()  # only the parse cache may be


def test_keep_going_builds_every_valid_endpoint_and_lists_the_rest(
    seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _break(seeds / "endpoints" / QWEN)
    out = tmp_path / "out"
    code = main(["generate", "--specs", str(seeds), "--output", str(out), "--keep-going"])
    err = capsys.readouterr().err
    assert code == 1
    assert "1 endpoint spec(s) left out:" in err and f"  {seeds / 'endpoints' / QWEN}" in err
    assert not (out / "fal_models" / "models" / "qwen_image.py").exists()
    assert (out / "fal_models" / "models" / "ideogram_v3.py").exists()
    assert '"fal-ai/qwen-image": (' not in (out / "fal_models" / "_client.py").read_text()
    # Left out is not up to date: check plans again, and reports the spec error.
    assert main(["check", "--specs", str(seeds), "--output", str(out)]) == 2
    assert f"{seeds / 'endpoints' / QWEN}:" in capsys.readouterr().err


def test_a_broken_shared_file_stops_even_a_keep_going_build(seeds: Path, tmp_path: Path) -> None:
    shared = seeds / "shared.yaml"
    shared.write_text(shared.read_text() + "\n  - [unclosed\n")
    with pytest.raises(SpecErrors):
        build.build(tmp_path / "out", seeds, keep_going=True)


def _failing_for(endpoint_id: str, result: str | None = None):  # type: ignore[no-untyped-def]
    """emit_client.endpoint_module, failing (or giving `result`) for one endpoint."""
    real = emit_client.endpoint_module

    def endpoint_module(ep: Endpoint) -> str:
        if ep.id != endpoint_id:
            return real(ep)
        if result is None:
            raise KeyError("a template bug")
        return result

    return endpoint_module


def test_a_render_failure_names_the_spec_and_keep_going_leaves_only_it_out(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(emit_client, "endpoint_module", _failing_for("fal-ai/qwen-image"))
    with pytest.raises(StageErrors) as caught:
        build.build(tmp_path / "out", seeds)
    [error] = caught.value.errors
    assert error.spec == seeds / "endpoints" / QWEN and error.stage == "render"
    assert "fal_models/endpoints/qwen_image.py" in str(error) and "a template bug" in str(error)
    outcome = build.build(tmp_path / "out", seeds, keep_going=True)
    assert list(outcome.left_out) == [str(seeds / "endpoints" / QWEN)]
    assert (tmp_path / "out" / "fal_models" / "endpoints" / "ideogram_v3.py").exists()
    assert not (tmp_path / "out" / "fal_models" / "endpoints" / "qwen_image.py").exists()


def test_code_ruff_cannot_parse_is_traced_to_its_spec(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = _failing_for("fal-ai/ideogram/v3", result="def subscribe(self, *, **options):\n")
    monkeypatch.setattr(emit_client, "endpoint_module", broken)
    with pytest.raises(StageErrors) as caught:
        build.build(tmp_path / "out", seeds)
    [error] = caught.value.errors
    assert error.spec == seeds / "endpoints" / IDEOGRAM and error.stage == "ruff"
    assert "fal_models/endpoints/ideogram_v3.py" in str(error)


def test_a_model_generation_failure_is_traced_to_its_spec(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = emit_models.model_modules

    def models(specs: SpecSet, only: set[str] | None = None) -> dict[str, str]:
        if only is not None and "qwen_image" in only:
            raise ValueError("datamodel-code-generator choked")
        return real(specs, only)

    # Patched where build's worker (a forked process) finds it too.
    monkeypatch.setattr(emit_models, "model_modules", models)
    with pytest.raises(StageErrors) as caught:
        build.build(tmp_path / "out", seeds)
    assert [(e.spec, e.stage) for e in caught.value.errors] == [
        (seeds / "endpoints" / QWEN, "datamodel-code-generator")
    ]
    outcome = build.build(tmp_path / "out", seeds, keep_going=True)
    assert list(outcome.left_out) == [str(seeds / "endpoints" / QWEN)]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_on_a_terminal_and_nowhere_else(seeds: Path, tmp_path: Path) -> None:
    terminal, pipe = _Terminal(), io.StringIO()
    build.build(tmp_path / "a", seeds, progress=Progress(terminal))
    build.build(tmp_path / "b", seeds, progress=Progress(pipe))
    shown = terminal.getvalue()
    assert "loading specs" in shown and "formatting" in shown and "writing" in shown
    assert "making" in shown and "/" in shown
    assert pipe.getvalue() == ""
