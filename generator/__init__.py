"""Generates the typed fal client package `fal_models` from YAML specs.

- `generator.pipeline`: everything `python -m generator generate` runs, and the only code whose
  edits change what is generated.
- `generator.tools`: the maintainer's tools (import, re-import, scaffold, diff, release, record,
  cassettes); they may use the pipeline, which never imports them.
- `generator.__main__`: the command line, a thin dispatcher to both.
"""
