"""Command line: `python -m generator generate | check | import-openapi | sync | new | diff | release
| record`."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from generator.pipeline import build
from generator.pipeline.errors import EmitError, SpecErrors, StageErrors
from generator.pipeline.format import FormatError
from generator.pipeline.paths import OUTPUT, ROOT, SPECS
from generator.pipeline.progress import Progress


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="regenerate generated/ from specs/ and templates/")
    gen.add_argument("--specs", type=Path, default=SPECS)
    gen.add_argument("--output", type=Path, default=OUTPUT)
    full = "ignore generated/.manifest.json: rebuild everything (see generator/pipeline/build.py)"
    gen.add_argument("--full", action="store_true", help=full)
    gen.add_argument(
        "--keep-going",
        action="store_true",
        help="build every endpoint that has no error, list the others and exit 1",
    )
    chk = sub.add_parser("check", help="fail if generated/ is stale or a spec is invalid")
    chk.add_argument("--specs", type=Path, default=SPECS)
    chk.add_argument("--output", type=Path, default=OUTPUT)
    chk.add_argument("--full", action="store_true", help=full)
    imp = sub.add_parser("import-openapi", help="write specs from fal OpenAPI documents")
    imp.add_argument("documents", nargs="+")
    imp.add_argument("--specs", type=Path, default=SPECS)
    syn = sub.add_parser(
        "sync",
        help="refresh specs/ from fal's models catalogue (GET /v1/models) and report the API diff",
        description="Import every model fal lists as active (GET {api}/models?status=active&"
        "expand=openapi-3.0), re-import changed ones keeping hand edits, and deprecate the specs "
        "in scope that fal no longer lists; never delete. Prints the API diff of specs/ before and "
        "after (as `diff` does) and what was new, changed, deprecated, unchanged and not "
        "refreshed. FAL_KEY, when set, is sent for a higher rate limit. Exit status: 0; 3 when a "
        "change at or above --fail-on was found; 2 on errors.",
    )
    syn.add_argument("--api-url", help="fal's Platform API (default: https://api.fal.ai/v1)")
    syn.add_argument(
        "--category",
        action="append",
        default=[],
        help="only this fal category, e.g. text-to-image (repeatable)",
    )
    syn.add_argument(
        "--endpoint",
        action="append",
        default=[],
        help="only this endpoint id, e.g. fal-ai/qwen-image (repeatable)",
    )
    syn.add_argument("--dry-run", action="store_true", help="report only: change nothing in specs/")
    syn.add_argument("--report", type=Path, help="also write the Markdown report to this file")
    syn.add_argument(
        "--fail-on",
        choices=("breaking", "behaviour", "never"),
        default="breaking",
        help="exit 3 when a change this severe or worse is found (default: breaking)",
    )
    syn.add_argument("--specs", type=Path, default=SPECS)
    new = sub.add_parser("new", help="scaffold a commented spec for an endpoint, to fill in")
    new.add_argument("endpoint", help="endpoint id, e.g. fal-ai/my-model")
    new.add_argument("--category", default="text-to-image")
    new.add_argument("--specs", type=Path, default=SPECS)
    rel = sub.add_parser(
        "release", help="bump specs/release.yaml and specs/CHANGELOG.md by the API diff"
    )
    rel.add_argument("--specs", type=Path, default=SPECS)
    rel.add_argument("--dry-run", action="store_true", help="print the entry, change nothing")
    rel.add_argument(
        "--notes",
        type=Path,
        help="a Markdown file added to the entry under Notes: changes the spec diff cannot see",
    )
    dif = sub.add_parser(
        "diff",
        help="report the API changes between two spec versions and the version bump they need",
        description="Compare two versions of the specs field by field and print a Markdown report "
        "(Needs attention first, then per endpoint, with the implied bump). OLD and NEW are each "
        "a spec folder (with endpoints/ and shared.yaml), a repository root holding specs/, or a "
        "git revision of the current repository. When OLD is a root or revision holding the "
        "generated package, the importable names NEW's specs would rename are listed too. "
        "Exit status: 0 when nothing at or above "
        "--fail-on changed, 3 when something did, 2 on spec errors.",
    )
    dif.add_argument("old", help="spec folder, repository root or git revision, e.g. HEAD~1")
    dif.add_argument("new", help="spec folder, repository root or git revision, e.g. specs")
    dif.add_argument("--json", type=Path, help="also write the report as JSON to this file")
    dif.add_argument("--markdown", type=Path, help="also write the Markdown report to this file")
    dif.add_argument(
        "--fail-on",
        choices=("breaking", "behaviour", "never"),
        default="breaking",
        help="exit 3 when a change this severe or worse is found (default: breaking)",
    )
    rec = sub.add_parser("record", help="record a real call as a contract-test cassette")
    rec.add_argument("endpoint", help="endpoint id, e.g. fal-ai/qwen-image")
    rec.add_argument("--input", required=True, help="JSON file with the input (wire names)")
    rec.add_argument("--scenario", required=True, help="cassette name, e.g. subscribe")
    rec.add_argument("--method", choices=("subscribe", "run", "cancel"), default="subscribe")
    rec.add_argument("--base-url", help="an emulator's URL (python -m fal_models.testing serve)")
    args = parser.parse_args(argv)
    if args.command == "record":
        from generator.tools import record

        return record.main(args)
    try:
        if args.command == "generate":
            started = time.perf_counter()
            outcome = build.build(
                args.output,
                args.specs,
                full=args.full,
                keep_going=args.keep_going,
                progress=Progress(),
            )
            print(
                f"generated {args.output} in {time.perf_counter() - started:.2f}s:"
                f" {len(outcome.made)} files made, {outcome.formatted} formatted,"
                f" {len(outcome.changed)} written or removed"
            )
            if outcome.left_out:
                for reasons in outcome.left_out.values():
                    for reason in reasons:
                        print(reason, file=sys.stderr)
                print(f"{len(outcome.left_out)} endpoint spec(s) left out:", file=sys.stderr)
                for spec in outcome.left_out:
                    print(f"  {spec}", file=sys.stderr)
                return 1
        elif args.command == "check":
            stale = build.stale_files(args.specs, args.output, full=args.full)
            if stale:
                print("generated/ differs from what specs/ and templates/ give:", file=sys.stderr)
                for path in stale:
                    print(f"  {path}", file=sys.stderr)
                print("run `make generate` and commit the result", file=sys.stderr)
                return 1
            print("generated/ is up to date")
        elif args.command == "new":
            from generator.tools.scaffold import scaffold

            try:
                written = scaffold(args.endpoint, args.specs, args.category)
            except (ValueError, FileExistsError) as exc:
                print(f"error: {exc}", file=sys.stderr)
                return 2
            print(f"wrote {written}: fill it in, then `make generate`")
        elif args.command == "release":
            return _release(args.specs, args.dry_run, args.notes)
        elif args.command == "import-openapi":
            return _import(args.documents, args.specs)
        elif args.command == "diff":
            return _diff(args)
        elif args.command == "sync":
            return _sync(args)
    except SpecErrors as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        print(f"{len(exc.errors)} spec error(s)", file=sys.stderr)
        return 2
    except StageErrors as exc:
        for stage_error in exc.errors:
            print(stage_error, file=sys.stderr)
        print(
            f"{len(exc.errors)} error(s) after loading the specs"
            " (`generate --keep-going` builds the rest)",
            file=sys.stderr,
        )
        return 2
    except (EmitError, FormatError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def _import(documents: list[str], specs_dir: Path) -> int:
    from generator.tools.importer import ImportError_, read_document
    from generator.tools.spec_import import SpecImporter

    importer = SpecImporter(specs_dir)
    for source in documents:
        try:
            result = importer.imported(read_document(source), _source_label(source))
        except (ImportError_, OSError) as exc:
            print(
                f"error: {source}: {exc}" if source not in str(exc) else f"error: {exc}",
                file=sys.stderr,
            )
            return 2
        result.write()
        print(f"{'updated' if result.before is not None else 'wrote'} {result.path}")
        for message in result.messages:
            print(f"  {message}")
    return 0


def _sync(args: argparse.Namespace) -> int:
    from generator.tools.catalogue_api import DEFAULT_API_URL, CatalogueClient, CatalogueError
    from generator.tools.sync import Progress, Scope, sync

    progress = Progress()
    scope = Scope(tuple(args.category), tuple(args.endpoint))
    client = CatalogueClient(
        args.api_url or DEFAULT_API_URL,
        os.environ.get("FAL_KEY") or None,
        on_page=lambda pages, models: progress(f"listing fal's models: page {pages}, {models}"),
    )
    try:
        with progress, client:
            result = sync(client, args.specs, scope, dry_run=args.dry_run, progress=progress)
    except CatalogueError as exc:
        print(f"error: {exc}; {args.specs} not changed", file=sys.stderr)
        return 2
    except SpecErrors:
        print(f"spec errors: {args.specs} not changed", file=sys.stderr)
        raise
    report = result.markdown()
    print(report, end="")
    if args.report:
        args.report.write_text(report, encoding="utf-8")
    written = (
        "dry run: nothing written" if args.dry_run else f"{len(result.written)} spec(s) written"
    )
    print(f"\nsync: {result.summary()} ({written})")
    if result.failed:
        return 2
    failed = args.fail_on != "never" and result.diff.has_at_least(args.fail_on)
    return 3 if failed else 0


def _release(specs_dir: Path, dry_run: bool, notes: Path | None) -> int:
    from generator.tools.release import ReleaseError, release
    from generator.tools.revisions import RevisionError

    try:
        text = notes.read_text(encoding="utf-8") if notes else None
        released = release(specs_dir, dry_run=dry_run, notes=text)
    except (ReleaseError, RevisionError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if released is None:
        print("the API has not changed since the last release: nothing to release")
        return 0
    version, entry = released
    print(entry)
    if dry_run:
        print(f"(dry run) the next version would be {version}")
    else:
        print(f"released {version}: run `make generate` and commit specs/ and generated/")
    return 0


def _diff(args: argparse.Namespace) -> int:
    """Load OLD and NEW (folders, or git revisions extracted into a temporary folder), compare;
    when OLD is a repository root or a revision with a generated package, add what NEW renames."""
    import json
    import tempfile

    from generator.pipeline.loader import load_specs
    from generator.tools.diff import compare
    from generator.tools.renames import committed_names, names_in, renamed, rendered_names
    from generator.tools.revisions import RevisionError, folder_at, git

    loaded = []
    old_names = None
    with tempfile.TemporaryDirectory(prefix="fal-models-diff-") as tmp:
        for label, given in (("OLD", args.old), ("NEW", args.new)):
            folder = Path(given)
            if (folder / "specs" / "endpoints").is_dir():
                old_names = names_in(folder / OUTPUT.name) if label == "OLD" else old_names
                folder = folder / "specs"
            elif not (folder / "endpoints").is_dir():
                try:
                    top = Path(git(Path.cwd(), "rev-parse", "--show-toplevel"))
                    folder = folder_at(given, top / "specs", Path(tmp) / label)
                    if label == "OLD":
                        old_names = committed_names(given, top / OUTPUT.name)
                except RevisionError as exc:
                    print(
                        f"error: {label} {given!r} is neither a spec folder nor a git revision "
                        f"with specs/ ({exc})",
                        file=sys.stderr,
                    )
                    return 2
            try:
                loaded.append(load_specs(folder))
            except SpecErrors:
                print(f"{label} ({given}) has spec errors:", file=sys.stderr)
                raise
    diff = compare(loaded[0], loaded[1])
    if old_names:
        diff = diff.including(renamed(old_names, rendered_names(loaded[1], set(old_names))))
    report = diff.markdown()
    print(report, end="")
    if args.markdown:
        args.markdown.write_text(report, encoding="utf-8")
    if args.json:
        text = json.dumps(diff.as_json(), indent=2, sort_keys=True) + "\n"
        args.json.write_text(text, encoding="utf-8")
    failed = args.fail_on != "never" and diff.has_at_least(args.fail_on)
    return 3 if failed else 0


def _source_label(source: str) -> str:
    """A URL as given; a file relative to the repository root, so specs do not name one machine."""
    if "://" in source:
        return source
    # abspath, not resolve: a symlinked checkout of the shared documents keeps its own path.
    return os.path.relpath(os.path.abspath(source), ROOT)


if __name__ == "__main__":
    sys.exit(main())
