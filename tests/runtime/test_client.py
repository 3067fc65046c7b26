"""Client behaviour shared by all endpoints: credentials, hosts, queue URLs, lazy imports.
The wire protocol (errors, retries, waiting, secrets) is proven in test_protocol."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading

import httpx
import pytest
from fal_models import AsyncFalClient, FalClient
from fal_models._clients import _HttpOnDemand
from fal_models.testing import Emulator

from tests.conftest import Recorder, queue_handler

OUTPUT = {"images": [{"url": "https://v3.fal.media/x.png"}], "seed": 1}


def _client(handler: object, **kwargs: object) -> tuple[FalClient, Recorder]:
    rec = Recorder(handler)  # type: ignore[arg-type]
    http = httpx.Client(transport=httpx.MockTransport(rec))
    return FalClient(http_client=http, **kwargs), rec  # type: ignore[arg-type]


def test_key_from_env_then_id_and_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FAL_KEY", raising=False)
    monkeypatch.setenv("FAL_KEY_ID", "id")
    monkeypatch.setenv("FAL_KEY_SECRET", "sec")
    client, rec = _client(queue_handler(OUTPUT))
    client.bytedance.seedream.v4.text_to_image.run(prompt="x")
    assert rec.requests[0].headers["authorization"] == "Key id:sec"
    monkeypatch.setenv("FAL_KEY", "env-key")
    client, rec = _client(queue_handler(OUTPUT))
    client.bytedance.seedream.v4.text_to_image.run(prompt="x")
    assert rec.requests[0].headers["authorization"] == "Key env-key"


def test_custom_hosts_and_sub_path_queue_urls() -> None:
    client, rec = _client(
        queue_handler(OUTPUT),
        key="k",
        queue_url="http://127.0.0.1:9/q",
        run_url="http://127.0.0.1:9/r",
    )
    handle = client.bytedance.seedream.v4.text_to_image.handle("abc")
    assert handle.status_url == "http://127.0.0.1:9/q/fal-ai/bytedance/requests/abc/status"
    assert handle.response_url == "http://127.0.0.1:9/q/fal-ai/bytedance/requests/abc"
    assert handle.cancel_url == "http://127.0.0.1:9/q/fal-ai/bytedance/requests/abc/cancel"
    client.bytedance.seedream.v4.text_to_image.run(prompt="x")
    assert (
        str(rec.requests[0].url)
        == "http://127.0.0.1:9/r/fal-ai/bytedance/seedream/v4/text-to-image"
    )
    assert rec.requests[0].headers["authorization"] == "Key k"


def test_submit_handle_status_result_cancel() -> None:
    client, rec = _client(queue_handler(OUTPUT), key="k")
    handle = client.bytedance.seedream.v4.text_to_image.submit(
        prompt="x", webhook_url="https://hook.example/cb?a=1", priority="low", start_timeout=30
    )
    submit = rec.requests[0]
    assert submit.url.params["fal_webhook"] == "https://hook.example/cb?a=1"
    assert submit.headers["x-fal-queue-priority"] == "low"
    assert submit.headers["x-fal-request-timeout"] == "30.0"
    assert handle.request_id == "req-1"
    out = handle.result()
    assert out.seed == 1 and out._request_id == "req-1"
    handle.cancel()
    assert rec.requests[-1].method == "PUT" and rec.requests[-1].url.path.endswith("/cancel")


def test_import_loads_no_endpoint_module() -> None:
    code = (
        "import sys, fal_models\n"
        "c = fal_models.FalClient(key='k')\n"
        "before = sorted(m for m in sys.modules if m.startswith('fal_models.endpoints.'))\n"
        "c.qwen_image\n"
        "after = sorted(m for m in sys.modules if m.startswith('fal_models.endpoints.'))\n"
        "print(before, after)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[] ['fal_models.endpoints.qwen_image']"


def test_a_client_and_its_endpoints_load_no_connection_pool_asyncio_or_pricing() -> None:
    # What only a request, an asyncio client, a budget or a price needs is loaded by them.
    code = (
        "import sys, fal_models\n"
        "c = fal_models.FalClient(key='k')\n"
        "e = c.endpoint('fal-ai/qwen-image')\n"
        "e.input_model.model_validate({'prompt': 'x'})\n"
        "e.output_model.model_validate({'images': [], 'timings': {}, 'seed': 1,\n"
        "    'has_nsfw_concepts': [], 'prompt': 'x'})\n"
        "names = ('httpcore', 'asyncio', 'fal_models._pricing', 'fal_models._batch',\n"
        "    'fal_models._platform_models')\n"
        "print([m for m in names if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_the_connection_pool_opens_on_the_first_request_and_close_ends_it() -> None:
    with Emulator(run_time=0.01) as emulator, emulator.serve() as srv:
        client = srv.client()
        assert client._http.made is None
        assert client.qwen_image.run(prompt="x").seed is not None
        made = client._http.made
        assert isinstance(made, httpx.Client) and not made.is_closed
        client.qwen_image.run(prompt="y")
        assert client._http.made is made  # one pool for every request
        client.close()
        assert made.is_closed
        with pytest.raises(RuntimeError, match="client has been closed"):
            client.qwen_image.run(prompt="x")
        unused = srv.client()
        unused.close()  # closing a client that never sent opens nothing
        assert unused._http.made is None
        with pytest.raises(RuntimeError, match="client has been closed"):
            unused.qwen_image.run(prompt="x")


def test_an_async_client_opens_its_pool_on_the_first_request_and_closes_it() -> None:
    async def main(client: AsyncFalClient) -> None:
        assert client._http.made is None
        await client.qwen_image.run(prompt="x")
        made = client._http.made
        assert isinstance(made, httpx.AsyncClient) and not made.is_closed
        await client.close()
        assert made.is_closed
        with pytest.raises(RuntimeError, match="client has been closed"):
            await client.qwen_image.run(prompt="x")

    with Emulator(run_time=0.01) as emulator, emulator.serve() as srv:
        asyncio.run(main(srv.async_client()))


def test_threads_racing_to_the_first_request_share_one_pool() -> None:
    made: list[object] = []
    start = threading.Barrier(8)

    def make() -> object:
        made.append(object())
        return made[-1]

    on_demand = _HttpOnDemand(make)
    got: list[object] = []

    def first_request() -> None:
        start.wait()
        got.append(on_demand())

    threads = [threading.Thread(target=first_request) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(made) == 1 and got == made * 8


def test_the_attribute_tree_resolves_lazily_and_caches() -> None:
    from fal_models._client import _ENDPOINTS
    from fal_models._namespaces import EndpointTable, Namespace

    # A tree where qwen-image is both an endpoint and a namespace, as catalogue ids make them.
    tree = {
        "": {"qwen_image": "fal-ai/qwen-image", "acme": ""},
        "qwen_image": {"bit": "fal-ai/bitdance"},
        "acme": {"ideogram": "fal-ai/ideogram/v3"},
    }
    table = EndpointTable(_ENDPOINTS, tree)

    class Owner:
        pass

    owner = Owner()
    client = FalClient(key="k")
    node = table.child(owner, client, "", "qwen_image", "")
    assert node.endpoint_id == "fal-ai/qwen-image" and vars(owner)["qwen_image"] is node
    assert node.bit.endpoint_id == "fal-ai/bitdance" and node.bit is node.bit
    assert type(table.instance(client, "fal-ai/qwen-image", "")) is type(node)
    acme = table.child(owner, client, "", "acme", "")
    assert isinstance(acme, Namespace) and dir(acme) == ["ideogram"]
    assert acme.ideogram.endpoint_id == "fal-ai/ideogram/v3"
    with pytest.raises(
        AttributeError, match="has no attribute 'ideogarm'; did you mean 'ideogram'"
    ):
        acme.ideogarm  # noqa: B018
    with pytest.raises(AttributeError, match="'bitt'; did you mean 'bit'"):
        node.bitt  # noqa: B018


def test_a_misspelt_client_attribute_gets_a_hint_and_dir_lists_the_tree() -> None:
    client = FalClient(key="k")
    with pytest.raises(
        AttributeError,
        match="'FalClient' object has no attribute 'qwen_imag'; did you mean 'qwen_image'",
    ):
        client.qwen_imag  # noqa: B018
    assert {"qwen_image", "bytedance", "subscribe"} - set(dir(client)) == {"subscribe"}
    assert type(client.endpoint("fal-ai/qwen-image")) is type(client.qwen_image)
