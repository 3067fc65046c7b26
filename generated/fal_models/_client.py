# Generated from specs/ by `python -m generator generate`. Do not edit.
"""`FalClient` and `AsyncFalClient`: every endpoint as a typed attribute, loaded on first use."""

from __future__ import annotations

import difflib
import importlib
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

from fal_models._clients import AsyncClientBase, SyncClientBase
from fal_models._endpoint import AsyncEndpoint, SyncEndpoint

if TYPE_CHECKING:
    from fal_models.endpoints.bitdance import AsyncBitdance, Bitdance
    from fal_models.endpoints.bytedance_dreamina_v3_1_text_to_image import (
        AsyncBytedanceDreaminaV31TextToImage,
        BytedanceDreaminaV31TextToImage,
    )
    from fal_models.endpoints.bytedance_seedream_v3_text_to_image import (
        AsyncBytedanceSeedreamV3TextToImage,
        BytedanceSeedreamV3TextToImage,
    )
    from fal_models.endpoints.bytedance_seedream_v4_5_edit import (
        AsyncBytedanceSeedreamV45Edit,
        BytedanceSeedreamV45Edit,
    )
    from fal_models.endpoints.bytedance_seedream_v4_text_to_image import (
        AsyncBytedanceSeedreamV4TextToImage,
        BytedanceSeedreamV4TextToImage,
    )
    from fal_models.endpoints.gpt_image_1_text_to_image_byok import (
        AsyncGptImage1TextToImageByok,
        GptImage1TextToImageByok,
    )
    from fal_models.endpoints.ideogram_v3 import AsyncIdeogramV3, IdeogramV3
    from fal_models.endpoints.qwen_image import AsyncQwenImage, QwenImage

__all__ = ["AsyncFalClient", "FalClient", "ENDPOINT_IDS"]

# endpoint id → module under fal_models.endpoints and its class name (sync; async adds "Async").
_ENDPOINTS: dict[str, tuple[str, str]] = {
    "fal-ai/bitdance": ("bitdance", "Bitdance"),
    "fal-ai/bytedance/dreamina/v3.1/text-to-image": (
        "bytedance_dreamina_v3_1_text_to_image",
        "BytedanceDreaminaV31TextToImage",
    ),
    "fal-ai/bytedance/seedream/v3/text-to-image": (
        "bytedance_seedream_v3_text_to_image",
        "BytedanceSeedreamV3TextToImage",
    ),
    "fal-ai/bytedance/seedream/v4.5/edit": (
        "bytedance_seedream_v4_5_edit",
        "BytedanceSeedreamV45Edit",
    ),
    "fal-ai/bytedance/seedream/v4/text-to-image": (
        "bytedance_seedream_v4_text_to_image",
        "BytedanceSeedreamV4TextToImage",
    ),
    "fal-ai/gpt-image-1/text-to-image/byok": (
        "gpt_image_1_text_to_image_byok",
        "GptImage1TextToImageByok",
    ),
    "fal-ai/ideogram/v3": ("ideogram_v3", "IdeogramV3"),
    "fal-ai/qwen-image": ("qwen_image", "QwenImage"),
}
ENDPOINT_IDS: tuple[str, ...] = tuple(_ENDPOINTS)


