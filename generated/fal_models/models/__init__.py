# Generated from specs/ by `python -m generator generate`. Do not edit.
"""Pydantic models of every endpoint's input and output."""
