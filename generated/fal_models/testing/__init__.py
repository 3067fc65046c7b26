"""A local fal for tests and benchmarks: queue, run, storage and webhooks, emulated in memory.

    from fal_models.testing import Emulator

    with Emulator() as fal:
        client = fal.client()  # fal's real hosts, served in-process: no network, no cost
        out = client.qwen_image.subscribe(prompt="a red fox")
        assert fal.submissions("fal-ai/qwen-image")[0].json == {"prompt": "a red fox"}

`fal.serve()` (or `python -m fal_models.testing serve`) serves the same emulator on one loopback
port, for other processes and other clients (the official fal-client included). Outputs are
synthesized from each endpoint's output model; file outputs point at tiny real files it serves.
`sign_webhook` and `jwk_for_public_key` play fal's side of webhooks in an application's tests.
"""

from fal_models.testing._cli import main
from fal_models.testing._emulator import DEFAULT_KEY, Emulator, EmulatorServer
from fal_models.testing._faults import Failure, Fault
from fal_models.testing._queue import DEFAULT_LOG_MESSAGES
from fal_models.testing._records import EmulatedRequest, LoggedRequest, WebhookDelivery
from fal_models.testing._routes import RouteKind
from fal_models.testing._synthesis import example_input, example_output
from fal_models.testing._webhooks import jwk_for_public_key, sign_webhook

__all__ = [
    "DEFAULT_KEY",
    "DEFAULT_LOG_MESSAGES",
    "EmulatedRequest",
    "Emulator",
    "EmulatorServer",
    "Failure",
    "Fault",
    "LoggedRequest",
    "RouteKind",
    "WebhookDelivery",
    "example_input",
    "example_output",
    "jwk_for_public_key",
    "main",
    "sign_webhook",
]
