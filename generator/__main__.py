"""Command line: `python -m generator generate | check | import-openapi | new | record`."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import yaml

from generator import build
from generator.errors import SpecErrors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="regenerate generated/ from specs/ and templates/")
    gen.add_argument("--specs", type=Path, default=build.SPECS)
    gen.add_argument("--output", type=Path, default=build.OUTPUT)
    chk = sub.add_parser("check", help="fail if generated/ is stale or a spec is invalid")
    chk.add_argument("--specs", type=Path, default=build.SPECS)
    chk.add_argument("--output", type=Path, default=build.OUTPUT)
    imp = sub.add_parser("import-openapi", help="write specs from fal OpenAPI documents")
    imp.add_argument("documents", nargs="+")
    imp.add_argument("--specs", type=Path, default=build.SPECS)
    new = sub.add_parser("new", help="scaffold a commented spec for an endpoint, to fill in")
    new.add_argument("endpoint", help="endpoint id, e.g. fal-ai/my-model")
    new.add_argument("--category", default="text-to-image")
    new.add_argument("--specs", type=Path, default=build.SPECS)
    rec = sub.add_parser("record", help="record a real call as a contract-test cassette")
    rec.add_argument("endpoint", help="endpoint id, e.g. fal-ai/qwen-image")
    rec.add_argument("--input", required=True, help="JSON file with the input (wire names)")
    rec.add_argument("--scenario", required=True, help="cassette name, e.g. subscribe")
    rec.add_argument("--method", choices=("subscribe", "run", "cancel"), default="subscribe")
    rec.add_argument("--base-url", help="an emulator's URL (python -m fal_models.testing serve)")
    args = parser.parse_args(argv)
    if args.command == "record":
        from generator import record

        return record.main(args)
    try:
        if args.command == "generate":
            started = time.perf_counter()
            build.build(args.output, args.specs)
            print(f"generated {args.output} in {time.perf_counter() - started:.2f}s")
        elif args.command == "check":
            stale = build.stale_files(args.specs, args.output)
            if stale:
                print("generated/ differs from what specs/ and templates/ give:", file=sys.stderr)
                for path in stale:
                    print(f"  {path}", file=sys.stderr)
                print("run `make generate` and commit the result", file=sys.stderr)
                return 1
            print("generated/ is up to date")
        elif args.command == "new":
            from generator.scaffold import scaffold

            try:
                written = scaffold(args.endpoint, args.specs, args.category)
            except (ValueError, FileExistsError) as exc:
                print(f"error: {exc}", file=sys.stderr)
                return 2
            print(f"wrote {written}: fill it in, then `make generate`")
        elif args.command == "import-openapi":
            return _import(args.documents, args.specs)
    except SpecErrors as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        print(f"{len(exc.errors)} spec error(s)", file=sys.stderr)
        return 2
    return 0


def _import(documents: list[str], specs_dir: Path) -> int:
    from generator.importer import ImportError_, dump_spec, import_document, read_document
    from generator.reimport import merge

    shared = yaml.safe_load((specs_dir / "shared.yaml").read_text(encoding="utf-8"))["shared_types"]
    for source in documents:
        try:
            spec = import_document(read_document(source), shared)
        except (ImportError_, OSError) as exc:
            print(
                f"error: {source}: {exc}" if source not in str(exc) else f"error: {exc}",
                file=sys.stderr,
            )
            return 2
        spec["source"] = _source_label(source)
        out = specs_dir / "endpoints" / (spec["id"].replace("/", "__") + ".yaml")
        existing = yaml.safe_load(out.read_text(encoding="utf-8")) if out.exists() else None
        spec, messages = merge(spec, existing)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(dump_spec(spec), encoding="utf-8")
        print(f"{'updated' if existing else 'wrote'} {out}")
        for message in messages:
            print(f"  {message}")
    return 0


def _source_label(source: str) -> str:
    """A URL as given; a file relative to the repository root, so specs do not name one machine."""
    if "://" in source:
        return source
    return os.path.relpath(Path(source).resolve(), build.ROOT)


if __name__ == "__main__":
    sys.exit(main())
