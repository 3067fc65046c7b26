"""The runtime's Platform API models are what datamodel-code-generator makes of fal's document:
the committed schema subset is fal's, and the committed module is what `emit` gives for it."""

from __future__ import annotations

import json

import pytest

from generator.tools import platform_models
from tests.conftest import ROOT

FAL_DOCUMENT = ROOT.parent / "shared" / "fal-openapi" / "platform" / "openapi.json"


def test_the_committed_module_is_what_emit_makes_of_the_committed_schemas() -> None:
    subset = json.loads(platform_models.SUBSET.read_text(encoding="utf-8"))
    committed = platform_models.MODULE.read_text(encoding="utf-8")
    assert platform_models.emit(subset) == committed, (
        "run `python -m generator.tools.platform_models emit`"
    )


@pytest.mark.skipif(not FAL_DOCUMENT.exists(), reason="fal's Platform API document is not here")
def test_the_committed_schemas_are_fals() -> None:
    document = json.loads(FAL_DOCUMENT.read_text(encoding="utf-8"))
    committed = json.loads(platform_models.SUBSET.read_text(encoding="utf-8"))
    assert platform_models.extract(document) == committed


def test_the_models_read_fals_documented_examples() -> None:
    from fal_models._platform_models import CostEstimate, PricesPage

    page = PricesPage.model_validate(
        {
            "prices": [
                {
                    "endpoint_id": "fal-ai/flux/dev",
                    "unit_price": 0.025,
                    "unit": "image",
                    "currency": "USD",
                }
            ],
            "next_cursor": None,
            "has_more": False,
        }
    )
    assert page.prices[0].unit_price == 0.025
    found = CostEstimate.model_validate(
        {"estimate_type": "historical_api_price", "total_cost": 3.75, "currency": "USD"}
    )
    assert found.total_cost == 3.75
