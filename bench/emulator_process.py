"""The fal emulator in a process of its own, for benchmarks that measure only the client.

    python -m bench.emulator_process --run-time 1 [--concurrency-limit 40]

Prints its base URL on the first line, then answers each line read on stdin with one line of
JSON about what it served since the last one: `submissions` (accepted submits), `submits` (every
submit received), `peak_connections` (open connections, sampled every 2 ms), `cpu` (this
process's CPU seconds). `--no-status-stream` makes clients poll. Ends at the end of stdin.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--endpoint", default="fal-ai/qwen-image")
    parser.add_argument("--run-time", type=float, default=1.0)
    parser.add_argument("--concurrency-limit", type=int, default=None)
    parser.add_argument(
        "--no-status-stream", action="store_true", help="answer 405 to status streams: clients poll"
    )
    args = parser.parse_args()

    from fal_models.testing import Emulator, Fault

    emulator = Emulator(
        endpoints=[args.endpoint],
        run_time=args.run_time,
        concurrency_limit=args.concurrency_limit,
    )
    if args.no_status_stream:
        emulator.inject(Fault("stream", "error", 405, gateway=True, times=None))
    server = emulator.serve()
    httpd = server._httpd
    peak = 0
    stop = threading.Event()

    def watch() -> None:
        nonlocal peak
        while not stop.wait(0.002):
            with httpd.connections_lock:
                peak = max(peak, len(httpd.connections))

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    print(server.url, flush=True)
    seen = 0
    for _ in sys.stdin:
        with emulator._lock:
            log = emulator.log[seen:]
            seen = len(emulator.log)
        submits = [e for e in log if e.route == "submit"]
        times = os.times()
        print(
            json.dumps(
                {
                    "submits": len(submits),
                    "submissions": sum(1 for e in submits if e.request_id is not None),
                    "peak_connections": peak,
                    "cpu": times.user + times.system,
                }
            ),
            flush=True,
        )
        peak = 0
    stop.set()
    server.close()
    emulator.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
