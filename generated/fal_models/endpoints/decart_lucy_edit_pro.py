# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `decart/lucy-edit/pro` (Decart Lucy Edit Pro)."""

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
from fal_models.models.decart_lucy_edit_pro import DecartLucyEditProInput, DecartLucyEditProOutput

__all__ = [
    "DecartLucyEditPro",
    "AsyncDecartLucyEditPro",
    "DecartLucyEditProInput",
    "DecartLucyEditProOutput",
]


class DecartLucyEditPro(SyncEndpoint[DecartLucyEditProInput, DecartLucyEditProOutput]):
    """Decart Lucy Edit Pro (`decart/lucy-edit/pro`).

    Category: video-to-video. Docs: https://fal.ai/models/decart/lucy-edit/pro/api
    """

    endpoint_id: ClassVar[str] = "decart/lucy-edit/pro"
    input_model: ClassVar[type[DecartLucyEditProInput]] = DecartLucyEditProInput
    output_model: ClassVar[type[DecartLucyEditProOutput]] = DecartLucyEditProOutput
    Input = DecartLucyEditProInput
    Output = DecartLucyEditProOutput

    def subscribe(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        resolution: Literal["720p"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> DecartLucyEditProOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of the desired video content. Limits: max length 1500.
            video_url: URL of the video to edit. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            resolution: Resolution of the generated video. Default: "720p".
            sync_mode: If set to true, the function will wait for the video to be generated and
                uploaded before returning the response. This will increase the latency of the
                function but it allows you to get the video directly in the response without going
                through the CDN. Default: true.
            enhance_prompt: Whether to enhance the prompt for better results. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "resolution": resolution,
                "sync_mode": sync_mode,
                "enhance_prompt": enhance_prompt,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        resolution: Literal["720p"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[DecartLucyEditProOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of the desired video content. Limits: max length 1500.
            video_url: URL of the video to edit. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            resolution: Resolution of the generated video. Default: "720p".
            sync_mode: If set to true, the function will wait for the video to be generated and
                uploaded before returning the response. This will increase the latency of the
                function but it allows you to get the video directly in the response without going
                through the CDN. Default: true.
            enhance_prompt: Whether to enhance the prompt for better results. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "resolution": resolution,
                "sync_mode": sync_mode,
                "enhance_prompt": enhance_prompt,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        resolution: Literal["720p"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DecartLucyEditProOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of the desired video content. Limits: max length 1500.
            video_url: URL of the video to edit. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            resolution: Resolution of the generated video. Default: "720p".
            sync_mode: If set to true, the function will wait for the video to be generated and
                uploaded before returning the response. This will increase the latency of the
                function but it allows you to get the video directly in the response without going
                through the CDN. Default: true.
            enhance_prompt: Whether to enhance the prompt for better results. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "resolution": resolution,
                "sync_mode": sync_mode,
                "enhance_prompt": enhance_prompt,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        resolution: Literal["720p"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[DecartLucyEditProOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of the desired video content. Limits: max length 1500.
            video_url: URL of the video to edit. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            resolution: Resolution of the generated video. Default: "720p".
            sync_mode: If set to true, the function will wait for the video to be generated and
                uploaded before returning the response. This will increase the latency of the
                function but it allows you to get the video directly in the response without going
                through the CDN. Default: true.
            enhance_prompt: Whether to enhance the prompt for better results. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "resolution": resolution,
                "sync_mode": sync_mode,
                "enhance_prompt": enhance_prompt,
            }
        )
        return self._stream(payload, options)


class AsyncDecartLucyEditPro(AsyncEndpoint[DecartLucyEditProInput, DecartLucyEditProOutput]):
    """Decart Lucy Edit Pro (`decart/lucy-edit/pro`).

    Category: video-to-video. Docs: https://fal.ai/models/decart/lucy-edit/pro/api
    """

    endpoint_id: ClassVar[str] = "decart/lucy-edit/pro"
    input_model: ClassVar[type[DecartLucyEditProInput]] = DecartLucyEditProInput
    output_model: ClassVar[type[DecartLucyEditProOutput]] = DecartLucyEditProOutput
    Input = DecartLucyEditProInput
    Output = DecartLucyEditProOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        resolution: Literal["720p"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> DecartLucyEditProOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of the desired video content. Limits: max length 1500.
            video_url: URL of the video to edit. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            resolution: Resolution of the generated video. Default: "720p".
            sync_mode: If set to true, the function will wait for the video to be generated and
                uploaded before returning the response. This will increase the latency of the
                function but it allows you to get the video directly in the response without going
                through the CDN. Default: true.
            enhance_prompt: Whether to enhance the prompt for better results. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "resolution": resolution,
                "sync_mode": sync_mode,
                "enhance_prompt": enhance_prompt,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        resolution: Literal["720p"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[DecartLucyEditProOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of the desired video content. Limits: max length 1500.
            video_url: URL of the video to edit. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            resolution: Resolution of the generated video. Default: "720p".
            sync_mode: If set to true, the function will wait for the video to be generated and
                uploaded before returning the response. This will increase the latency of the
                function but it allows you to get the video directly in the response without going
                through the CDN. Default: true.
            enhance_prompt: Whether to enhance the prompt for better results. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "resolution": resolution,
                "sync_mode": sync_mode,
                "enhance_prompt": enhance_prompt,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        resolution: Literal["720p"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DecartLucyEditProOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of the desired video content. Limits: max length 1500.
            video_url: URL of the video to edit. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            resolution: Resolution of the generated video. Default: "720p".
            sync_mode: If set to true, the function will wait for the video to be generated and
                uploaded before returning the response. This will increase the latency of the
                function but it allows you to get the video directly in the response without going
                through the CDN. Default: true.
            enhance_prompt: Whether to enhance the prompt for better results. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "resolution": resolution,
                "sync_mode": sync_mode,
                "enhance_prompt": enhance_prompt,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        resolution: Literal["720p"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[DecartLucyEditProOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of the desired video content. Limits: max length 1500.
            video_url: URL of the video to edit. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            resolution: Resolution of the generated video. Default: "720p".
            sync_mode: If set to true, the function will wait for the video to be generated and
                uploaded before returning the response. This will increase the latency of the
                function but it allows you to get the video directly in the response without going
                through the CDN. Default: true.
            enhance_prompt: Whether to enhance the prompt for better results. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "resolution": resolution,
                "sync_mode": sync_mode,
                "enhance_prompt": enhance_prompt,
            }
        )
        return self._stream(payload, options)