def _endpoint_class(endpoint_id: str, prefix: str) -> Any:
    try:
        module, name = _ENDPOINTS[endpoint_id]
    except KeyError:
        close = difflib.get_close_matches(endpoint_id, _ENDPOINTS, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise KeyError(f"unknown endpoint {endpoint_id!r}{hint}") from None
    return getattr(importlib.import_module(f"fal_models.endpoints.{module}"), prefix + name)


_NODE_CLASSES: dict[tuple[str, str], Any] = {}


def _node_class(endpoint_id: str, prefix: str, children: type) -> Any:
    """An endpoint that is also a namespace (`client.flux_lora` and `client.flux_lora.inpainting`):
    its class is the endpoint class plus the namespace's attributes, made on first use so that
    the endpoint module is still imported only then."""
    key = (endpoint_id, prefix)
    cls = _NODE_CLASSES.get(key)
    if cls is None:
        endpoint = _endpoint_class(endpoint_id, prefix)
        body = {"__doc__": endpoint.__doc__, "__module__": endpoint.__module__}
        cls = _NODE_CLASSES[key] = type(endpoint.__name__, (children, endpoint), body)
    return cls


class _NS_bytedance__dreamina__v3_1:
    """`client.bytedance.dreamina.v3_1`: endpoints below this path."""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def text_to_image(self) -> BytedanceDreaminaV31TextToImage:
        """Bytedance Dreamina v3.1 Text to Image (`fal-ai/bytedance/dreamina/v3.1/text-to-image`)."""
        cls: type[BytedanceDreaminaV31TextToImage] = _endpoint_class(
            "fal-ai/bytedance/dreamina/v3.1/text-to-image", ""
        )
        return cls(self._client)


class _NS_bytedance__dreamina:
    """`client.bytedance.dreamina`: endpoints below this path."""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def v3_1(self) -> _NS_bytedance__dreamina__v3_1:
        """Endpoints under `client.bytedance.dreamina.v3_1`."""
        return _NS_bytedance__dreamina__v3_1(self._client)


class _NS_bytedance__seedream__v3:
    """`client.bytedance.seedream.v3`: endpoints below this path."""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def text_to_image(self) -> BytedanceSeedreamV3TextToImage:
        """Bytedance Seedream v3 Text to Image (`fal-ai/bytedance/seedream/v3/text-to-image`)."""
        cls: type[BytedanceSeedreamV3TextToImage] = _endpoint_class(
            "fal-ai/bytedance/seedream/v3/text-to-image", ""
        )
        return cls(self._client)


class _NS_bytedance__seedream__v4:
    """`client.bytedance.seedream.v4`: endpoints below this path."""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def text_to_image(self) -> BytedanceSeedreamV4TextToImage:
        """Bytedance Seedream v4 Text to Image (`fal-ai/bytedance/seedream/v4/text-to-image`)."""
        cls: type[BytedanceSeedreamV4TextToImage] = _endpoint_class(
            "fal-ai/bytedance/seedream/v4/text-to-image", ""
        )
        return cls(self._client)


class _NS_bytedance__seedream__v4_5:
    """`client.bytedance.seedream.v4_5`: endpoints below this path."""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def edit(self) -> BytedanceSeedreamV45Edit:
        """Bytedance Seedream v4.5 Edit (`fal-ai/bytedance/seedream/v4.5/edit`)."""
        cls: type[BytedanceSeedreamV45Edit] = _endpoint_class(
            "fal-ai/bytedance/seedream/v4.5/edit", ""
        )
        return cls(self._client)


class _NS_bytedance__seedream:
    """`client.bytedance.seedream`: endpoints below this path."""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def v3(self) -> _NS_bytedance__seedream__v3:
        """Endpoints under `client.bytedance.seedream.v3`."""
        return _NS_bytedance__seedream__v3(self._client)

    @cached_property
    def v4(self) -> _NS_bytedance__seedream__v4:
        """Endpoints under `client.bytedance.seedream.v4`."""
        return _NS_bytedance__seedream__v4(self._client)

    @cached_property
    def v4_5(self) -> _NS_bytedance__seedream__v4_5:
        """Endpoints under `client.bytedance.seedream.v4_5`."""
        return _NS_bytedance__seedream__v4_5(self._client)


class _NS_bytedance:
    """`client.bytedance`: endpoints below this path."""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def dreamina(self) -> _NS_bytedance__dreamina:
        """Endpoints under `client.bytedance.dreamina`."""
        return _NS_bytedance__dreamina(self._client)

    @cached_property
    def seedream(self) -> _NS_bytedance__seedream:
        """Endpoints under `client.bytedance.seedream`."""
        return _NS_bytedance__seedream(self._client)


class _NS_gpt_image_1__text_to_image:
    """`client.gpt_image_1.text_to_image`: endpoints below this path."""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def byok(self) -> GptImage1TextToImageByok:
        """GPT-Image-1 Text to Image (bring your own key) (`fal-ai/gpt-image-1/text-to-image/byok`)."""
        cls: type[GptImage1TextToImageByok] = _endpoint_class(
            "fal-ai/gpt-image-1/text-to-image/byok", ""
        )
        return cls(self._client)


class _NS_gpt_image_1:
    """`client.gpt_image_1`: endpoints below this path."""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def text_to_image(self) -> _NS_gpt_image_1__text_to_image:
        """Endpoints under `client.gpt_image_1.text_to_image`."""
        return _NS_gpt_image_1__text_to_image(self._client)


class _NS_ideogram:
    """`client.ideogram`: endpoints below this path."""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def v3(self) -> IdeogramV3:
        """Ideogram V3 (`fal-ai/ideogram/v3`)."""
        cls: type[IdeogramV3] = _endpoint_class("fal-ai/ideogram/v3", "")
        return cls(self._client)


class FalClient(SyncClientBase):
    """The blocking fal client: `client.<namespace>.<endpoint>.subscribe(...)`.

    Args:
        key: fal API key; defaults to FAL_KEY, then FAL_KEY_ID and FAL_KEY_SECRET.
        run_url: Base URL of synchronous runs (default https://fal.run).
        queue_url: Base URL of the queue (default https://queue.fal.run).
        rest_url: Base URL of fal's REST API, for storage (default https://rest.fal.ai).
        cdn_url: Base URL of fal's CDN, for uploads (default https://v3.fal.media).
        timeout: Default HTTP timeout in seconds, or an httpx.Timeout.
        max_retries: Retries for failed calls that are safe to repeat (default 2).
        default_headers: Headers sent with every request.
        inline_file_limit: Local files up to this many bytes go inline as data URIs
            (default 1 MiB); larger ones are uploaded to fal storage. 0 uploads every file.
        http_client: Your own httpx client (its transport, proxies, limits).
        limits: Connection-pool limits when no http_client is given.
    """

    @cached_property
    def bitdance(self) -> Bitdance:
        """BitDance Text to Image (`fal-ai/bitdance`)."""
        cls: type[Bitdance] = _endpoint_class("fal-ai/bitdance", "")
        return cls(self)

    @cached_property
    def bytedance(self) -> _NS_bytedance:
        """Endpoints under `client.bytedance`."""
        return _NS_bytedance(self)

    @cached_property
    def gpt_image_1(self) -> _NS_gpt_image_1:
        """Endpoints under `client.gpt_image_1`."""
        return _NS_gpt_image_1(self)

    @cached_property
    def ideogram(self) -> _NS_ideogram:
        """Endpoints under `client.ideogram`."""
        return _NS_ideogram(self)

    @cached_property
    def qwen_image(self) -> QwenImage:
        """Qwen Image (`fal-ai/qwen-image`)."""
        cls: type[QwenImage] = _endpoint_class("fal-ai/qwen-image", "")
        return cls(self)

    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/bitdance"]) -> Bitdance: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bytedance/dreamina/v3.1/text-to-image"]
    ) -> BytedanceDreaminaV31TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bytedance/seedream/v3/text-to-image"]
    ) -> BytedanceSeedreamV3TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bytedance/seedream/v4.5/edit"]
    ) -> BytedanceSeedreamV45Edit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bytedance/seedream/v4/text-to-image"]
    ) -> BytedanceSeedreamV4TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/gpt-image-1/text-to-image/byok"]
    ) -> GptImage1TextToImageByok: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ideogram/v3"]) -> IdeogramV3: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/qwen-image"]) -> QwenImage: ...
    @overload
    def endpoint(self, endpoint_id: str) -> SyncEndpoint[Any, Any]: ...
    def endpoint(self, endpoint_id: str) -> SyncEndpoint[Any, Any]:
        """The endpoint with this fal id, e.g. `client.endpoint("fal-ai/qwen-image")`."""
        endpoint: SyncEndpoint[Any, Any] = _endpoint_class(endpoint_id, "")(self)
        return endpoint


