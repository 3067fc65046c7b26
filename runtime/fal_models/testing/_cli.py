"""`python -m fal_models.testing serve`: an emulator on a loopback port until Ctrl-C."""

from __future__ import annotations

import argparse
import logging
import signal
import threading
from collections.abc import Sequence

from fal_models.testing._emulator import Emulator

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m fal_models.testing serve`: run an emulator until Ctrl-C."""
    parser = argparse.ArgumentParser(prog="python -m fal_models.testing")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve a fal emulator on a loopback port")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    serve.add_argument("--queue-time", type=float, default=0.0, help="seconds IN_QUEUE")
    serve.add_argument("--run-time", type=float, default=0.05, help="seconds IN_PROGRESS")
    serve.add_argument("--no-auth", action="store_true", help="accept requests without a key")
    serve.add_argument("--endpoint", action="append", help="emulate only these endpoint ids")
    serve.add_argument(
        "--concurrency-limit",
        type=int,
        default=None,
        help="fal's account concurrency limit (fal: 2 by default, up to 40); default unlimited",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    emulator = Emulator(
        endpoints=args.endpoint,
        queue_time=args.queue_time,
        run_time=args.run_time,
        require_auth=not args.no_auth,
        concurrency_limit=args.concurrency_limit,
    )
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with emulator, emulator.serve(args.host, args.port) as server:
        settings = ", ".join(f'{k}="{v}"' for k, v in server.client_settings().items())
        patches = "\n".join(
            f'    fal_client.client.{k} = "{v}"' for k, v in server.fal_client_constants().items()
        )
        print(
            f"fal emulator serving {len(emulator.endpoint_ids)} endpoints on {server.url}"
            " (Ctrl-C to stop)\n"
            f'  fal_models: FalClient(key="any", {settings})\n'
            f"  fal-client (set before creating a client):\n{patches}\n"
            f"  webhook keys: {server.jwks_url}",
            flush=True,
        )
        while not stop.wait(0.2):
            pass
    return 0
