# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `decart/lucy-restyle` (Decart Lucy Restyle)."""

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
from fal_models.models.decart_lucy_restyle import DecartLucyRestyleInput, DecartLucyRestyleOutput

__all__ = [
    "DecartLucyRestyle",
    "AsyncDecartLucyRestyle",
    "DecartLucyRestyleInput",
    "DecartLucyRestyleOutput",
]


class DecartLucyRestyle(SyncEndpoint[DecartLucyRestyleInput, DecartLucyRestyleOutput]):
    """Decart Lucy Restyle (`decart/lucy-restyle`).

    Category: video-to-video. Docs: https://fal.ai/models/decart/lucy-restyle/api
    """

    endpoint_id: ClassVar[str] = "decart/lucy-restyle"
    input_model: ClassVar[type[DecartLucyRestyleInput]] = DecartLucyRestyleInput
    output_model: ClassVar[type[DecartLucyRestyleOutput]] = DecartLucyRestyleOutput
    Input = DecartLucyRestyleInput
    Output = DecartLucyRestyleOutput

    def subscribe(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        seed: int | Omit = omit,
        resolution: Literal["720p"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> DecartLucyRestyleOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of the desired video content. Limits: max length 1500.
            video_url: URL of the video to edit. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: Seed for video generation.
            resolution: Resolution of the generated video. Default: "720p".
            enhance_prompt: Whether to enhance the prompt for better results. Default: true.
            sync_mode: If set to true, the function will wait for the video to be generated and
                uploaded before returning the response. This will increase the latency of the
                function but it allows you to get the video directly in the response without going
                through the CDN. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "seed": seed,
                "resolution": resolution,
                "enhance_prompt": enhance_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        seed: int | Omit = omit,
        resolution: Literal["720p"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[DecartLucyRestyleOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of the desired video content. Limits: max length 1500.
            video_url: URL of the video to edit. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: Seed for video generation.
            resolution: Resolution of the generated video. Default: "720p".
            enhance_prompt: Whether to enhance the prompt for better results. Default: true.
            sync_mode: If set to true, the function will wait for the video to be generated and
                uploaded before returning the response. This will increase the latency of the
                function but it allows you to get the video directly in the response without going
                through the CDN. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "seed": seed,
                "resolution": resolution,
                "enhance_prompt": enhance_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        seed: int | Omit = omit,
        resolution: Literal["720p"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DecartLucyRestyleOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of the desired video content. Limits: max length 1500.
            video_url: URL of the video to edit. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: Seed for video generation.
            resolution: Resolution of the generated video. Default: "720p".
            enhance_prompt: Whether to enhance the prompt for better results. Default: true.
            sync_mode: If set to true, the function will wait for the video to be generated and
                uploaded before returning the response. This will increase the latency of the
                function but it allows you to get the video directly in the response without going
                through the CDN. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "seed": seed,
                "resolution": resolution,
                "enhance_prompt": enhance_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        seed: int | Omit = omit,
        resolution: Literal["720p"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[DecartLucyRestyleOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of the desired video content. Limits: max length 1500.
            video_url: URL of the video to edit. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: Seed for video generation.
            resolution: Resolution of the generated video. Default: "720p".
            enhance_prompt: Whether to enhance the prompt for better results. Default: true.
            sync_mode: If set to true, the function will wait for the video to be generated and
                uploaded before returning the response. This will increase the latency of the
                function but it allows you to get the video directly in the response without going
                through the CDN. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "seed": seed,
                "resolution": resolution,
                "enhance_prompt": enhance_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncDecartLucyRestyle(AsyncEndpoint[DecartLucyRestyleInput, DecartLucyRestyleOutput]):
    """Decart Lucy Restyle (`decart/lucy-restyle`).

    Category: video-to-video. Docs: https://fal.ai/models/decart/lucy-restyle/api
    """

    endpoint_id: ClassVar[str] = "decart/lucy-restyle"
    input_model: ClassVar[type[DecartLucyRestyleInput]] = DecartLucyRestyleInput
    output_model: ClassVar[type[DecartLucyRestyleOutput]] = DecartLucyRestyleOutput
    Input = DecartLucyRestyleInput
    Output = DecartLucyRestyleOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        seed: int | Omit = omit,
        resolution: Literal["720p"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> DecartLucyRestyleOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of the desired video content. Limits: max length 1500.
            video_url: URL of the video to edit. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: Seed for video generation.
            resolution: Resolution of the generated video. Default: "720p".
            enhance_prompt: Whether to enhance the prompt for better results. Default: true.
            sync_mode: If set to true, the function will wait for the video to be generated and
                uploaded before returning the response. This will increase the latency of the
                function but it allows you to get the video directly in the response without going
                through the CDN. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "seed": seed,
                "resolution": resolution,
                "enhance_prompt": enhance_prompt,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        seed: int | Omit = omit,
        resolution: Literal["720p"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[DecartLucyRestyleOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of the desired video content. Limits: max length 1500.
            video_url: URL of the video to edit. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: Seed for video generation.
            resolution: Resolution of the generated video. Default: "720p".
            enhance_prompt: Whether to enhance the prompt for better results. Default: true.
            sync_mode: If set to true, the function will wait for the video to be generated and
                uploaded before returning the response. This will increase the latency of the
                function but it allows you to get the video directly in the response without going
                through the CDN. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "seed": seed,
                "resolution": resolution,
                "enhance_prompt": enhance_prompt,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        seed: int | Omit = omit,
        resolution: Literal["720p"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DecartLucyRestyleOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of the desired video content. Limits: max length 1500.
            video_url: URL of the video to edit. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: Seed for video generation.
            resolution: Resolution of the generated video. Default: "720p".
            enhance_prompt: Whether to enhance the prompt for better results. Default: true.
            sync_mode: If set to true, the function will wait for the video to be generated and
                uploaded before returning the response. This will increase the latency of the
                function but it allows you to get the video directly in the response without going
                through the CDN. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "seed": seed,
                "resolution": resolution,
                "enhance_prompt": enhance_prompt,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        seed: int | Omit = omit,
        resolution: Literal["720p"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[DecartLucyRestyleOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of the desired video content. Limits: max length 1500.
            video_url: URL of the video to edit. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: Seed for video generation.
            resolution: Resolution of the generated video. Default: "720p".
            enhance_prompt: Whether to enhance the prompt for better results. Default: true.
            sync_mode: If set to true, the function will wait for the video to be generated and
                uploaded before returning the response. This will increase the latency of the
                function but it allows you to get the video directly in the response without going
                through the CDN. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "seed": seed,
                "resolution": resolution,
                "enhance_prompt": enhance_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
