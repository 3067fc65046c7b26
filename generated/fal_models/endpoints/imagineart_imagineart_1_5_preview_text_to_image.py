# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `imagineart/imagineart-1.5-preview/text-to-image` (Imagineart Imagineart
1.5 Preview Text To Image).
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
from fal_models.models.imagineart_imagineart_1_5_preview_text_to_image import (
    ImagineartImagineart1_5PreviewTextToImageInput,
    ImagineartImagineart1_5PreviewTextToImageOutput,
)

__all__ = [
    "ImagineartImagineart1_5PreviewTextToImage",
    "AsyncImagineartImagineart1_5PreviewTextToImage",
    "ImagineartImagineart1_5PreviewTextToImageInput",
    "ImagineartImagineart1_5PreviewTextToImageOutput",
]


class ImagineartImagineart1_5PreviewTextToImage(
    SyncEndpoint[
        ImagineartImagineart1_5PreviewTextToImageInput,
        ImagineartImagineart1_5PreviewTextToImageOutput,
    ]
):
    """Imagineart Imagineart 1.5 Preview Text To Image
    (`imagineart/imagineart-1.5-preview/text-to-image`).

    Category: text-to-image.
    Docs: https://fal.ai/models/imagineart/imagineart-1.5-preview/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "imagineart/imagineart-1.5-preview/text-to-image"
    input_model: ClassVar[type[ImagineartImagineart1_5PreviewTextToImageInput]] = (
        ImagineartImagineart1_5PreviewTextToImageInput
    )
    output_model: ClassVar[type[ImagineartImagineart1_5PreviewTextToImageOutput]] = (
        ImagineartImagineart1_5PreviewTextToImageOutput
    )
    Input = ImagineartImagineart1_5PreviewTextToImageInput
    Output = ImagineartImagineart1_5PreviewTextToImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "3:1", "1:3", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"]
        | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImagineartImagineart1_5PreviewTextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the desired image. Accepts either a raw string or a JSON
                string/fenced JSON with positive_prompt and optional negative_prompt.
            aspect_ratio: Image aspect ratio: 1:1, 3:1, 1:3, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3.
                Default: "1:1".
            seed: Seed for generation. 0 and -1 are treated as random.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "3:1", "1:3", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"]
        | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImagineartImagineart1_5PreviewTextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the desired image. Accepts either a raw string or a JSON
                string/fenced JSON with positive_prompt and optional negative_prompt.
            aspect_ratio: Image aspect ratio: 1:1, 3:1, 1:3, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3.
                Default: "1:1".
            seed: Seed for generation. 0 and -1 are treated as random.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "3:1", "1:3", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"]
        | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImagineartImagineart1_5PreviewTextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the desired image. Accepts either a raw string or a JSON
                string/fenced JSON with positive_prompt and optional negative_prompt.
            aspect_ratio: Image aspect ratio: 1:1, 3:1, 1:3, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3.
                Default: "1:1".
            seed: Seed for generation. 0 and -1 are treated as random.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "3:1", "1:3", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"]
        | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImagineartImagineart1_5PreviewTextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the desired image. Accepts either a raw string or a JSON
                string/fenced JSON with positive_prompt and optional negative_prompt.
            aspect_ratio: Image aspect ratio: 1:1, 3:1, 1:3, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3.
                Default: "1:1".
            seed: Seed for generation. 0 and -1 are treated as random.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncImagineartImagineart1_5PreviewTextToImage(
    AsyncEndpoint[
        ImagineartImagineart1_5PreviewTextToImageInput,
        ImagineartImagineart1_5PreviewTextToImageOutput,
    ]
):
    """Imagineart Imagineart 1.5 Preview Text To Image
    (`imagineart/imagineart-1.5-preview/text-to-image`).

    Category: text-to-image.
    Docs: https://fal.ai/models/imagineart/imagineart-1.5-preview/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "imagineart/imagineart-1.5-preview/text-to-image"
    input_model: ClassVar[type[ImagineartImagineart1_5PreviewTextToImageInput]] = (
        ImagineartImagineart1_5PreviewTextToImageInput
    )
    output_model: ClassVar[type[ImagineartImagineart1_5PreviewTextToImageOutput]] = (
        ImagineartImagineart1_5PreviewTextToImageOutput
    )
    Input = ImagineartImagineart1_5PreviewTextToImageInput
    Output = ImagineartImagineart1_5PreviewTextToImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "3:1", "1:3", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"]
        | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImagineartImagineart1_5PreviewTextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the desired image. Accepts either a raw string or a JSON
                string/fenced JSON with positive_prompt and optional negative_prompt.
            aspect_ratio: Image aspect ratio: 1:1, 3:1, 1:3, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3.
                Default: "1:1".
            seed: Seed for generation. 0 and -1 are treated as random.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "3:1", "1:3", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"]
        | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImagineartImagineart1_5PreviewTextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the desired image. Accepts either a raw string or a JSON
                string/fenced JSON with positive_prompt and optional negative_prompt.
            aspect_ratio: Image aspect ratio: 1:1, 3:1, 1:3, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3.
                Default: "1:1".
            seed: Seed for generation. 0 and -1 are treated as random.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "3:1", "1:3", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"]
        | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImagineartImagineart1_5PreviewTextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the desired image. Accepts either a raw string or a JSON
                string/fenced JSON with positive_prompt and optional negative_prompt.
            aspect_ratio: Image aspect ratio: 1:1, 3:1, 1:3, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3.
                Default: "1:1".
            seed: Seed for generation. 0 and -1 are treated as random.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "3:1", "1:3", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"]
        | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImagineartImagineart1_5PreviewTextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the desired image. Accepts either a raw string or a JSON
                string/fenced JSON with positive_prompt and optional negative_prompt.
            aspect_ratio: Image aspect ratio: 1:1, 3:1, 1:3, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3.
                Default: "1:1".
            seed: Seed for generation. 0 and -1 are treated as random.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
