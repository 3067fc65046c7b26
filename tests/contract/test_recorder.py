"""The recorder writes a replayable cassette and no secret: not the fal key, not the
Authorization header, not a secret-looking input field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.tools.cassette import REDACTED, Cassette, Replayer
from generator.tools.record import perform, record, urls_for
from tests.contract.build_cassettes import _queue
from tests.spec_set import repo_endpoint

KEY = "fake-id-recorder:fake-secret-for-tests"
OPENAI = "fake-openai-key-for-tests"
BYOK = "fal-ai/gpt-image-1/text-to-image/byok"


@pytest.fixture(scope="module")
def byok() -> Any:
    return repo_endpoint(BYOK)


def test_recording_scrubs_secrets_and_replays(byok: Any, tmp_path: Path) -> None:
    sent: list[httpx.Request] = []
    fal = _queue(byok)

    def send(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return fal(request)

    call = {"method": "subscribe", "input": {**byok.example_input, "openai_api_key": OPENAI}}
    path = record(BYOK, call, "subscribe", key=KEY, send=send, out_dir=tmp_path)

    assert sent[0].headers["authorization"] == f"Key {KEY}"  # the call itself was authorised
    text = path.read_text()
    assert KEY not in text and "fake-secret-for-tests" not in text and OPENAI not in text
    assert "authorization" not in text.lower()
    assert REDACTED in text
    cassette = Cassette.load(path)
    assert cassette.provenance.startswith("recorded on") and "from fal" in cassette.provenance
    assert cassette.call["input"]["openai_api_key"] == REDACTED
    assert cassette.expect["output"] == byok.example_output

    replayer = Replayer(cassette)
    outcome = perform(cassette.endpoint, cassette.call, httpx.MockTransport(replayer))
    assert outcome.error is None and outcome.output == byok.example_output
    replayer.assert_done()


def test_emulator_recordings_say_so_and_use_fal_hosts(byok: Any, tmp_path: Path) -> None:
    base = "http://127.0.0.1:8765"
    urls = urls_for(base)
    fal = _queue(byok)

    def emulator(request: httpx.Request) -> httpx.Response:
        # The emulator answers with its own URLs; the cassette must not keep them.
        assert str(request.url).startswith(base)
        if request.url.path.startswith("/run/"):
            return httpx.Response(200, json=byok.example_output)
        response = fal(request)
        body = response.content.replace(b"https://queue.fal.run", urls["queue_url"].encode())
        return httpx.Response(response.status_code, headers=response.headers, content=body)

    call = {"method": "subscribe", "input": byok.example_input}
    path = record(BYOK, call, "subscribe", base_url=base, send=emulator, out_dir=tmp_path)
    cassette = Cassette.load(path)
    assert "emulator" in cassette.provenance and "not fal's" in cassette.provenance
    assert cassette.expect == {"output": byok.example_output}
    exchanges = "\n".join(str(e) for e in cassette.exchanges)
    assert base not in exchanges
    assert cassette.exchanges[0].request.url == f"https://queue.fal.run/{BYOK}"
    replayer = Replayer(cassette)
    outcome = perform(cassette.endpoint, cassette.call, httpx.MockTransport(replayer))
    assert outcome.output == byok.example_output
    replayer.assert_done()


def test_recording_against_the_emulator_server_replays(tmp_path: Path) -> None:
    from fal_models.testing import Emulator

    call = {"method": "subscribe", "input": {"prompt": "a lighthouse at dusk"}}
    with Emulator(run_time=0.01) as emulator, emulator.serve() as server:
        path = record("fal-ai/qwen-image", call, "subscribe", base_url=server.url, out_dir=tmp_path)
    text = path.read_text()
    assert server.url not in text.split("exchanges:", 1)[1]
    assert "emulator-key" not in text
    cassette = Cassette.load(path)
    assert "emulator" in cassette.provenance
    replayer = Replayer(cassette)
    outcome = perform(cassette.endpoint, cassette.call, httpx.MockTransport(replayer))
    assert outcome.error is None and outcome.output == cassette.expect["output"]
    replayer.assert_done()
