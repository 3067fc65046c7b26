"""`python -m generator sync` against a local fake of fal's models catalogue (GET /v1/models).

A handful of fal's documents (from ../shared/fal-openapi: catalog/ and categories/) are served
over several pages; each test syncs a small spec folder in tmp_path, never the repository's."""

from __future__ import annotations

import datetime
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.__main__ import main
from generator.tools.catalogue_api import MAX_ATTEMPTS, CatalogueClient, CatalogueError
from generator.tools.importer import dump_spec
from generator.tools.sync import Progress
from tests.generator.fake_models_api import FakeModel, FakeModelsApi, Fault

REPO = Path(__file__).resolve().parents[2]
FAL_OPENAPI = REPO.parent / "shared" / "fal-openapi"
KEY = "fal-test-key-0123:do-not-print"
SOURCE = "https://fal.ai/api/openapi/queue/openapi.json?endpoint_id="

PHOTON = "fal-ai/luma-photon"
FLASH = "fal-ai/luma-photon/flash"
VECTORIZE = "fal-ai/recraft/vectorize"
CAPTION = "fal-ai/florence-2-large/caption"
SILERO = "fal-ai/silero-vad"
BAGEL = "fal-ai/bagel/understand"
OCR = "fal-ai/florence-2-large/ocr"  # its expansion fails
DIA = "fal-ai/dia-tts"  # added by fal in the second round
DOCUMENTS = {
    PHOTON: "catalog/fal-ai__luma-photon.json",
    FLASH: "catalog/fal-ai__luma-photon__flash.json",
    VECTORIZE: "catalog/fal-ai__recraft__vectorize.json",
    CAPTION: "categories/vision/fal-ai__florence-2-large__caption.json",
    SILERO: "categories/text/fal-ai__silero-vad.json",
    BAGEL: "categories/json/fal-ai__bagel__understand.json",
    OCR: "categories/vision/fal-ai__florence-2-large__ocr.json",
    DIA: "categories/speech/fal-ai__dia-tts.json",
    "fal-ai/recraft/upscale/crisp": "catalog/fal-ai__recraft__upscale__crisp.json",
}
TODAY = datetime.datetime.now(datetime.UTC).date().isoformat()


def document(endpoint_id: str) -> dict[str, Any]:
    return json.loads((FAL_OPENAPI / DOCUMENTS[endpoint_id]).read_text(encoding="utf-8"))


def model(endpoint_id: str, **changes: Any) -> FakeModel:
    doc = document(endpoint_id)
    fields = {"document": doc, "category": doc["info"]["x-fal-metadata"]["category"], **changes}
    return FakeModel(endpoint_id, **fields)


def first_catalogue() -> list[FakeModel]:
    """Seven active models (four pages of two) and one fal lists only as deprecated."""
    return [
        model(PHOTON),
        model(FLASH),
        model(VECTORIZE),
        model(CAPTION),
        model(SILERO),
        model(BAGEL),
        model(OCR, document=None),
        model("fal-ai/recraft/upscale/crisp", status="deprecated"),
    ]


def file_of(specs: Path, endpoint_id: str) -> Path:
    return specs / "endpoints" / (endpoint_id.replace("/", "__") + ".yaml")


def spec_of(specs: Path, endpoint_id: str) -> dict[str, Any]:
    return yaml.safe_load(file_of(specs, endpoint_id).read_text(encoding="utf-8"))


