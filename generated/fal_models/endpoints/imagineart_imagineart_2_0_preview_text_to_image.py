# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `imagineart/imagineart-2.0-preview/text-to-image` (Imagineart Imagineart
2.0 Preview Text To Image).
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
from fal_models.models.imagineart_imagineart_2_0_preview_text_to_image import (
    ImagineartImagineart2_0PreviewTextToImageInput,
    ImagineartImagineart2_0PreviewTextToImageOutput,
)

__all__ = [
    "ImagineartImagineart2_0PreviewTextToImage",
    "AsyncImagineartImagineart2_0PreviewTextToImage",
    "ImagineartImagineart2_0PreviewTextToImageInput",
    "ImagineartImagineart2_0PreviewTextToImageOutput",
]


class ImagineartImagineart2_0PreviewTextToImage(
    SyncEndpoint[
        ImagineartImagineart2_0PreviewTextToImageInput,
        ImagineartImagineart2_0PreviewTextToImageOutput,
    ]
):
    """Imagineart Imagineart 2.0 Preview Text To Image
    (`imagineart/imagineart-2.0-preview/text-to-image`).

    Category: text-to-image.
    Docs: https://fal.ai/models/imagineart/imagineart-2.0-preview/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "imagineart/imagineart-2.0-preview/text-to-image"
    input_model: ClassVar[type[ImagineartImagineart2_0PreviewTextToImageInput]] = (
        ImagineartImagineart2_0PreviewTextToImageInput
    )
    output_model: ClassVar[type[ImagineartImagineart2_0PreviewTextToImageOutput]] = (
        ImagineartImagineart2_0PreviewTextToImageOutput
    )
    Input = ImagineartImagineart2_0PreviewTextToImageInput
    Output = ImagineartImagineart2_0PreviewTextToImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "3:1",
            "1:3",
            "3:2",
            "2:3",
            "21:9",
            "4:5",
            "5:4",
            "4:1",
            "1:4",
        ]
        | Omit = omit,
        resolution: Literal["1K", "2K"] | Omit = omit,
        seed: int | Omit = omit,
        reasoning: Literal["high", "low"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImagineartImagineart2_0PreviewTextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the desired image.
            aspect_ratio: Image aspect ratio: 1:1, 3:1, 1:3, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3, 21:9,
                4:5, 5:4, 4:1, 1:4. Default: "1:1".
            resolution: Output resolution: '1K' targets ~1024px and will be faster. '2K' targets
                ~2048px image size and will be slower but with higher quality. Default: "2K".
            seed: Default is random (0 and -1 are treated as random).
            reasoning: Visual Understanding Level: low (default) or high. High reasoning takes more
                time but generates better images. Default: "low".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "seed": seed,
                "reasoning": reasoning,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "3:1",
            "1:3",
            "3:2",
            "2:3",
            "21:9",
            "4:5",
            "5:4",
            "4:1",
            "1:4",
        ]
        | Omit = omit,
        resolution: Literal["1K", "2K"] | Omit = omit,
        seed: int | Omit = omit,
        reasoning: Literal["high", "low"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImagineartImagineart2_0PreviewTextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the desired image.
            aspect_ratio: Image aspect ratio: 1:1, 3:1, 1:3, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3, 21:9,
                4:5, 5:4, 4:1, 1:4. Default: "1:1".
            resolution: Output resolution: '1K' targets ~1024px and will be faster. '2K' targets
                ~2048px image size and will be slower but with higher quality. Default: "2K".
            seed: Default is random (0 and -1 are treated as random).
            reasoning: Visual Understanding Level: low (default) or high. High reasoning takes more
                time but generates better images. Default: "low".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "seed": seed,
                "reasoning": reasoning,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "3:1",
            "1:3",
            "3:2",
            "2:3",
            "21:9",
            "4:5",
            "5:4",
            "4:1",
            "1:4",
        ]
        | Omit = omit,
        resolution: Literal["1K", "2K"] | Omit = omit,
        seed: int | Omit = omit,
        reasoning: Literal["high", "low"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImagineartImagineart2_0PreviewTextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the desired image.
            aspect_ratio: Image aspect ratio: 1:1, 3:1, 1:3, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3, 21:9,
                4:5, 5:4, 4:1, 1:4. Default: "1:1".
            resolution: Output resolution: '1K' targets ~1024px and will be faster. '2K' targets
                ~2048px image size and will be slower but with higher quality. Default: "2K".
            seed: Default is random (0 and -1 are treated as random).
            reasoning: Visual Understanding Level: low (default) or high. High reasoning takes more
                time but generates better images. Default: "low".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "seed": seed,
                "reasoning": reasoning,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "3:1",
            "1:3",
            "3:2",
            "2:3",
            "21:9",
            "4:5",
            "5:4",
            "4:1",
            "1:4",
        ]
        | Omit = omit,
        resolution: Literal["1K", "2K"] | Omit = omit,
        seed: int | Omit = omit,
        reasoning: Literal["high", "low"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImagineartImagineart2_0PreviewTextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the desired image.
            aspect_ratio: Image aspect ratio: 1:1, 3:1, 1:3, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3, 21:9,
                4:5, 5:4, 4:1, 1:4. Default: "1:1".
            resolution: Output resolution: '1K' targets ~1024px and will be faster. '2K' targets
                ~2048px image size and will be slower but with higher quality. Default: "2K".
            seed: Default is random (0 and -1 are treated as random).
            reasoning: Visual Understanding Level: low (default) or high. High reasoning takes more
                time but generates better images. Default: "low".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "seed": seed,
                "reasoning": reasoning,
            }
        )
        return self._stream(payload, options)


class AsyncImagineartImagineart2_0PreviewTextToImage(
    AsyncEndpoint[
        ImagineartImagineart2_0PreviewTextToImageInput,
        ImagineartImagineart2_0PreviewTextToImageOutput,
    ]
):
    """Imagineart Imagineart 2.0 Preview Text To Image
    (`imagineart/imagineart-2.0-preview/text-to-image`).

    Category: text-to-image.
    Docs: https://fal.ai/models/imagineart/imagineart-2.0-preview/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "imagineart/imagineart-2.0-preview/text-to-image"
    input_model: ClassVar[type[ImagineartImagineart2_0PreviewTextToImageInput]] = (
        ImagineartImagineart2_0PreviewTextToImageInput
    )
    output_model: ClassVar[type[ImagineartImagineart2_0PreviewTextToImageOutput]] = (
        ImagineartImagineart2_0PreviewTextToImageOutput
    )
    Input = ImagineartImagineart2_0PreviewTextToImageInput
    Output = ImagineartImagineart2_0PreviewTextToImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "3:1",
            "1:3",
            "3:2",
            "2:3",
            "21:9",
            "4:5",
            "5:4",
            "4:1",
            "1:4",
        ]
        | Omit = omit,
        resolution: Literal["1K", "2K"] | Omit = omit,
        seed: int | Omit = omit,
        reasoning: Literal["high", "low"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImagineartImagineart2_0PreviewTextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the desired image.
            aspect_ratio: Image aspect ratio: 1:1, 3:1, 1:3, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3, 21:9,
                4:5, 5:4, 4:1, 1:4. Default: "1:1".
            resolution: Output resolution: '1K' targets ~1024px and will be faster. '2K' targets
                ~2048px image size and will be slower but with higher quality. Default: "2K".
            seed: Default is random (0 and -1 are treated as random).
            reasoning: Visual Understanding Level: low (default) or high. High reasoning takes more
                time but generates better images. Default: "low".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "seed": seed,
                "reasoning": reasoning,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "3:1",
            "1:3",
            "3:2",
            "2:3",
            "21:9",
            "4:5",
            "5:4",
            "4:1",
            "1:4",
        ]
        | Omit = omit,
        resolution: Literal["1K", "2K"] | Omit = omit,
        seed: int | Omit = omit,
        reasoning: Literal["high", "low"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImagineartImagineart2_0PreviewTextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the desired image.
            aspect_ratio: Image aspect ratio: 1:1, 3:1, 1:3, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3, 21:9,
                4:5, 5:4, 4:1, 1:4. Default: "1:1".
            resolution: Output resolution: '1K' targets ~1024px and will be faster. '2K' targets
                ~2048px image size and will be slower but with higher quality. Default: "2K".
            seed: Default is random (0 and -1 are treated as random).
            reasoning: Visual Understanding Level: low (default) or high. High reasoning takes more
                time but generates better images. Default: "low".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "seed": seed,
                "reasoning": reasoning,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "3:1",
            "1:3",
            "3:2",
            "2:3",
            "21:9",
            "4:5",
            "5:4",
            "4:1",
            "1:4",
        ]
        | Omit = omit,
        resolution: Literal["1K", "2K"] | Omit = omit,
        seed: int | Omit = omit,
        reasoning: Literal["high", "low"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImagineartImagineart2_0PreviewTextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the desired image.
            aspect_ratio: Image aspect ratio: 1:1, 3:1, 1:3, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3, 21:9,
                4:5, 5:4, 4:1, 1:4. Default: "1:1".
            resolution: Output resolution: '1K' targets ~1024px and will be faster. '2K' targets
                ~2048px image size and will be slower but with higher quality. Default: "2K".
            seed: Default is random (0 and -1 are treated as random).
            reasoning: Visual Understanding Level: low (default) or high. High reasoning takes more
                time but generates better images. Default: "low".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "seed": seed,
                "reasoning": reasoning,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "3:1",
            "1:3",
            "3:2",
            "2:3",
            "21:9",
            "4:5",
            "5:4",
            "4:1",
            "1:4",
        ]
        | Omit = omit,
        resolution: Literal["1K", "2K"] | Omit = omit,
        seed: int | Omit = omit,
        reasoning: Literal["high", "low"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImagineartImagineart2_0PreviewTextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the desired image.
            aspect_ratio: Image aspect ratio: 1:1, 3:1, 1:3, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3, 21:9,
                4:5, 5:4, 4:1, 1:4. Default: "1:1".
            resolution: Output resolution: '1K' targets ~1024px and will be faster. '2K' targets
                ~2048px image size and will be slower but with higher quality. Default: "2K".
            seed: Default is random (0 and -1 are treated as random).
            reasoning: Visual Understanding Level: low (default) or high. High reasoning takes more
                time but generates better images. Default: "low".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "seed": seed,
                "reasoning": reasoning,
            }
        )
        return self._stream(payload, options)
