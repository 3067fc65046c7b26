"""Benchmark 7: memory of a 1 GiB file output. A loopback server (tests/loopback.py) generates
1 GiB of zeros lazily, with or without announcing its length. `read()` must refuse it (its
default limit is 256 MiB) without holding it; `save()` must stream it to disk in flat memory.
RSS growth = peak RSS during the call (sampled every 2 ms from /proc/self/statm) − RSS before."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bench.common import figure

SIZE = 1 << 30


def main(work: Path, quick: bool = False) -> dict[str, Any]:
    from fal_models import DownloadTooLargeError
    from fal_models.models.shared import Image

    from tests.loopback import Loopback, Reply, Request, zeros
    from tests.memory import PeakRSS

    sent: list[int] = [0]

    def counted() -> Iterator[bytes]:
        sent[0] = 0
        for chunk in zeros(SIZE):
            sent[0] += len(chunk)
            yield chunk

    def serve(request: Request) -> Reply:
        announced = SIZE if request.path.endswith("-announced.bin") else None
        return Reply(200, counted(), {"content-type": "application/octet-stream"}, announced)

    figures: list[dict[str, Any]] = []
    out = work / "downloads"
    out.mkdir()
    with Loopback(serve) as server:

        def measure(
            label: str, action: Callable[[], Any], *, refused_at: bool, limit: float = 8.0
        ) -> None:
            """`limit`: the RSS growth allowed (MiB); `refused_at`: the call must be refused."""
            started = time.perf_counter()
            refused = False
            with PeakRSS() as peak:
                try:
                    action()
                except DownloadTooLargeError:
                    refused = True
            seconds = time.perf_counter() - started
            assert refused == refused_at, label
            growth_mib = peak.growth / 2**20
            figures.append(
                figure(
                    f"{label}: RSS growth",
                    round(growth_mib, 1),
                    "MiB",
                    target=f"≤ {limit:g} MiB",
                    met=growth_mib <= limit,
                    note=f"{seconds:.2f} s; server sent {sent[0] / 2**20:.0f} MiB of 1024",
                )
            )

        announced = Image(url=f"{server.url}/files/zeros-announced.bin")
        unannounced = Image(url=f"{server.url}/files/zeros.bin")
        measure("1 GiB read(), length announced, refused", announced.read, refused_at=True)
        # Without a length, read() holds at most its limit (256 MiB) before refusing.
        measure(
            "1 GiB read(), length not announced, refused",
            unannounced.read,
            refused_at=True,
            limit=256 + 8.0,
        )
        measure(
            "1 GiB aread(), length announced, refused",
            lambda: asyncio.run(announced.aread()),
            refused_at=True,
        )

        def save() -> None:
            path = unannounced.save(out)
            assert path.stat().st_size == SIZE
            path.unlink()

        async def asave() -> None:
            path = await announced.asave(out)
            assert path.stat().st_size == SIZE
            path.unlink()

        measure("1 GiB save(), streamed to disk", save, refused_at=False)
        measure("1 GiB asave(), streamed to disk", lambda: asyncio.run(asave()), refused_at=False)
    return {"bench": "download", "figures": figures}
