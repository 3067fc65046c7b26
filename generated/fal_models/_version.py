# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The package version (specs/release.yaml)."""

__version__ = "0.3.0"