class _AsyncNS_bytedance__dreamina__v3_1:
    """`client.bytedance.dreamina.v3_1`: endpoints below this path."""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def text_to_image(self) -> AsyncBytedanceDreaminaV31TextToImage:
        """Bytedance Dreamina v3.1 Text to Image (`fal-ai/bytedance/dreamina/v3.1/text-to-image`)."""
        cls: type[AsyncBytedanceDreaminaV31TextToImage] = _endpoint_class(
            "fal-ai/bytedance/dreamina/v3.1/text-to-image", "Async"
        )
        return cls(self._client)


class _AsyncNS_bytedance__dreamina:
    """`client.bytedance.dreamina`: endpoints below this path."""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def v3_1(self) -> _AsyncNS_bytedance__dreamina__v3_1:
        """Endpoints under `client.bytedance.dreamina.v3_1`."""
        return _AsyncNS_bytedance__dreamina__v3_1(self._client)


class _AsyncNS_bytedance__seedream__v3:
    """`client.bytedance.seedream.v3`: endpoints below this path."""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def text_to_image(self) -> AsyncBytedanceSeedreamV3TextToImage:
        """Bytedance Seedream v3 Text to Image (`fal-ai/bytedance/seedream/v3/text-to-image`)."""
        cls: type[AsyncBytedanceSeedreamV3TextToImage] = _endpoint_class(
            "fal-ai/bytedance/seedream/v3/text-to-image", "Async"
        )
        return cls(self._client)


