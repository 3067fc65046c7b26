"""The pipeline from specs/ to generated/, in the order it runs.

load (`yaml_source`: YAML with positions → `loader`: validated against `specs/spec.schema.json`,
types parsed by `type_expr`, names by `naming`, errors in `errors`) → intermediate model (`ir`,
walked by `graph`) → emit (`emit_models`: pydantic models through datamodel-code-generator, via
`json_schema`; `emit_client`: endpoint modules and the clients' tables from Jinja templates;
`emit_docs`: reference pages) → the table of products and their ingredients (`render`, digests in
`inputs`) → format (`format`: ruff) → write, re-making only what changed (`build`, with parsed
specs cached by `cache`). `paths` says where all of it lives; `version` reads the release.
"""
