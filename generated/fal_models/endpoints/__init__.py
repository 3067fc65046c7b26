# Generated from specs/ by `python -m generator generate`. Do not edit.
"""One module per fal endpoint, imported on first use."""
