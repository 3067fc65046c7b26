"""What the environment configures, as fal-client reads it and as documented: base URLs
(FAL_RUN_HOST, FAL_QUEUE_RUN_HOST, FAL_MODELS_*_URL), the FAL_MODELS_LOG switch, the key of a
Colab notebook's secrets; arguments beat the environment, bad values name their variable."""

from __future__ import annotations

import logging
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from fal_models import (
    AsyncFalClient,
    FalClient,
    InvalidOptionError,
    MissingCredentialsError,
    _environment,
)
from fal_models.testing import Emulator

KEY = "h3-env-key-id:h3-env-key-secret-5e1f"
VARIABLES = (
    "FAL_KEY",
    "FAL_KEY_ID",
    "FAL_KEY_SECRET",
    "FAL_RUN_HOST",
    "FAL_QUEUE_RUN_HOST",
    "FAL_MODELS_LOG",
    "FAL_HOME_DIR",
    *_environment.URL_VARIABLES.values(),
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    _environment._colab.clear()
    loggers = [logging.getLogger(name) for name in ("fal_models", "httpx", "httpcore")]
    levels = [logger.level for logger in loggers]
    yield
    _environment._colab.clear()
    for logger, level in zip(loggers, levels, strict=True):
        logger.setLevel(level)
        for handler in [h for h in logger.handlers if isinstance(h, _environment._LogHandler)]:
            logger.removeHandler(handler)


def test_fal_clients_host_variables_set_the_run_queue_and_realtime_urls(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FAL_RUN_HOST", "fal.example.com")
    client = FalClient(key=KEY)
    assert client.run_url == "https://fal.example.com"
    assert client.queue_url == "https://queue.fal.example.com"  # fal-client's default
    assert client.config.realtime_url == "wss://fal.example.com"
    assert client.config.rest_url == "https://rest.fal.ai"
    monkeypatch.setenv("FAL_QUEUE_RUN_HOST", "q.example.com:8443")
    assert FalClient(key=KEY).queue_url == "https://q.example.com:8443"


def test_our_url_variables_beat_fals_hosts_and_arguments_beat_both(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FAL_RUN_HOST", "fal.example.com")
    monkeypatch.setenv("FAL_QUEUE_RUN_HOST", "queue.example.com")
    monkeypatch.setenv("FAL_MODELS_RUN_URL", "http://127.0.0.1:9/run")
    monkeypatch.setenv("FAL_MODELS_QUEUE_URL", "http://127.0.0.1:9/queue/")
    monkeypatch.setenv("FAL_MODELS_REALTIME_URL", "ws://127.0.0.1:10/rt")
    from_env = AsyncFalClient(key=KEY)
    assert (from_env.run_url, from_env.queue_url) == (
        "http://127.0.0.1:9/run",
        "http://127.0.0.1:9/queue",
    )
    assert from_env.config.realtime_url == "ws://127.0.0.1:10/rt"
    given = FalClient(key=KEY, run_url="https://proxy.example/run", queue_url="https://p.example")
    assert (given.run_url, given.queue_url) == ("https://proxy.example/run", "https://p.example")


def test_a_call_goes_where_the_environment_points(monkeypatch: pytest.MonkeyPatch) -> None:
    with Emulator(run_time=0) as fal, fal.serve() as server:
        for setting, url in server.client_settings().items():
            monkeypatch.setenv(_environment.URL_VARIABLES[setting], url)
        monkeypatch.setenv("FAL_KEY", KEY)
        with FalClient() as client:
            out = client.qwen_image.subscribe(prompt="a red fox", seed=7)
    assert out.seed == 7
    assert len(fal.submissions("fal-ai/qwen-image")) == 1


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("FAL_RUN_HOST", "https://fal.run"),
        ("FAL_RUN_HOST", "fal.run/path"),
        ("FAL_QUEUE_RUN_HOST", "bad host"),
        ("FAL_MODELS_QUEUE_URL", "ftp://queue.example"),
        ("FAL_MODELS_CDN_URL", "v3.fal.media"),
        ("FAL_MODELS_REALTIME_URL", "https://fal.run"),
        ("FAL_MODELS_LOG", "verbose"),
    ],
)
def test_an_unusable_value_names_its_variable(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(InvalidOptionError) as info:
        FalClient(key=KEY)
    assert info.value.option == variable


def test_an_argument_spares_the_variable_it_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAL_MODELS_API_URL", "not a url")
    assert FalClient(key=KEY, api_url="https://api.example/v1").config.api_url == (
        "https://api.example/v1"
    )


def _fake_colab(monkeypatch: pytest.MonkeyPatch, secret: str | None) -> list[str]:
    """google.colab with a userdata.get that answers `secret` (None: access refused)."""
    asked: list[str] = []

    def get(name: str) -> str:
        asked.append(name)
        if secret is None:
            raise RuntimeError("access to the secret was not granted")
        return secret

    colab = types.ModuleType("google.colab")
    userdata = types.ModuleType("google.colab.userdata")
    userdata.get = get  # type: ignore[attr-defined]
    colab.userdata = userdata  # type: ignore[attr-defined]
    google = types.ModuleType("google")
    google.colab = colab  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "google", google)
    monkeypatch.setitem(sys.modules, "google.colab", colab)
    monkeypatch.setitem(sys.modules, "google.colab.userdata", userdata)
    return asked


def test_a_colab_secret_is_the_last_resort_and_asked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _fake_colab(monkeypatch, KEY + "\n")
    with Emulator(run_time=0) as fal:
        with fal.client(key=None) as client:  # type: ignore[arg-type]
            client.qwen_image.run(prompt="a red fox")
            client.qwen_image.run(prompt="a red fox")
        with fal.client(key=None) as client:  # type: ignore[arg-type]
            client.qwen_image.run(prompt="a red fox")
    assert asked == ["FAL_KEY"]
    assert len(fal.log) == 3
    assert FalClient().config.headers_for("https://fal.run/x", None)["Authorization"] == (
        f"Key {KEY}"  # the secret's newline dropped
    )
    monkeypatch.setenv("FAL_KEY", "env-key-id:env-secret")
    assert FalClient().config.headers_for("https://fal.run/x", None)["Authorization"] == (
        "Key env-key-id:env-secret"
    )


def test_a_refused_colab_secret_means_no_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_colab(monkeypatch, None)
    with pytest.raises(MissingCredentialsError, match="Colab"):
        FalClient().config.headers_for("https://fal.run/x", None)


def test_a_fal_login_session_is_named_when_no_key_is_found(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("FAL_HOME_DIR", str(tmp_path))
    with pytest.raises(MissingCredentialsError) as info:
        FalClient().config.headers_for("https://fal.run/x", None)
    assert info.value.login_session is None
    (tmp_path / "auth0_token").write_text("refresh-token-1f3\naccess-token-9c2\n")
    with pytest.raises(MissingCredentialsError) as info:
        FalClient().config.headers_for("https://fal.run/x", None)
    assert info.value.login_session == str(tmp_path / "auth0_token")
    assert "fal auth login" in str(info.value)
    assert "token-1f3" not in str(info.value) and "token-9c2" not in str(info.value)


def test_debug_log_of_a_real_call_shows_requests_and_no_key(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FAL_MODELS_LOG", "debug")
    with Emulator(run_time=0.01) as fal, fal.serve() as server, server.client(KEY) as client:
        out = client.qwen_image.subscribe(prompt="a red fox")
        client.qwen_image.subscribe(prompt="a red fox", webhook_url="https://e.example/h?token=s3c")
    err = capsys.readouterr().err
    assert out._request_id
    assert out._request_id in err  # fal_models' own records
    assert "HTTP Request: POST" in err  # httpx's
    assert "send_request_headers" in err  # httpcore's, at debug only
    for secret in (KEY, "h3-env-key-secret", "s3c"):
        assert secret not in err


def test_info_log_leaves_the_connection_steps_out(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FAL_MODELS_LOG", "INFO")
    with Emulator(run_time=0) as fal, fal.serve() as server, server.client(KEY) as client:
        client.qwen_image.run(prompt="a red fox")
        FalClient(key=KEY)  # a second client adds no second handler
    err = capsys.readouterr().err
    assert err.count("HTTP Request: POST") == 1
    assert "send_request_headers" not in err
    assert KEY not in err
