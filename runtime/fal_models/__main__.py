"""`python -m fal_models`: the `fal-models` command line."""

from fal_models._cli import main

raise SystemExit(main())
