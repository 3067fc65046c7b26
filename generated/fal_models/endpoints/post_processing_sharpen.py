# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/post-processing/sharpen` (Post Processing Sharpen)."""

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
from fal_models.models.post_processing_sharpen import (
    PostProcessingSharpenInput,
    PostProcessingSharpenOutput,
)

__all__ = [
    "PostProcessingSharpen",
    "AsyncPostProcessingSharpen",
    "PostProcessingSharpenInput",
    "PostProcessingSharpenOutput",
]


class PostProcessingSharpen(SyncEndpoint[PostProcessingSharpenInput, PostProcessingSharpenOutput]):
    """Post Processing Sharpen (`fal-ai/post-processing/sharpen`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/post-processing/sharpen/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/post-processing/sharpen"
    input_model: ClassVar[type[PostProcessingSharpenInput]] = PostProcessingSharpenInput
    output_model: ClassVar[type[PostProcessingSharpenOutput]] = PostProcessingSharpenOutput
    Input = PostProcessingSharpenInput
    Output = PostProcessingSharpenOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        sharpen_mode: Literal["basic", "smart", "cas"] | Omit = omit,
        sharpen_radius: int | Omit = omit,
        sharpen_alpha: float | Omit = omit,
        noise_radius: int | Omit = omit,
        preserve_edges: float | Omit = omit,
        smart_sharpen_strength: float | Omit = omit,
        smart_sharpen_ratio: float | Omit = omit,
        cas_amount: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PostProcessingSharpenOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            sharpen_mode: Type of sharpening to apply. Default: "basic".
            sharpen_radius: Sharpen radius (for basic mode). Default: 1. Limits: minimum 1, maximum
                15.
            sharpen_alpha: Sharpen strength (for basic mode). Default: 1. Limits: minimum 0.1,
                maximum 5.
            noise_radius: Noise radius for smart sharpen. Default: 7. Limits: minimum 1, maximum 25.
            preserve_edges: Edge preservation factor. Default: 0.75. Limits: minimum 0, maximum 1.
            smart_sharpen_strength: Smart sharpen strength. Default: 5. Limits: minimum 0, maximum
                25.
            smart_sharpen_ratio: Smart sharpen blend ratio. Default: 0.5. Limits: minimum 0, maximum
                1.
            cas_amount: CAS sharpening amount. Default: 0.8. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sharpen_mode": sharpen_mode,
                "sharpen_radius": sharpen_radius,
                "sharpen_alpha": sharpen_alpha,
                "noise_radius": noise_radius,
                "preserve_edges": preserve_edges,
                "smart_sharpen_strength": smart_sharpen_strength,
                "smart_sharpen_ratio": smart_sharpen_ratio,
                "cas_amount": cas_amount,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        sharpen_mode: Literal["basic", "smart", "cas"] | Omit = omit,
        sharpen_radius: int | Omit = omit,
        sharpen_alpha: float | Omit = omit,
        noise_radius: int | Omit = omit,
        preserve_edges: float | Omit = omit,
        smart_sharpen_strength: float | Omit = omit,
        smart_sharpen_ratio: float | Omit = omit,
        cas_amount: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PostProcessingSharpenOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            sharpen_mode: Type of sharpening to apply. Default: "basic".
            sharpen_radius: Sharpen radius (for basic mode). Default: 1. Limits: minimum 1, maximum
                15.
            sharpen_alpha: Sharpen strength (for basic mode). Default: 1. Limits: minimum 0.1,
                maximum 5.
            noise_radius: Noise radius for smart sharpen. Default: 7. Limits: minimum 1, maximum 25.
            preserve_edges: Edge preservation factor. Default: 0.75. Limits: minimum 0, maximum 1.
            smart_sharpen_strength: Smart sharpen strength. Default: 5. Limits: minimum 0, maximum
                25.
            smart_sharpen_ratio: Smart sharpen blend ratio. Default: 0.5. Limits: minimum 0, maximum
                1.
            cas_amount: CAS sharpening amount. Default: 0.8. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sharpen_mode": sharpen_mode,
                "sharpen_radius": sharpen_radius,
                "sharpen_alpha": sharpen_alpha,
                "noise_radius": noise_radius,
                "preserve_edges": preserve_edges,
                "smart_sharpen_strength": smart_sharpen_strength,
                "smart_sharpen_ratio": smart_sharpen_ratio,
                "cas_amount": cas_amount,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        sharpen_mode: Literal["basic", "smart", "cas"] | Omit = omit,
        sharpen_radius: int | Omit = omit,
        sharpen_alpha: float | Omit = omit,
        noise_radius: int | Omit = omit,
        preserve_edges: float | Omit = omit,
        smart_sharpen_strength: float | Omit = omit,
        smart_sharpen_ratio: float | Omit = omit,
        cas_amount: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PostProcessingSharpenOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            sharpen_mode: Type of sharpening to apply. Default: "basic".
            sharpen_radius: Sharpen radius (for basic mode). Default: 1. Limits: minimum 1, maximum
                15.
            sharpen_alpha: Sharpen strength (for basic mode). Default: 1. Limits: minimum 0.1,
                maximum 5.
            noise_radius: Noise radius for smart sharpen. Default: 7. Limits: minimum 1, maximum 25.
            preserve_edges: Edge preservation factor. Default: 0.75. Limits: minimum 0, maximum 1.
            smart_sharpen_strength: Smart sharpen strength. Default: 5. Limits: minimum 0, maximum
                25.
            smart_sharpen_ratio: Smart sharpen blend ratio. Default: 0.5. Limits: minimum 0, maximum
                1.
            cas_amount: CAS sharpening amount. Default: 0.8. Limits: minimum 0, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sharpen_mode": sharpen_mode,
                "sharpen_radius": sharpen_radius,
                "sharpen_alpha": sharpen_alpha,
                "noise_radius": noise_radius,
                "preserve_edges": preserve_edges,
                "smart_sharpen_strength": smart_sharpen_strength,
                "smart_sharpen_ratio": smart_sharpen_ratio,
                "cas_amount": cas_amount,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        sharpen_mode: Literal["basic", "smart", "cas"] | Omit = omit,
        sharpen_radius: int | Omit = omit,
        sharpen_alpha: float | Omit = omit,
        noise_radius: int | Omit = omit,
        preserve_edges: float | Omit = omit,
        smart_sharpen_strength: float | Omit = omit,
        smart_sharpen_ratio: float | Omit = omit,
        cas_amount: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PostProcessingSharpenOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            sharpen_mode: Type of sharpening to apply. Default: "basic".
            sharpen_radius: Sharpen radius (for basic mode). Default: 1. Limits: minimum 1, maximum
                15.
            sharpen_alpha: Sharpen strength (for basic mode). Default: 1. Limits: minimum 0.1,
                maximum 5.
            noise_radius: Noise radius for smart sharpen. Default: 7. Limits: minimum 1, maximum 25.
            preserve_edges: Edge preservation factor. Default: 0.75. Limits: minimum 0, maximum 1.
            smart_sharpen_strength: Smart sharpen strength. Default: 5. Limits: minimum 0, maximum
                25.
            smart_sharpen_ratio: Smart sharpen blend ratio. Default: 0.5. Limits: minimum 0, maximum
                1.
            cas_amount: CAS sharpening amount. Default: 0.8. Limits: minimum 0, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sharpen_mode": sharpen_mode,
                "sharpen_radius": sharpen_radius,
                "sharpen_alpha": sharpen_alpha,
                "noise_radius": noise_radius,
                "preserve_edges": preserve_edges,
                "smart_sharpen_strength": smart_sharpen_strength,
                "smart_sharpen_ratio": smart_sharpen_ratio,
                "cas_amount": cas_amount,
            }
        )
        return self._stream(payload, options)


class AsyncPostProcessingSharpen(
    AsyncEndpoint[PostProcessingSharpenInput, PostProcessingSharpenOutput]
):
    """Post Processing Sharpen (`fal-ai/post-processing/sharpen`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/post-processing/sharpen/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/post-processing/sharpen"
    input_model: ClassVar[type[PostProcessingSharpenInput]] = PostProcessingSharpenInput
    output_model: ClassVar[type[PostProcessingSharpenOutput]] = PostProcessingSharpenOutput
    Input = PostProcessingSharpenInput
    Output = PostProcessingSharpenOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        sharpen_mode: Literal["basic", "smart", "cas"] | Omit = omit,
        sharpen_radius: int | Omit = omit,
        sharpen_alpha: float | Omit = omit,
        noise_radius: int | Omit = omit,
        preserve_edges: float | Omit = omit,
        smart_sharpen_strength: float | Omit = omit,
        smart_sharpen_ratio: float | Omit = omit,
        cas_amount: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PostProcessingSharpenOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            sharpen_mode: Type of sharpening to apply. Default: "basic".
            sharpen_radius: Sharpen radius (for basic mode). Default: 1. Limits: minimum 1, maximum
                15.
            sharpen_alpha: Sharpen strength (for basic mode). Default: 1. Limits: minimum 0.1,
                maximum 5.
            noise_radius: Noise radius for smart sharpen. Default: 7. Limits: minimum 1, maximum 25.
            preserve_edges: Edge preservation factor. Default: 0.75. Limits: minimum 0, maximum 1.
            smart_sharpen_strength: Smart sharpen strength. Default: 5. Limits: minimum 0, maximum
                25.
            smart_sharpen_ratio: Smart sharpen blend ratio. Default: 0.5. Limits: minimum 0, maximum
                1.
            cas_amount: CAS sharpening amount. Default: 0.8. Limits: minimum 0, maximum 1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sharpen_mode": sharpen_mode,
                "sharpen_radius": sharpen_radius,
                "sharpen_alpha": sharpen_alpha,
                "noise_radius": noise_radius,
                "preserve_edges": preserve_edges,
                "smart_sharpen_strength": smart_sharpen_strength,
                "smart_sharpen_ratio": smart_sharpen_ratio,
                "cas_amount": cas_amount,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        sharpen_mode: Literal["basic", "smart", "cas"] | Omit = omit,
        sharpen_radius: int | Omit = omit,
        sharpen_alpha: float | Omit = omit,
        noise_radius: int | Omit = omit,
        preserve_edges: float | Omit = omit,
        smart_sharpen_strength: float | Omit = omit,
        smart_sharpen_ratio: float | Omit = omit,
        cas_amount: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PostProcessingSharpenOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            sharpen_mode: Type of sharpening to apply. Default: "basic".
            sharpen_radius: Sharpen radius (for basic mode). Default: 1. Limits: minimum 1, maximum
                15.
            sharpen_alpha: Sharpen strength (for basic mode). Default: 1. Limits: minimum 0.1,
                maximum 5.
            noise_radius: Noise radius for smart sharpen. Default: 7. Limits: minimum 1, maximum 25.
            preserve_edges: Edge preservation factor. Default: 0.75. Limits: minimum 0, maximum 1.
            smart_sharpen_strength: Smart sharpen strength. Default: 5. Limits: minimum 0, maximum
                25.
            smart_sharpen_ratio: Smart sharpen blend ratio. Default: 0.5. Limits: minimum 0, maximum
                1.
            cas_amount: CAS sharpening amount. Default: 0.8. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sharpen_mode": sharpen_mode,
                "sharpen_radius": sharpen_radius,
                "sharpen_alpha": sharpen_alpha,
                "noise_radius": noise_radius,
                "preserve_edges": preserve_edges,
                "smart_sharpen_strength": smart_sharpen_strength,
                "smart_sharpen_ratio": smart_sharpen_ratio,
                "cas_amount": cas_amount,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        sharpen_mode: Literal["basic", "smart", "cas"] | Omit = omit,
        sharpen_radius: int | Omit = omit,
        sharpen_alpha: float | Omit = omit,
        noise_radius: int | Omit = omit,
        preserve_edges: float | Omit = omit,
        smart_sharpen_strength: float | Omit = omit,
        smart_sharpen_ratio: float | Omit = omit,
        cas_amount: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PostProcessingSharpenOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            sharpen_mode: Type of sharpening to apply. Default: "basic".
            sharpen_radius: Sharpen radius (for basic mode). Default: 1. Limits: minimum 1, maximum
                15.
            sharpen_alpha: Sharpen strength (for basic mode). Default: 1. Limits: minimum 0.1,
                maximum 5.
            noise_radius: Noise radius for smart sharpen. Default: 7. Limits: minimum 1, maximum 25.
            preserve_edges: Edge preservation factor. Default: 0.75. Limits: minimum 0, maximum 1.
            smart_sharpen_strength: Smart sharpen strength. Default: 5. Limits: minimum 0, maximum
                25.
            smart_sharpen_ratio: Smart sharpen blend ratio. Default: 0.5. Limits: minimum 0, maximum
                1.
            cas_amount: CAS sharpening amount. Default: 0.8. Limits: minimum 0, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sharpen_mode": sharpen_mode,
                "sharpen_radius": sharpen_radius,
                "sharpen_alpha": sharpen_alpha,
                "noise_radius": noise_radius,
                "preserve_edges": preserve_edges,
                "smart_sharpen_strength": smart_sharpen_strength,
                "smart_sharpen_ratio": smart_sharpen_ratio,
                "cas_amount": cas_amount,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        sharpen_mode: Literal["basic", "smart", "cas"] | Omit = omit,
        sharpen_radius: int | Omit = omit,
        sharpen_alpha: float | Omit = omit,
        noise_radius: int | Omit = omit,
        preserve_edges: float | Omit = omit,
        smart_sharpen_strength: float | Omit = omit,
        smart_sharpen_ratio: float | Omit = omit,
        cas_amount: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PostProcessingSharpenOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            sharpen_mode: Type of sharpening to apply. Default: "basic".
            sharpen_radius: Sharpen radius (for basic mode). Default: 1. Limits: minimum 1, maximum
                15.
            sharpen_alpha: Sharpen strength (for basic mode). Default: 1. Limits: minimum 0.1,
                maximum 5.
            noise_radius: Noise radius for smart sharpen. Default: 7. Limits: minimum 1, maximum 25.
            preserve_edges: Edge preservation factor. Default: 0.75. Limits: minimum 0, maximum 1.
            smart_sharpen_strength: Smart sharpen strength. Default: 5. Limits: minimum 0, maximum
                25.
            smart_sharpen_ratio: Smart sharpen blend ratio. Default: 0.5. Limits: minimum 0, maximum
                1.
            cas_amount: CAS sharpening amount. Default: 0.8. Limits: minimum 0, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sharpen_mode": sharpen_mode,
                "sharpen_radius": sharpen_radius,
                "sharpen_alpha": sharpen_alpha,
                "noise_radius": noise_radius,
                "preserve_edges": preserve_edges,
                "smart_sharpen_strength": smart_sharpen_strength,
                "smart_sharpen_ratio": smart_sharpen_ratio,
                "cas_amount": cas_amount,
            }
        )
        return self._stream(payload, options)
