# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/vidu/q2/reference-to-image` (Vidu Q2 Reference To Image)."""

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
from fal_models.models.vidu_q2_reference_to_image import (
    ViduQ2ReferenceToImageInput,
    ViduQ2ReferenceToImageOutput,
)

__all__ = [
    "ViduQ2ReferenceToImage",
    "AsyncViduQ2ReferenceToImage",
    "ViduQ2ReferenceToImageInput",
    "ViduQ2ReferenceToImageOutput",
]


class ViduQ2ReferenceToImage(
    SyncEndpoint[ViduQ2ReferenceToImageInput, ViduQ2ReferenceToImageOutput]
):
    """Vidu Q2 Reference To Image (`fal-ai/vidu/q2/reference-to-image`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/vidu/q2/reference-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/q2/reference-to-image"
    input_model: ClassVar[type[ViduQ2ReferenceToImageInput]] = ViduQ2ReferenceToImageInput
    output_model: ClassVar[type[ViduQ2ReferenceToImageOutput]] = ViduQ2ReferenceToImageOutput
    Input = ViduQ2ReferenceToImageInput
    Output = ViduQ2ReferenceToImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ViduQ2ReferenceToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            reference_image_urls: URLs of the reference images to use for consistent subject
                appearance. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            seed: Random seed for generation.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ViduQ2ReferenceToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            reference_image_urls: URLs of the reference images to use for consistent subject
                appearance. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            seed: Random seed for generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduQ2ReferenceToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            reference_image_urls: URLs of the reference images to use for consistent subject
                appearance. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            seed: Random seed for generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ViduQ2ReferenceToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            reference_image_urls: URLs of the reference images to use for consistent subject
                appearance. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            seed: Random seed for generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncViduQ2ReferenceToImage(
    AsyncEndpoint[ViduQ2ReferenceToImageInput, ViduQ2ReferenceToImageOutput]
):
    """Vidu Q2 Reference To Image (`fal-ai/vidu/q2/reference-to-image`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/vidu/q2/reference-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/q2/reference-to-image"
    input_model: ClassVar[type[ViduQ2ReferenceToImageInput]] = ViduQ2ReferenceToImageInput
    output_model: ClassVar[type[ViduQ2ReferenceToImageOutput]] = ViduQ2ReferenceToImageOutput
    Input = ViduQ2ReferenceToImageInput
    Output = ViduQ2ReferenceToImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ViduQ2ReferenceToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            reference_image_urls: URLs of the reference images to use for consistent subject
                appearance. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            seed: Random seed for generation.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ViduQ2ReferenceToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            reference_image_urls: URLs of the reference images to use for consistent subject
                appearance. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            seed: Random seed for generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduQ2ReferenceToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            reference_image_urls: URLs of the reference images to use for consistent subject
                appearance. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            seed: Random seed for generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ViduQ2ReferenceToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            reference_image_urls: URLs of the reference images to use for consistent subject
                appearance. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            seed: Random seed for generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
