"""Where the cassettes live; the calls they name run through generator.record's `perform`."""

from __future__ import annotations

from pathlib import Path

from generator.tools.record import Outcome, perform, perform_async

ROOT = Path(__file__).resolve().parents[2]
CASSETTES = ROOT / "tests" / "cassettes"

__all__ = ["CASSETTES", "ROOT", "Outcome", "perform", "perform_async"]
