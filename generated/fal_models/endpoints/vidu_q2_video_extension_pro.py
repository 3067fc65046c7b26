# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/vidu/q2/video-extension/pro` (Vidu Q2 Video Extension Pro)."""

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
from fal_models.models.vidu_q2_video_extension_pro import (
    ViduQ2VideoExtensionProInput,
    ViduQ2VideoExtensionProOutput,
)

__all__ = [
    "ViduQ2VideoExtensionPro",
    "AsyncViduQ2VideoExtensionPro",
    "ViduQ2VideoExtensionProInput",
    "ViduQ2VideoExtensionProOutput",
]


class ViduQ2VideoExtensionPro(
    SyncEndpoint[ViduQ2VideoExtensionProInput, ViduQ2VideoExtensionProOutput]
):
    """Vidu Q2 Video Extension Pro (`fal-ai/vidu/q2/video-extension/pro`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/vidu/q2/video-extension/pro/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/q2/video-extension/pro"
    input_model: ClassVar[type[ViduQ2VideoExtensionProInput]] = ViduQ2VideoExtensionProInput
    output_model: ClassVar[type[ViduQ2VideoExtensionProOutput]] = ViduQ2VideoExtensionProOutput
    Input = ViduQ2VideoExtensionProInput
    Output = ViduQ2VideoExtensionProOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ViduQ2VideoExtensionProOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the video to extend. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: text prompt to guide the video extension. Limits: max length 3000.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the extension in seconds. Default: 4.
            resolution: Output video resolution. Default: "720p".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ViduQ2VideoExtensionProOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the video to extend. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: text prompt to guide the video extension. Limits: max length 3000.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the extension in seconds. Default: 4.
            resolution: Output video resolution. Default: "720p".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduQ2VideoExtensionProOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the video to extend. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: text prompt to guide the video extension. Limits: max length 3000.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the extension in seconds. Default: 4.
            resolution: Output video resolution. Default: "720p".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ViduQ2VideoExtensionProOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the video to extend. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: text prompt to guide the video extension. Limits: max length 3000.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the extension in seconds. Default: 4.
            resolution: Output video resolution. Default: "720p".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
            }
        )
        return self._stream(payload, options)


class AsyncViduQ2VideoExtensionPro(
    AsyncEndpoint[ViduQ2VideoExtensionProInput, ViduQ2VideoExtensionProOutput]
):
    """Vidu Q2 Video Extension Pro (`fal-ai/vidu/q2/video-extension/pro`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/vidu/q2/video-extension/pro/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/q2/video-extension/pro"
    input_model: ClassVar[type[ViduQ2VideoExtensionProInput]] = ViduQ2VideoExtensionProInput
    output_model: ClassVar[type[ViduQ2VideoExtensionProOutput]] = ViduQ2VideoExtensionProOutput
    Input = ViduQ2VideoExtensionProInput
    Output = ViduQ2VideoExtensionProOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ViduQ2VideoExtensionProOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the video to extend. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: text prompt to guide the video extension. Limits: max length 3000.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the extension in seconds. Default: 4.
            resolution: Output video resolution. Default: "720p".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ViduQ2VideoExtensionProOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the video to extend. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: text prompt to guide the video extension. Limits: max length 3000.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the extension in seconds. Default: 4.
            resolution: Output video resolution. Default: "720p".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduQ2VideoExtensionProOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the video to extend. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: text prompt to guide the video extension. Limits: max length 3000.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the extension in seconds. Default: 4.
            resolution: Output video resolution. Default: "720p".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ViduQ2VideoExtensionProOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the video to extend. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: text prompt to guide the video extension. Limits: max length 3000.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the extension in seconds. Default: 4.
            resolution: Output video resolution. Default: "720p".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
            }
        )
        return self._stream(payload, options)
