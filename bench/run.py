"""`make bench`: run the benchmarks, print one table, write bench/results/<bench>.json.

python -m bench.run [generation rebuild import typecheck wire overhead scale download longjobs]
    [--quick]
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import tempfile
import time
from pathlib import Path

from bench.common import RESULTS, table, write

BENCHES = (
    "generation",
    "rebuild",
    "import",
    "typecheck",
    "wire",
    "overhead",
    "scale",
    "download",
    "longjobs",
)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("benches", nargs="*", help=f"any of {', '.join(BENCHES)} (default: all)")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (a smoke run)")
    args = parser.parse_args()
    started = time.perf_counter()
    results = []
    with tempfile.TemporaryDirectory(prefix="fal-bench-") as tmp:
        work = Path(tmp)
        for name in args.benches or BENCHES:
            t = time.perf_counter()
            print(f"[bench] {name} ...", file=sys.stderr, flush=True)
            result = importlib.import_module(f"bench.bench_{name}").main(work, quick=args.quick)
            result["seconds"] = round(time.perf_counter() - t, 1)
            write(name, result.pop("figures"), **{k: v for k, v in result.items() if k != "bench"})
            results.append(json.loads((RESULTS / f"{name}.json").read_text()))
            print(f"[bench] {name} took {result['seconds']} s", file=sys.stderr, flush=True)
    print(table(results))
    print(
        f"\ntotal {time.perf_counter() - started:.0f} s; JSON in {RESULTS.relative_to(Path.cwd()) if RESULTS.is_relative_to(Path.cwd()) else RESULTS}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
