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


class _BytedanceDreaminaV31Namespace:
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


class _BytedanceDreaminaNamespace:
    """`client.bytedance.dreamina`: endpoints below this path."""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def v3_1(self) -> _BytedanceDreaminaV31Namespace:
        """Endpoints under `client.bytedance.dreamina.v3_1`."""
        return _BytedanceDreaminaV31Namespace(self._client)


class _BytedanceSeedreamV3Namespace:
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


class _BytedanceSeedreamV4Namespace:
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


class _BytedanceSeedreamV45Namespace:
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


class _BytedanceSeedreamNamespace:
    """`client.bytedance.seedream`: endpoints below this path."""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def v3(self) -> _BytedanceSeedreamV3Namespace:
        """Endpoints under `client.bytedance.seedream.v3`."""
        return _BytedanceSeedreamV3Namespace(self._client)

    @cached_property
    def v4(self) -> _BytedanceSeedreamV4Namespace:
        """Endpoints under `client.bytedance.seedream.v4`."""
        return _BytedanceSeedreamV4Namespace(self._client)

    @cached_property
    def v4_5(self) -> _BytedanceSeedreamV45Namespace:
        """Endpoints under `client.bytedance.seedream.v4_5`."""
        return _BytedanceSeedreamV45Namespace(self._client)


class _BytedanceNamespace:
    """`client.bytedance`: endpoints below this path."""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def dreamina(self) -> _BytedanceDreaminaNamespace:
        """Endpoints under `client.bytedance.dreamina`."""
        return _BytedanceDreaminaNamespace(self._client)

    @cached_property
    def seedream(self) -> _BytedanceSeedreamNamespace:
        """Endpoints under `client.bytedance.seedream`."""
        return _BytedanceSeedreamNamespace(self._client)


class _GptImage1TextToImageNamespace:
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


class _GptImage1Namespace:
    """`client.gpt_image_1`: endpoints below this path."""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    @cached_property
    def text_to_image(self) -> _GptImage1TextToImageNamespace:
        """Endpoints under `client.gpt_image_1.text_to_image`."""
        return _GptImage1TextToImageNamespace(self._client)


class _IdeogramNamespace:
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
    def bytedance(self) -> _BytedanceNamespace:
        """Endpoints under `client.bytedance`."""
        return _BytedanceNamespace(self)

    @cached_property
    def gpt_image_1(self) -> _GptImage1Namespace:
        """Endpoints under `client.gpt_image_1`."""
        return _GptImage1Namespace(self)

    @cached_property
    def ideogram(self) -> _IdeogramNamespace:
        """Endpoints under `client.ideogram`."""
        return _IdeogramNamespace(self)

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


class _AsyncBytedanceDreaminaV31Namespace:
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


class _AsyncBytedanceDreaminaNamespace:
    """`client.bytedance.dreamina`: endpoints below this path."""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def v3_1(self) -> _AsyncBytedanceDreaminaV31Namespace:
        """Endpoints under `client.bytedance.dreamina.v3_1`."""
        return _AsyncBytedanceDreaminaV31Namespace(self._client)


class _AsyncBytedanceSeedreamV3Namespace:
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


class _AsyncBytedanceSeedreamV4Namespace:
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


class _AsyncBytedanceSeedreamV45Namespace:
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


class _AsyncBytedanceSeedreamNamespace:
    """`client.bytedance.seedream`: endpoints below this path."""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def v3(self) -> _AsyncBytedanceSeedreamV3Namespace:
        """Endpoints under `client.bytedance.seedream.v3`."""
        return _AsyncBytedanceSeedreamV3Namespace(self._client)

    @cached_property
    def v4(self) -> _AsyncBytedanceSeedreamV4Namespace:
        """Endpoints under `client.bytedance.seedream.v4`."""
        return _AsyncBytedanceSeedreamV4Namespace(self._client)

    @cached_property
    def v4_5(self) -> _AsyncBytedanceSeedreamV45Namespace:
        """Endpoints under `client.bytedance.seedream.v4_5`."""
        return _AsyncBytedanceSeedreamV45Namespace(self._client)


class _AsyncBytedanceNamespace:
    """`client.bytedance`: endpoints below this path."""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def dreamina(self) -> _AsyncBytedanceDreaminaNamespace:
        """Endpoints under `client.bytedance.dreamina`."""
        return _AsyncBytedanceDreaminaNamespace(self._client)

    @cached_property
    def seedream(self) -> _AsyncBytedanceSeedreamNamespace:
        """Endpoints under `client.bytedance.seedream`."""
        return _AsyncBytedanceSeedreamNamespace(self._client)


class _AsyncGptImage1TextToImageNamespace:
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


class _AsyncGptImage1Namespace:
    """`client.gpt_image_1`: endpoints below this path."""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def text_to_image(self) -> _AsyncGptImage1TextToImageNamespace:
        """Endpoints under `client.gpt_image_1.text_to_image`."""
        return _AsyncGptImage1TextToImageNamespace(self._client)


class _AsyncIdeogramNamespace:
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
    def bytedance(self) -> _AsyncBytedanceNamespace:
        """Endpoints under `client.bytedance`."""
        return _AsyncBytedanceNamespace(self)

    @cached_property
    def gpt_image_1(self) -> _AsyncGptImage1Namespace:
        """Endpoints under `client.gpt_image_1`."""
        return _AsyncGptImage1Namespace(self)

    @cached_property
    def ideogram(self) -> _AsyncIdeogramNamespace:
        """Endpoints under `client.ideogram`."""
        return _AsyncIdeogramNamespace(self)

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