class _AsyncNS_bytedance__seedream__v4:
    """`client.bytedance.seedream.v4`: endpoints below this path."""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def text_to_image(self) -> AsyncBytedanceSeedreamV4TextToImage:
        """Bytedance Seedream v4 Text to Image (`fal-ai/bytedance/seedream/v4/text-to-image`)."""
        cls: type[AsyncBytedanceSeedreamV4TextToImage] = _endpoint_class(
            "fal-ai/bytedance/seedream/v4/text-to-image", "Async"
        )
        return cls(self._client)


class _AsyncNS_bytedance__seedream__v4_5:
    """`client.bytedance.seedream.v4_5`: endpoints below this path."""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def edit(self) -> AsyncBytedanceSeedreamV45Edit:
        """Bytedance Seedream v4.5 Edit (`fal-ai/bytedance/seedream/v4.5/edit`)."""
        cls: type[AsyncBytedanceSeedreamV45Edit] = _endpoint_class(
            "fal-ai/bytedance/seedream/v4.5/edit", "Async"
        )
        return cls(self._client)


class _AsyncNS_bytedance__seedream:
    """`client.bytedance.seedream`: endpoints below this path."""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def v3(self) -> _AsyncNS_bytedance__seedream__v3:
        """Endpoints under `client.bytedance.seedream.v3`."""
        return _AsyncNS_bytedance__seedream__v3(self._client)

    @cached_property
    def v4(self) -> _AsyncNS_bytedance__seedream__v4:
        """Endpoints under `client.bytedance.seedream.v4`."""
        return _AsyncNS_bytedance__seedream__v4(self._client)

    @cached_property
    def v4_5(self) -> _AsyncNS_bytedance__seedream__v4_5:
        """Endpoints under `client.bytedance.seedream.v4_5`."""
        return _AsyncNS_bytedance__seedream__v4_5(self._client)


class _AsyncNS_bytedance:
    """`client.bytedance`: endpoints below this path."""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def dreamina(self) -> _AsyncNS_bytedance__dreamina:
        """Endpoints under `client.bytedance.dreamina`."""
        return _AsyncNS_bytedance__dreamina(self._client)

    @cached_property
    def seedream(self) -> _AsyncNS_bytedance__seedream:
        """Endpoints under `client.bytedance.seedream`."""
        return _AsyncNS_bytedance__seedream(self._client)


class _AsyncNS_gpt_image_1__text_to_image:
    """`client.gpt_image_1.text_to_image`: endpoints below this path."""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def byok(self) -> AsyncGptImage1TextToImageByok:
        """GPT-Image-1 Text to Image (bring your own key) (`fal-ai/gpt-image-1/text-to-image/byok`)."""
        cls: type[AsyncGptImage1TextToImageByok] = _endpoint_class(
            "fal-ai/gpt-image-1/text-to-image/byok", "Async"
        )
        return cls(self._client)


