"""The maintainer's tools: they read and write specs/ and tests/, and may use the pipeline.

`importer` + `reimport` (fal's OpenAPI documents → specs, keeping hand edits), `scaffold` (a
commented spec to fill in), `diff` (API changes between two spec versions and the bump they
imply), `release` (version and changelog from the diff; `revisions` reads specs at a git
revision), `record` + `cassette` (contract-test cassettes, recorded through the generated client).
"""
