"""What a type checker sees of the generated package (pyright, from the dev extra): its public
types are complete (`--verifytypes`), a misspelt endpoint id is a type error, deprecated
endpoints are flagged (PEP 702) and the precise output types come through."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
GENERATED = REPO / "generated"
MIN_COMPLETENESS = 0.95

pytestmark = pytest.mark.long  # each pyright run reads the whole package: a minute or more

SCRIPT = """\
from fal_models import AsyncFalClient, FalClient

client = FalClient()
misspelt = client.endpoint("fal-ai/qwen-imag")
qwen = client.endpoint("fal-ai/qwen-image")
out = qwen.run(prompt="a red fox")
reveal_type(out)
reveal_type(out.response_info)
reveal_type(client.qwen_image.submit(prompt="a fox"))
old = client.bytedance.seedream.v3.text_to_image
old_by_id = client.endpoint("fal-ai/bytedance/seedream/v3/text-to-image")
old_by_id.run(prompt="x")
reveal_type(client.any_endpoint("fal-ai/" + "qwen-image"))
reveal_type(AsyncFalClient().endpoint("fal-ai/qwen-image"))
"""


def _pyright(args: list[str], cwd: Path) -> dict[str, Any]:
    """pyright's JSON report; it reads the package from the generated tree, as an installed
    package would be read."""
    env = dict(os.environ, PYTHONPATH=str(GENERATED))
    command = [sys.executable, "-m", "pyright", "--pythonpath", sys.executable, "--outputjson"]
    done = subprocess.run(
        [*command, *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def test_verifytypes_finds_the_public_types_complete(tmp_path: Path) -> None:
    report = _pyright(["--verifytypes", "fal_models", "--ignoreexternal"], tmp_path)
    completeness = report["typeCompleteness"]
    assert completeness["exportedSymbolCounts"]["withKnownType"] > 10_000, completeness
    unknown = [
        (s["name"], [d["message"] for d in s["diagnostics"]])
        for s in completeness["symbols"]
        if not s["isTypeKnown"] or s.get("isTypeAmbiguous")
    ]
    assert completeness["completenessScore"] >= MIN_COMPLETENESS, unknown[:20]


def test_a_checker_sees_misspelt_ids_deprecations_and_output_types(tmp_path: Path) -> None:
    script = tmp_path / "script.py"
    script.write_text(SCRIPT)
    config = {"pythonVersion": "3.11", "reportDeprecated": "error"}
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config))
    report = _pyright([str(script)], tmp_path)
    by_line: dict[int, list[tuple[str, str]]] = {}
    for d in report["generalDiagnostics"]:
        by_line.setdefault(d["range"]["start"]["line"] + 1, []).append(
            (d["severity"], d["message"])
        )
    errors = {line: msgs for line, msgs in by_line.items() if any(s == "error" for s, _ in msgs)}
    assert sorted(errors) == [4, 10, 11, 12], by_line  # nothing else is flagged
    assert any("No overloads" in m for _, m in errors[4])
    assert any("text_to_image" in m and "deprecated" in m for _, m in errors[10])
    assert any("endpoint" in m and "deprecated" in m for _, m in errors[11])
    assert any('"run"' in m and "deprecated" in m for _, m in errors[12])
    revealed = {line: m for line, msgs in by_line.items() for s, m in msgs if s == "information"}
    assert revealed[7].endswith('is "QwenImageOutput"')
    assert revealed[8].endswith('is "ResponseInfo"')
    assert revealed[9].endswith('is "RequestHandle[QwenImageOutput]"')
    assert revealed[13].endswith('is "Any"')  # an id only known at run time
    assert revealed[14].endswith('is "AsyncQwenImage"')
