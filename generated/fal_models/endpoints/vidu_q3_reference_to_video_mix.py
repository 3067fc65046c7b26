# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/vidu/q3/reference-to-video/mix` (Vidu Q3 Reference To Video Mix)."""

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
from fal_models.models.vidu_q3_reference_to_video_mix import (
    ViduQ3ReferenceToVideoMixInput,
    ViduQ3ReferenceToVideoMixOutput,
)

__all__ = [
    "ViduQ3ReferenceToVideoMix",
    "AsyncViduQ3ReferenceToVideoMix",
    "ViduQ3ReferenceToVideoMixInput",
    "ViduQ3ReferenceToVideoMixOutput",
]


class ViduQ3ReferenceToVideoMix(
    SyncEndpoint[ViduQ3ReferenceToVideoMixInput, ViduQ3ReferenceToVideoMixOutput]
):
    """Vidu Q3 Reference To Video Mix (`fal-ai/vidu/q3/reference-to-video/mix`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/vidu/q3/reference-to-video/mix/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/q3/reference-to-video/mix"
    input_model: ClassVar[type[ViduQ3ReferenceToVideoMixInput]] = ViduQ3ReferenceToVideoMixInput
    output_model: ClassVar[type[ViduQ3ReferenceToVideoMixOutput]] = ViduQ3ReferenceToVideoMixOutput
    Input = ViduQ3ReferenceToVideoMixInput
    Output = ViduQ3ReferenceToVideoMixOutput

    def subscribe(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        audio: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ViduQ3ReferenceToVideoMixOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Limits: max length 2000.
            reference_image_urls: URLs of 1 to 4 reference images used to keep subjects or scenes
                consistent. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            duration: Duration of the video in seconds (1-16 for Q3 models). Default: 5. Limits:
                minimum 1, maximum 16.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            resolution: Output video resolution. Default: "720p".
            audio: Whether to use direct audio-video generation. When true, outputs video with
                sound. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "duration": duration,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "audio": audio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        audio: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ViduQ3ReferenceToVideoMixOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Limits: max length 2000.
            reference_image_urls: URLs of 1 to 4 reference images used to keep subjects or scenes
                consistent. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            duration: Duration of the video in seconds (1-16 for Q3 models). Default: 5. Limits:
                minimum 1, maximum 16.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            resolution: Output video resolution. Default: "720p".
            audio: Whether to use direct audio-video generation. When true, outputs video with
                sound. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "duration": duration,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "audio": audio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        audio: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduQ3ReferenceToVideoMixOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Limits: max length 2000.
            reference_image_urls: URLs of 1 to 4 reference images used to keep subjects or scenes
                consistent. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            duration: Duration of the video in seconds (1-16 for Q3 models). Default: 5. Limits:
                minimum 1, maximum 16.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            resolution: Output video resolution. Default: "720p".
            audio: Whether to use direct audio-video generation. When true, outputs video with
                sound. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "duration": duration,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "audio": audio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        audio: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ViduQ3ReferenceToVideoMixOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Limits: max length 2000.
            reference_image_urls: URLs of 1 to 4 reference images used to keep subjects or scenes
                consistent. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            duration: Duration of the video in seconds (1-16 for Q3 models). Default: 5. Limits:
                minimum 1, maximum 16.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            resolution: Output video resolution. Default: "720p".
            audio: Whether to use direct audio-video generation. When true, outputs video with
                sound. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "duration": duration,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "audio": audio,
            }
        )
        return self._stream(payload, options)


class AsyncViduQ3ReferenceToVideoMix(
    AsyncEndpoint[ViduQ3ReferenceToVideoMixInput, ViduQ3ReferenceToVideoMixOutput]
):
    """Vidu Q3 Reference To Video Mix (`fal-ai/vidu/q3/reference-to-video/mix`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/vidu/q3/reference-to-video/mix/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/q3/reference-to-video/mix"
    input_model: ClassVar[type[ViduQ3ReferenceToVideoMixInput]] = ViduQ3ReferenceToVideoMixInput
    output_model: ClassVar[type[ViduQ3ReferenceToVideoMixOutput]] = ViduQ3ReferenceToVideoMixOutput
    Input = ViduQ3ReferenceToVideoMixInput
    Output = ViduQ3ReferenceToVideoMixOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        audio: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ViduQ3ReferenceToVideoMixOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Limits: max length 2000.
            reference_image_urls: URLs of 1 to 4 reference images used to keep subjects or scenes
                consistent. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            duration: Duration of the video in seconds (1-16 for Q3 models). Default: 5. Limits:
                minimum 1, maximum 16.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            resolution: Output video resolution. Default: "720p".
            audio: Whether to use direct audio-video generation. When true, outputs video with
                sound. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "duration": duration,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "audio": audio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        audio: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ViduQ3ReferenceToVideoMixOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Limits: max length 2000.
            reference_image_urls: URLs of 1 to 4 reference images used to keep subjects or scenes
                consistent. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            duration: Duration of the video in seconds (1-16 for Q3 models). Default: 5. Limits:
                minimum 1, maximum 16.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            resolution: Output video resolution. Default: "720p".
            audio: Whether to use direct audio-video generation. When true, outputs video with
                sound. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "duration": duration,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "audio": audio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        audio: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduQ3ReferenceToVideoMixOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Limits: max length 2000.
            reference_image_urls: URLs of 1 to 4 reference images used to keep subjects or scenes
                consistent. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            duration: Duration of the video in seconds (1-16 for Q3 models). Default: 5. Limits:
                minimum 1, maximum 16.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            resolution: Output video resolution. Default: "720p".
            audio: Whether to use direct audio-video generation. When true, outputs video with
                sound. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "duration": duration,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "audio": audio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        audio: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ViduQ3ReferenceToVideoMixOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Limits: max length 2000.
            reference_image_urls: URLs of 1 to 4 reference images used to keep subjects or scenes
                consistent. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            duration: Duration of the video in seconds (1-16 for Q3 models). Default: 5. Limits:
                minimum 1, maximum 16.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            resolution: Output video resolution. Default: "720p".
            audio: Whether to use direct audio-video generation. When true, outputs video with
                sound. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "duration": duration,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "audio": audio,
            }
        )
        return self._stream(payload, options)
