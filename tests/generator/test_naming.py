"""Names derived from endpoint ids: version boundaries stay readable in class names, and a
segment that starts with a digit is a public attribute and module name."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import naming
from tests.spec_set import repo_specs

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("endpoint_id", "stem"),
    [
        ("fal-ai/sana/v1.5/1.6b", "SanaV1_5_1_6b"),
        ("bria/reimagine/3.2", "BriaReimagine3_2"),
        ("fal-ai/bytedance/seedream/v4.5/edit", "BytedanceSeedreamV4_5Edit"),
        ("fal-ai/sam-3-1/image", "Sam3_1Image"),  # hyphens between digits count too
        ("fal-ai/wan/v2.2-a14b/text-to-image", "WanV2_2A14bTextToImage"),
        # Digit runs that do not touch need nothing.
        ("fal-ai/flux-2/klein/4b", "Flux2Klein4b"),
        ("fal-ai/bytedance/seedream/v4/text-to-image", "BytedanceSeedreamV4TextToImage"),
        ("fal-ai/gpt-image-1/text-to-image/byok", "GptImage1TextToImageByok"),
        ("3d-labs/model", "V3dLabsModel"),  # like the attribute `v3d_labs`
    ],
)
def test_class_stems_keep_digit_runs_apart(endpoint_id: str, stem: str) -> None:
    assert naming.class_stem(endpoint_id) == stem
    assert stem.isidentifier()


def test_ids_that_differ_only_by_a_version_boundary_get_distinct_classes() -> None:
    assert naming.class_stem("acme/m/v1.5/1.6b") != naming.class_stem("acme/m/v15/16b")
    assert naming.class_stem("acme/m/v1.5") != naming.class_stem("acme/m/v15")


@pytest.mark.parametrize(
    ("endpoint_id", "path", "module"),
    [
        ("fal-ai/flux-2/klein/4b", ("flux_2", "klein", "v4b"), "flux_2_klein_v4b"),
        ("fal-ai/flux-2/klein/9b/base/edit", ("flux_2", "klein", "v9b", "base", "edit"), None),
        ("bria/reimagine/3.2", ("bria", "reimagine", "v3_2"), "bria_reimagine_v3_2"),
        ("fal-ai/sana/v1.5/1.6b", ("sana", "v1_5", "v1_6b"), "sana_v1_5_v1_6b"),
        ("fal-ai/switti/512", ("switti", "v512"), "switti_v512"),
        ("fal-ai/bytedance/seedream/v4.5/edit", ("bytedance", "seedream", "v4_5", "edit"), None),
    ],
)
def test_digit_led_segments_are_public_names(
    endpoint_id: str, path: tuple[str, ...], module: str | None
) -> None:
    assert naming.attribute_path(endpoint_id) == path
    assert not any(part.startswith("_") for part in path)
    assert naming.module_name(endpoint_id) == (module or "_".join(path))


def test_field_names_that_start_with_a_digit_keep_their_own_rule() -> None:
    assert naming.field_python_name("2x") == "field_2x"
    assert naming.segment_name("2x") == "v2x"


def test_no_shipped_endpoint_has_a_private_looking_name() -> None:
    """The loader rejects clashing names; every name is public and free of `__`."""
    specs = repo_specs()
    for endpoint in specs.endpoints:
        assert not any(part.startswith("_") for part in endpoint.attribute_path), endpoint.id
        assert "__" not in endpoint.module and not endpoint.module.startswith("_"), endpoint.id


@pytest.mark.parametrize(
    ("endpoint_id", "path"),
    [
        ("fal-ai/demo/run", ("demo", "run_")),
        ("fal-ai/submit", ("submit_",)),
        ("acme/endpoint/v1.5", ("acme", "endpoint_", "v1_5")),
        ("fal-ai/class/from", ("class_", "from_")),
    ],
)
def test_attribute_segments_never_shadow_client_members(
    endpoint_id: str, path: tuple[str, ...]
) -> None:
    assert naming.attribute_path(endpoint_id) == path


def test_client_members_lists_every_public_member() -> None:
    """A new public method on a client or endpoint class must be added to CLIENT_MEMBERS."""
    from fal_models import AsyncEndpoint, SyncEndpoint
    from fal_models._clients import AsyncClientBase, SyncClientBase

    public = {
        name
        for cls in (SyncClientBase, AsyncClientBase, SyncEndpoint, AsyncEndpoint)
        for name in dir(cls)
        if not name.startswith("_")
    }
    assert public | {"endpoint"} <= naming.CLIENT_MEMBERS
