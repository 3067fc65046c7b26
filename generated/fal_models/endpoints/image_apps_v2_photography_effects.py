# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-apps-v2/photography-effects` (Image Apps V2 Photography
Effects).
"""

from __future__ import annotations

from typing import ClassVar, Literal, Unpack

from fal_models._endpoint import AsyncEndpoint, SyncEndpoint
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._streams import AsyncEndpointStream, EndpointStream
from fal_models._types import (
    AsyncSubscribeOptions,
    Omit,
    RunOptions,
    StreamOptions,
    SubmitOptions,
    SubscribeOptions,
    omit,
)
from fal_models._uploads import FileInput
from fal_models.models.image_apps_v2_photography_effects import (
    AspectRatio,
    ImageAppsV2PhotographyEffectsInput,
    ImageAppsV2PhotographyEffectsOutput,
)

__all__ = [
    "ImageAppsV2PhotographyEffects",
    "AsyncImageAppsV2PhotographyEffects",
    "ImageAppsV2PhotographyEffectsInput",
    "ImageAppsV2PhotographyEffectsOutput",
]


class ImageAppsV2PhotographyEffects(
    SyncEndpoint[ImageAppsV2PhotographyEffectsInput, ImageAppsV2PhotographyEffectsOutput]
):
    """Image Apps V2 Photography Effects (`fal-ai/image-apps-v2/photography-effects`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/image-apps-v2/photography-effects/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/photography-effects"
    input_model: ClassVar[type[ImageAppsV2PhotographyEffectsInput]] = (
        ImageAppsV2PhotographyEffectsInput
    )
    output_model: ClassVar[type[ImageAppsV2PhotographyEffectsOutput]] = (
        ImageAppsV2PhotographyEffectsOutput
    )
    Input = ImageAppsV2PhotographyEffectsInput
    Output = ImageAppsV2PhotographyEffectsOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        effect_type: Literal[
            "film",
            "vintage_film",
            "portrait_photography",
            "fashion_photography",
            "street_photography",
            "sepia_tone",
            "film_grain",
            "light_leaks",
            "vignette_effect",
            "instant_camera",
            "golden_hour",
            "dramatic_lighting",
            "soft_focus",
            "bokeh_effect",
            "high_contrast",
            "double_exposure",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImageAppsV2PhotographyEffectsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Image URL for photography effects. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            effect_type: See fal's docs. Default: "film".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "effect_type": effect_type,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        effect_type: Literal[
            "film",
            "vintage_film",
            "portrait_photography",
            "fashion_photography",
            "street_photography",
            "sepia_tone",
            "film_grain",
            "light_leaks",
            "vignette_effect",
            "instant_camera",
            "golden_hour",
            "dramatic_lighting",
            "soft_focus",
            "bokeh_effect",
            "high_contrast",
            "double_exposure",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImageAppsV2PhotographyEffectsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Image URL for photography effects. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            effect_type: See fal's docs. Default: "film".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "effect_type": effect_type,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        effect_type: Literal[
            "film",
            "vintage_film",
            "portrait_photography",
            "fashion_photography",
            "street_photography",
            "sepia_tone",
            "film_grain",
            "light_leaks",
            "vignette_effect",
            "instant_camera",
            "golden_hour",
            "dramatic_lighting",
            "soft_focus",
            "bokeh_effect",
            "high_contrast",
            "double_exposure",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2PhotographyEffectsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Image URL for photography effects. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            effect_type: See fal's docs. Default: "film".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "effect_type": effect_type,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        effect_type: Literal[
            "film",
            "vintage_film",
            "portrait_photography",
            "fashion_photography",
            "street_photography",
            "sepia_tone",
            "film_grain",
            "light_leaks",
            "vignette_effect",
            "instant_camera",
            "golden_hour",
            "dramatic_lighting",
            "soft_focus",
            "bokeh_effect",
            "high_contrast",
            "double_exposure",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImageAppsV2PhotographyEffectsOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Image URL for photography effects. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            effect_type: See fal's docs. Default: "film".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "effect_type": effect_type,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)


class AsyncImageAppsV2PhotographyEffects(
    AsyncEndpoint[ImageAppsV2PhotographyEffectsInput, ImageAppsV2PhotographyEffectsOutput]
):
    """Image Apps V2 Photography Effects (`fal-ai/image-apps-v2/photography-effects`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/image-apps-v2/photography-effects/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/photography-effects"
    input_model: ClassVar[type[ImageAppsV2PhotographyEffectsInput]] = (
        ImageAppsV2PhotographyEffectsInput
    )
    output_model: ClassVar[type[ImageAppsV2PhotographyEffectsOutput]] = (
        ImageAppsV2PhotographyEffectsOutput
    )
    Input = ImageAppsV2PhotographyEffectsInput
    Output = ImageAppsV2PhotographyEffectsOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        effect_type: Literal[
            "film",
            "vintage_film",
            "portrait_photography",
            "fashion_photography",
            "street_photography",
            "sepia_tone",
            "film_grain",
            "light_leaks",
            "vignette_effect",
            "instant_camera",
            "golden_hour",
            "dramatic_lighting",
            "soft_focus",
            "bokeh_effect",
            "high_contrast",
            "double_exposure",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImageAppsV2PhotographyEffectsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Image URL for photography effects. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            effect_type: See fal's docs. Default: "film".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "effect_type": effect_type,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        effect_type: Literal[
            "film",
            "vintage_film",
            "portrait_photography",
            "fashion_photography",
            "street_photography",
            "sepia_tone",
            "film_grain",
            "light_leaks",
            "vignette_effect",
            "instant_camera",
            "golden_hour",
            "dramatic_lighting",
            "soft_focus",
            "bokeh_effect",
            "high_contrast",
            "double_exposure",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImageAppsV2PhotographyEffectsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Image URL for photography effects. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            effect_type: See fal's docs. Default: "film".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "effect_type": effect_type,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        effect_type: Literal[
            "film",
            "vintage_film",
            "portrait_photography",
            "fashion_photography",
            "street_photography",
            "sepia_tone",
            "film_grain",
            "light_leaks",
            "vignette_effect",
            "instant_camera",
            "golden_hour",
            "dramatic_lighting",
            "soft_focus",
            "bokeh_effect",
            "high_contrast",
            "double_exposure",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2PhotographyEffectsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Image URL for photography effects. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            effect_type: See fal's docs. Default: "film".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "effect_type": effect_type,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        effect_type: Literal[
            "film",
            "vintage_film",
            "portrait_photography",
            "fashion_photography",
            "street_photography",
            "sepia_tone",
            "film_grain",
            "light_leaks",
            "vignette_effect",
            "instant_camera",
            "golden_hour",
            "dramatic_lighting",
            "soft_focus",
            "bokeh_effect",
            "high_contrast",
            "double_exposure",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImageAppsV2PhotographyEffectsOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Image URL for photography effects. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            effect_type: See fal's docs. Default: "film".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "effect_type": effect_type,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)