class _AsyncNS_gpt_image_1:
    """`client.gpt_image_1`: endpoints below this path."""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def text_to_image(self) -> _AsyncNS_gpt_image_1__text_to_image:
        """Endpoints under `client.gpt_image_1.text_to_image`."""
        return _AsyncNS_gpt_image_1__text_to_image(self._client)


class _AsyncNS_ideogram:
    """`client.ideogram`: endpoints below this path."""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def v3(self) -> AsyncIdeogramV3:
        """Ideogram V3 (`fal-ai/ideogram/v3`)."""
        cls: type[AsyncIdeogramV3] = _endpoint_class("fal-ai/ideogram/v3", "Async")
        return cls(self._client)


class AsyncFalClient(AsyncClientBase):
    """The asyncio fal client: `client.<namespace>.<endpoint>.subscribe(...)`.

    Args:
        key: fal API key; defaults to FAL_KEY, then FAL_KEY_ID and FAL_KEY_SECRET.
        run_url: Base URL of synchronous runs (default https://fal.run).
        queue_url: Base URL of the queue (default https://queue.fal.run).
        rest_url: Base URL of fal's REST API, for storage (default https://rest.fal.ai).
        cdn_url: Base URL of fal's CDN, for uploads (default https://v3.fal.media).
        timeout: Default HTTP timeout in seconds, or an httpx.Timeout.
        max_retries: Retries for failed calls that are safe to repeat (default 2).
        default_headers: Headers sent with every request.
        inline_file_limit: Local files up to this many bytes go inline as data URIs
            (default 1 MiB); larger ones are uploaded to fal storage. 0 uploads every file.
        http_client: Your own httpx client (its transport, proxies, limits).
        limits: Connection-pool limits when no http_client is given.
    """

    @cached_property
    def bitdance(self) -> AsyncBitdance:
        """BitDance Text to Image (`fal-ai/bitdance`)."""
        cls: type[AsyncBitdance] = _endpoint_class("fal-ai/bitdance", "Async")
        return cls(self)

    @cached_property
    def bytedance(self) -> _AsyncNS_bytedance:
        """Endpoints under `client.bytedance`."""
        return _AsyncNS_bytedance(self)

    @cached_property
    def gpt_image_1(self) -> _AsyncNS_gpt_image_1:
        """Endpoints under `client.gpt_image_1`."""
        return _AsyncNS_gpt_image_1(self)

    @cached_property
    def ideogram(self) -> _AsyncNS_ideogram:
        """Endpoints under `client.ideogram`."""
        return _AsyncNS_ideogram(self)

    @cached_property
    def qwen_image(self) -> AsyncQwenImage:
        """Qwen Image (`fal-ai/qwen-image`)."""
        cls: type[AsyncQwenImage] = _endpoint_class("fal-ai/qwen-image", "Async")
        return cls(self)

    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/bitdance"]) -> AsyncBitdance: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bytedance/dreamina/v3.1/text-to-image"]
    ) -> AsyncBytedanceDreaminaV31TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bytedance/seedream/v3/text-to-image"]
    ) -> AsyncBytedanceSeedreamV3TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bytedance/seedream/v4.5/edit"]
    ) -> AsyncBytedanceSeedreamV45Edit: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/bytedance/seedream/v4/text-to-image"]
    ) -> AsyncBytedanceSeedreamV4TextToImage: ...
    @overload
    def endpoint(
        self, endpoint_id: Literal["fal-ai/gpt-image-1/text-to-image/byok"]
    ) -> AsyncGptImage1TextToImageByok: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/ideogram/v3"]) -> AsyncIdeogramV3: ...
    @overload
    def endpoint(self, endpoint_id: Literal["fal-ai/qwen-image"]) -> AsyncQwenImage: ...
    @overload
    def endpoint(self, endpoint_id: str) -> AsyncEndpoint[Any, Any]: ...
    def endpoint(self, endpoint_id: str) -> AsyncEndpoint[Any, Any]:
        """The endpoint with this fal id, e.g. `client.endpoint("fal-ai/qwen-image")`."""
        endpoint: AsyncEndpoint[Any, Any] = _endpoint_class(endpoint_id, "Async")(self)
        return endpoint
