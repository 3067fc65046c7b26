"""The generated reference docs: every page's snippets run against the emulator, as written.

`FalClient` / `AsyncFalClient` are swapped for the emulator's clients (the snippets build their
client from FAL_KEY); everything else in a snippet runs unchanged.
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import fal_models
import pytest
from fal_models.testing import Emulator

from generator.pipeline.emit_docs import page_file
from generator.pipeline.ir import SpecSet

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "generated" / "docs"
PAGES = sorted(p for p in DOCS.glob("*.md") if p.name != "README.md")
_PYTHON_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def endpoint_id_of(page: Path) -> str:
    match = re.search(r"^`([^`]+)` · ", page.read_text(encoding="utf-8"), re.MULTILINE)
    assert match, f"{page.name} does not name its endpoint"
    return match.group(1)


def run_snippet(code: str, emulator: Emulator, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(fal_models, "FalClient", lambda: emulator.client())
    monkeypatch.setattr(fal_models, "AsyncFalClient", lambda: emulator.async_client())
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "<docs snippet>", "exec"), {"__name__": "__main__"})
    return out.getvalue()


def test_every_endpoint_has_a_page_and_the_index_links_them_all(specs: SpecSet) -> None:
    assert {page_file(ep) for ep in specs.endpoints} == {p.name for p in PAGES}
    index = (DOCS / "README.md").read_text(encoding="utf-8")
    for ep in specs.endpoints:
        assert f"[`{ep.id}`]({page_file(ep)})" in index


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_the_snippets_of_a_page_run_against_the_emulator(
    page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    endpoint_id = endpoint_id_of(page)
    snippets = _PYTHON_BLOCK.findall(page.read_text(encoding="utf-8"))
    assert len(snippets) == 2, "a sync and an async snippet"
    for code in snippets:
        with Emulator(endpoints=[endpoint_id], run_time=0.0) as emulator:
            printed = run_snippet(code, emulator, monkeypatch)
            (submitted,) = emulator.submissions(endpoint_id)
            (request,) = emulator.requests(endpoint_id)
        assert request.status == "COMPLETED"
        assert printed.strip(), "the snippet prints part of the result"
        if ".url)" in code:
            assert printed.strip() in str(request.output)
        assert submitted.endpoint_id == endpoint_id


def test_a_page_shows_the_example_input_it_calls_with(specs: SpecSet) -> None:
    ep = next(e for e in specs.endpoints if e.id == "fal-ai/bytedance/seedream/v4.5/edit")
    text = (DOCS / page_file(ep)).read_text(encoding="utf-8")
    assert ep.example_input is not None
    assert 'image_size="auto_4K",' in text and "enable_safety_checker=True," in text
    assert "| `image_urls` | list[str] | yes |  | max items 10 (fal's prose) |" in text


def test_deprecated_endpoints_say_so_on_their_page(specs: SpecSet) -> None:
    deprecated = [e for e in specs.endpoints if e.status == "deprecated"]
    assert deprecated
    for ep in deprecated:
        text = (DOCS / page_file(ep)).read_text(encoding="utf-8")
        assert "> **Deprecated.**" in text
    index = (DOCS / "README.md").read_text(encoding="utf-8")
    for ep in deprecated:
        (line,) = [line for line in index.splitlines() if f"[`{ep.id}`]" in line]
        assert line.endswith("| deprecated |")