def snapshot(specs: Path) -> dict[str, tuple[int, bytes]]:
    """Every file of a spec folder: modification time (ns) and bytes."""
    return {
        str(p.relative_to(specs)): (p.stat().st_mtime_ns, p.read_bytes())
        for p in sorted(specs.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def specs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """shared.yaml, two of the repository's catalogue specs, and OCR imported from a file."""
    folder = tmp_path / "specs"
    (folder / "endpoints").mkdir(parents=True)
    shutil.copy(REPO / "specs" / "shared.yaml", folder)
    for endpoint_id in (PHOTON, VECTORIZE):
        shutil.copy(file_of(REPO / "specs", endpoint_id), folder / "endpoints")
    assert main(["import-openapi", str(FAL_OPENAPI / DOCUMENTS[OCR]), "--specs", str(folder)]) == 0
    capsys.readouterr()
    return folder


def sync(
    capsys: pytest.CaptureFixture[str], api: FakeModelsApi, specs: Path, *args: str
) -> tuple[int, str, str]:
    code = main(["sync", "--api-url", api.url, "--specs", str(specs), *args])
    out, err = capsys.readouterr()
    return code, out, err


def synced(capsys: pytest.CaptureFixture[str], specs: Path) -> None:
    """The first round, as its own test checks it."""
    with FakeModelsApi(first_catalogue()) as api:
        code, _, err = sync(capsys, api, specs)
    assert code == 0, err


def test_the_first_sync_pages_to_the_end_and_imports_what_fal_lists(
    specs: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FAL_KEY", KEY)
    ocr_before = file_of(specs, OCR).read_bytes()
    report = tmp_path / "report.md"
    with FakeModelsApi(first_catalogue(), page_size=2) as api:
        api.faults.append(Fault(429, {"Retry-After": "0"}))
        code, out, err = sync(capsys, api, specs, "--report", str(report))

    assert code == 0 and err == ""  # no progress line: stderr is not a terminal here
    # 429 first, then four pages of two, each after the cursor of the one before; every spec
    # is listed, so no endpoint is looked up by id.
    queries = [seen.query for seen in api.requests]
    assert [q.get("cursor") for q in queries] == [None, None, ["MQ=="], ["Mg=="], ["Mw=="]]
    for query in queries:
        assert query["status"] == ["active"] and query["expand"] == ["openapi-3.0"]
        assert query["limit"] == ["100"] and "category" not in query and "endpoint_id" not in query
    assert {seen.authorization for seen in api.requests} == {f"Key {KEY}"}

    # New endpoints imported with fal's per-endpoint URL as their source; the two specs from
    # files re-imported (same document: only the source changes, a docs change).
    for endpoint_id in (FLASH, CAPTION, SILERO, BAGEL):
        spec = spec_of(specs, endpoint_id)
        assert spec["source"] == SOURCE + endpoint_id and spec["status"] == "active"
    for endpoint_id in (PHOTON, VECTORIZE):
        assert spec_of(specs, endpoint_id)["source"] == SOURCE + endpoint_id
    assert not file_of(specs, "fal-ai/recraft/upscale/crisp").exists()  # deprecated at fal
    # The failed expansion is "not refreshed": the spec is untouched, not deprecated.
    assert file_of(specs, OCR).read_bytes() == ocr_before

    summary = "4 new, 2 changed, 0 deprecated, 0 unchanged, 1 not refreshed"
    assert out.rstrip().endswith(f"sync: {summary} (6 spec(s) written)")
    text = report.read_text(encoding="utf-8")
    assert out.startswith(text)
    assert text.startswith(
        "# API changes\n\n6 change(s): 0 breaking, 0 behaviour, 4 feature, 2 docs"
    )
    assert "implied bump: minor." in text
    assert f"## `{FLASH}`\n\n- **feature** (endpoint): new endpoint" in text
    assert f"## `{PHOTON}`\n\n- docs: 1 change(s): (endpoint) source" in text
    assert (
        f"7 model(s) listed by `GET {api.url}/models` (status=active) on {TODAY}: {summary}" in text
    )
    assert f"- `{OCR}`: expansion_failed: schema unavailable" in text
    # The key went only into the Authorization header.
    written = "".join(p.read_text(encoding="utf-8") for p in specs.rglob("*.yaml"))
    for where in (out, err, text, written):
        assert KEY not in where and "do-not-print" not in where


def test_a_second_sync_of_the_same_catalogue_touches_nothing_and_sends_no_key_unset(
    specs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    synced(capsys, specs)
    monkeypatch.delenv("FAL_KEY", raising=False)
    silero = spec_of(specs, SILERO)  # deprecated by hand: sync leaves that to the maintainer
    file_of(specs, SILERO).write_text(dump_spec({**silero, "status": "deprecated"}), "utf-8")
    before = snapshot(specs)
    with FakeModelsApi(first_catalogue()) as api:
        code, out, _ = sync(capsys, api, specs)
    assert code == 0
    assert snapshot(specs) == before  # not one file rewritten
    assert {seen.authorization for seen in api.requests} == {None}
    assert out.startswith("# API changes\n\nNo API changes.\n")
    assert "0 new, 0 changed, 0 deprecated, 6 unchanged, 1 not refreshed (0 spec(s) written)" in out
    hand = "### Active at fal, deprecated by hand here: review the spec's status"
    assert f"{hand}\n\n- `{SILERO}`\n" in out


def second_catalogue() -> list[FakeModel]:
    """fal changed PHOTON's default aspect ratio, removed FLASH's aspect_ratio field, added DIA
    and dropped BAGEL."""
    models = [m for m in first_catalogue() if m.endpoint_id != BAGEL]
    photon = next(m for m in models if m.endpoint_id == PHOTON)
    assert photon.document is not None
    photon.document["components"]["schemas"]["LumaPhotonInput"]["properties"]["aspect_ratio"][
        "default"
    ] = "16:9"
    flash = next(m for m in models if m.endpoint_id == FLASH)
    assert flash.document is not None
    schema = flash.document["components"]["schemas"]["LumaPhotonFlashInput"]
    del schema["properties"]["aspect_ratio"]
    schema["x-fal-order-properties"].remove("aspect_ratio")
    return [*models, model(DIA)]


def edit_by_hand(specs: Path) -> dict[str, Any]:
    """A maintainer's review of PHOTON: title, a note, a limit fal states only in prose."""
    spec = spec_of(specs, PHOTON)
    spec["title"] = "Luma Photon (reviewed)"
    spec["notes"] = [*spec.get("notes", []), "Reviewed by hand."]
    prompt = spec["input"]["fields"][0]
    assert prompt["name"] == "prompt"
    prompt["pattern"] = "\\S"  # "must not be blank", say fal's docs (in this test)
    prompt["from_prose"] = ["pattern"]
    file_of(specs, PHOTON).write_text(dump_spec(spec), encoding="utf-8")
    return spec


def test_a_changed_catalogue_is_reported_then_applied_keeping_hand_edits(
    specs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    synced(capsys, specs)
    edited = edit_by_hand(specs)
    before = snapshot(specs)
    report = tmp_path / "report.md"

    with FakeModelsApi(second_catalogue()) as api:
        # A dry run reports and writes nothing; the exit status follows --fail-on.
        code, dry_out, _ = sync(capsys, api, specs, "--dry-run")
        assert code == 3  # a removed input field is breaking
        assert snapshot(specs) == before
        assert dry_out.rstrip().endswith("(dry run: nothing written)")
        assert sync(capsys, api, specs, "--dry-run", "--fail-on", "never")[0] == 0
        code, out, err = sync(capsys, api, specs, "--report", str(report))

    assert code == 3, err
    text = report.read_text(encoding="utf-8")
    assert text == dry_out[: len(text)]  # the dry run reported exactly what the sync did
    assert "implied bump: major." in text
    attention = text.split("## Needs attention\n\n")[1].split("\n\n")[0].splitlines()
    assert attention == [
        f"- `{BAGEL}` (endpoint): endpoint deprecated: calls now emit a DeprecationWarning",
        f'- `{PHOTON}` `input.aspect_ratio`: default "1:1" → "16:9": calls that omit it now get '
        "different results",
    ]
    assert f"## `{FLASH}`\n\n- **breaking** `input.aspect_ratio`: " in text
    assert f"## `{DIA}`\n\n- **feature** (endpoint): new endpoint" in text
    summary = "1 new, 2 changed, 1 deprecated, 3 unchanged, 1 not refreshed"
    assert f"{summary}.\n\n### Deprecated: no longer in fal's active list\n\n- `{BAGEL}`" in text
    assert out.rstrip().endswith(f"sync: {summary} (4 spec(s) written)")

    # The dropped endpoint is deprecated, with the date, not deleted.
    bagel = spec_of(specs, BAGEL)
    assert bagel["status"] == "deprecated"
    assert bagel["notes"][-1] == (
        f"Lifecycle: deprecated by `python -m generator sync` on {TODAY}: no longer in fal's "
        "active model list (GET /v1/models?status=active)."
    )
    # fal's change taken, the maintainer's edits kept.
    photon = spec_of(specs, PHOTON)
    assert photon["input"]["fields"][1]["default"] == "16:9"
    assert photon["title"] == edited["title"] and photon["notes"] == edited["notes"]
    assert photon["input"]["fields"][0]["pattern"] == "\\S"
    assert photon["input"]["fields"][0]["from_prose"] == ["pattern"]
    assert "Hand edits dropped" not in text
    assert [f["name"] for f in spec_of(specs, FLASH)["input"]["fields"]] == ["prompt"]
    # Untouched specs are byte for byte what they were, never rewritten.
    after = snapshot(specs)
    changed = {name for name in before if after.get(name) != before[name]}
    assert changed == {f"endpoints/{file_of(specs, i).name}" for i in (PHOTON, FLASH, BAGEL)}
    assert set(after) - set(before) == {f"endpoints/{file_of(specs, DIA).name}"}


def test_an_endpoint_fal_lists_again_is_reactivated_and_fail_on_behaviour_counts(
    specs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    synced(capsys, specs)
    with FakeModelsApi(second_catalogue()) as api:
        assert sync(capsys, api, specs, "--fail-on", "never")[0] == 0
    # Third round: BAGEL is back and fal changed only a default (behaviour, nothing breaking).
    models = second_catalogue()
    models.append(model(BAGEL))
    photon = models[0]
    assert photon.document is not None
    props = photon.document["components"]["schemas"]["LumaPhotonInput"]["properties"]
    props["aspect_ratio"]["default"] = "4:3"
    bagel_deprecated = spec_of(specs, BAGEL)
    with FakeModelsApi(models) as api:
        assert sync(capsys, api, specs, "--dry-run")[0] == 0  # --fail-on breaking
        code, out, _ = sync(capsys, api, specs, "--fail-on", "behaviour")
    assert code == 3
    assert f'- `{PHOTON}` `input.aspect_ratio`: default "16:9" → "4:3"' in out
    assert "- **feature** (endpoint): no longer deprecated" in out
    assert "1 changed, 1 reactivated, 0 deprecated" in out
    bagel = spec_of(specs, BAGEL)
    assert bagel["status"] == "active"
    assert bagel.get("notes", []) == bagel_deprecated["notes"][:-1]


def test_filters_narrow_the_listing_and_what_can_be_judged_gone(
    specs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    synced(capsys, specs)
    # fal drops CAPTION and SILERO; a vision-only sync may deprecate CAPTION, never SILERO.
    models = [m for m in first_catalogue() if m.endpoint_id not in (CAPTION, SILERO)]
    before = snapshot(specs)
    with FakeModelsApi(models) as api:
        code, out, _ = sync(capsys, api, specs, "--category", "vision")
    assert code == 0  # a deprecation is behaviour, below the default --fail-on
    listing, confirmation = api.requests
    assert listing.query["category"] == ["vision"] and listing.query["status"] == ["active"]
    assert confirmation.query["endpoint_id"] == [CAPTION]  # looked up by id before deprecating
    assert spec_of(specs, CAPTION)["status"] == "deprecated"
    assert spec_of(specs, SILERO)["status"] == "active"
    assert "0 new, 0 changed, 1 deprecated, 0 unchanged, 1 not refreshed" in out  # OCR
    changed = {n for n, v in snapshot(specs).items() if before[n] != v}
    assert changed == {f"endpoints/{file_of(specs, CAPTION).name}"}

    # A spec whose category differs from fal's is found by id, refreshed, not deprecated.
    flash = spec_of(specs, FLASH)
    file_of(specs, FLASH).write_text(dump_spec({**flash, "category": "vision"}), encoding="utf-8")
    with FakeModelsApi(models) as api:
        code, out, _ = sync(capsys, api, specs, "--category", "vision")
    assert spec_of(specs, FLASH) == flash  # fal's category restored, still active
    assert "0 new, 1 changed, 0 deprecated" in out

    # --endpoint: the ids go to fal as repeated endpoint_id; only they are in scope.
    with FakeModelsApi(models) as api:
        code, out, _ = sync(
            capsys, api, specs, "--endpoint", SILERO, "--endpoint", PHOTON, "--endpoint", "x/y"
        )
    (listing,) = api.requests
    assert listing.query["endpoint_id"] == [SILERO, PHOTON, "x/y"]
    assert spec_of(specs, SILERO)["status"] == "deprecated"
    assert "0 new, 0 changed, 1 deprecated, 1 unchanged, 0 not refreshed" in out
    assert "### Asked for, but neither in fal's active list nor in specs/\n\n- `x/y`" in out


def test_a_document_the_importer_cannot_use_fails_alone(
    specs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    synced(capsys, specs)
    models = first_catalogue()
    # SILERO's document lost its paths' schema refs: the importer cannot read it.
    silero = next(m for m in models if m.endpoint_id == SILERO)
    assert silero.document is not None
    silero.document["paths"] = {}
    # VECTORIZE's gives a spec the loader rejects: two inputs that are one Python name.
    vectorize = next(m for m in models if m.endpoint_id == VECTORIZE)
    assert vectorize.document is not None
    schema = vectorize.document["components"]["schemas"]["RecraftVectorizeInput"]
    schema["properties"]["image-url"] = {"type": "string"}
    # PHOTON's default changed: still refreshed.
    photon = models[0]
    assert photon.document is not None
    photon.document["components"]["schemas"]["LumaPhotonInput"]["properties"]["aspect_ratio"][
        "default"
    ] = "16:9"
    vectorize_before = file_of(specs, VECTORIZE).read_bytes()
    silero_before = file_of(specs, SILERO).read_bytes()
    with FakeModelsApi(models) as api:
        code, out, _ = sync(capsys, api, specs)
    assert code == 2
    failed = out.split("### Failed: fix the importer or the spec\n\n")[1].split("\n\n")[0]
    assert failed.startswith(f"- `{SILERO}`: cannot import fal's document: ")
    assert f"- `{VECTORIZE}`: the imported spec is invalid: " in failed
    assert file_of(specs, VECTORIZE).read_bytes() == vectorize_before
    assert file_of(specs, SILERO).read_bytes() == silero_before
    assert spec_of(specs, PHOTON)["input"]["fields"][1]["default"] == "16:9"
    assert "1 changed, 0 deprecated, 3 unchanged, 1 not refreshed, 2 failed" in out


def test_a_catalogue_that_cannot_be_read_changes_nothing(
    specs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAL_KEY", KEY)
    before = snapshot(specs)
    with FakeModelsApi(first_catalogue()) as api:
        # fal rejects the key and, carelessly, echoes it: the error names neither.
        api.faults.append(Fault(401, {}, "invalid key {authorization}"))
        code, out, err = sync(capsys, api, specs)
    assert code == 2 and out == ""
    assert err.startswith(
        f"error: GET {api.url}/models?status=active&expand=openapi-3.0&limit=100:"
    )
    assert "401 Unauthorized" in err and "check FAL_KEY" in err and "<redacted>" in err
    assert KEY not in err and "do-not-print" not in err
    assert snapshot(specs) == before


# --- the catalogue client alone: retries within bounds -------------------------------------


def test_the_client_retries_429_and_5xx_honouring_retry_after() -> None:
    waits: list[float] = []
    with FakeModelsApi([model(PHOTON), model(SILERO)], page_size=1) as api:
        api.faults += [Fault(503), Fault(429, {"Retry-After": "7"}), Fault(500)]
        with CatalogueClient(api.url, sleep=waits.append) as client:
            listed = list(client.active_models())
    assert [m.endpoint_id for m in listed] == [PHOTON, SILERO]
    assert len(waits) == 3 and waits[1] == 7.0
    assert 0.75 <= waits[0] <= 1.0 and 0.75 * 4 <= waits[2] <= 4.0  # backoff doubles, jittered
    assert len(api.requests) == 5


def test_the_client_gives_up_after_its_attempts_or_its_time_budget() -> None:
    waits: list[float] = []
    with FakeModelsApi([model(PHOTON)]) as api:
        api.faults += [Fault(502)] * MAX_ATTEMPTS
        with (
            CatalogueClient(api.url, sleep=waits.append) as client,
            pytest.raises(CatalogueError) as caught,
        ):
            list(client.active_models())
        assert len(api.requests) == MAX_ATTEMPTS and len(waits) == MAX_ATTEMPTS - 1
        assert str(caught.value) == (
            f"GET {api.url}/models?status=active&expand=openapi-3.0&limit=100: 502 Bad Gateway "
            f"(server_error: Bad Gateway) (gave up after {MAX_ATTEMPTS} attempt(s))"
        )
        # A wait that would end past the budget is not made.
        api.faults[:] = [Fault(429, {"Retry-After": "60"})]
        with (
            CatalogueClient(api.url, sleep=waits.append, retry_budget=30) as client,
            pytest.raises(CatalogueError, match=r"429 Too Many Requests .* 1 attempt"),
        ):
            list(client.active_models(category="text-to-image"))


def test_more_than_fifty_ids_are_asked_for_in_chunks() -> None:
    ids = [f"owner/model-{n:02}" for n in range(60)]
    with FakeModelsApi([]) as api, CatalogueClient(api.url) as client:
        assert list(client.active_models(endpoint_ids=ids)) == []
    assert [seen.query["endpoint_id"] for seen in api.requests] == [ids[:50], ids[50:]]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_one_line_rewritten_on_a_terminal_and_silent_elsewhere() -> None:
    terminal, pipe = Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        with Progress(stream) as progress:
            progress("listing fal's models: page 1, 100")
            progress("importing 1/100: fal-ai/luma-photon")
    assert pipe.getvalue() == ""
    assert terminal.getvalue() == (
        "\r\033[Klisting fal's models: page 1, 100\r\033[Kimporting 1/100: fal-ai/luma-photon"
        "\r\033[K"
    )
