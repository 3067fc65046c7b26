"""Runs the emulator's command line: `python -m fal_models.testing serve --port 8765`."""

from fal_models.testing._cli import main

raise SystemExit(main())
