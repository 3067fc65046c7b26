# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `bytedance/seedance-2.0/fast/text-to-video` (Bytedance Seedance 2.0 Fast
Text To Video).
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
from fal_models.models.bytedance_seedance_2_0_fast_text_to_video import (
    BytedanceSeedance2_0FastTextToVideoInput,
    BytedanceSeedance2_0FastTextToVideoOutput,
)

__all__ = [
    "BytedanceSeedance2_0FastTextToVideo",
    "AsyncBytedanceSeedance2_0FastTextToVideo",
    "BytedanceSeedance2_0FastTextToVideoInput",
    "BytedanceSeedance2_0FastTextToVideoOutput",
]


class BytedanceSeedance2_0FastTextToVideo(
    SyncEndpoint[
        BytedanceSeedance2_0FastTextToVideoInput, BytedanceSeedance2_0FastTextToVideoOutput
    ]
):
    """Bytedance Seedance 2.0 Fast Text To Video (`bytedance/seedance-2.0/fast/text-to-video`).

    Category: text-to-video.
    Docs: https://fal.ai/models/bytedance/seedance-2.0/fast/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "bytedance/seedance-2.0/fast/text-to-video"
    input_model: ClassVar[type[BytedanceSeedance2_0FastTextToVideoInput]] = (
        BytedanceSeedance2_0FastTextToVideoInput
    )
    output_model: ClassVar[type[BytedanceSeedance2_0FastTextToVideoOutput]] = (
        BytedanceSeedance2_0FastTextToVideoOutput
    )
    Input = BytedanceSeedance2_0FastTextToVideoInput
    Output = BytedanceSeedance2_0FastTextToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | Omit = omit,
        duration: Literal["auto", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        aspect_ratio: Literal["auto", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        end_user_id: str | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BytedanceSeedance2_0FastTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt used to generate the video.
            resolution: Video resolution - 480p for faster generation, 720p for balance. Default:
                "720p".
            duration: Duration of the video in seconds. Supports 4 to 15 seconds, or auto to let the
                model decide based on the prompt. Default: "auto".
            aspect_ratio: The aspect ratio of the generated video. Use 16:9 for landscape, 9:16 for
                portrait/vertical, 1:1 for square, 21:9 for ultrawide cinematic, or auto to let the
                model decide. Default: "auto".
            generate_audio: Whether to generate synchronized audio for the video, including sound
                effects, ambient sounds, and lip-synced speech. The cost of video generation is the
                same regardless of whether audio is generated or not. Default: true.
            seed: Random seed for reproducibility. Note that results may still vary slightly even
                with the same seed.
            end_user_id: The unique user ID of the end user.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "generate_audio": generate_audio,
                "seed": seed,
                "end_user_id": end_user_id,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | Omit = omit,
        duration: Literal["auto", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        aspect_ratio: Literal["auto", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        end_user_id: str | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BytedanceSeedance2_0FastTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt used to generate the video.
            resolution: Video resolution - 480p for faster generation, 720p for balance. Default:
                "720p".
            duration: Duration of the video in seconds. Supports 4 to 15 seconds, or auto to let the
                model decide based on the prompt. Default: "auto".
            aspect_ratio: The aspect ratio of the generated video. Use 16:9 for landscape, 9:16 for
                portrait/vertical, 1:1 for square, 21:9 for ultrawide cinematic, or auto to let the
                model decide. Default: "auto".
            generate_audio: Whether to generate synchronized audio for the video, including sound
                effects, ambient sounds, and lip-synced speech. The cost of video generation is the
                same regardless of whether audio is generated or not. Default: true.
            seed: Random seed for reproducibility. Note that results may still vary slightly even
                with the same seed.
            end_user_id: The unique user ID of the end user.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "generate_audio": generate_audio,
                "seed": seed,
                "end_user_id": end_user_id,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | Omit = omit,
        duration: Literal["auto", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        aspect_ratio: Literal["auto", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        end_user_id: str | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BytedanceSeedance2_0FastTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt used to generate the video.
            resolution: Video resolution - 480p for faster generation, 720p for balance. Default:
                "720p".
            duration: Duration of the video in seconds. Supports 4 to 15 seconds, or auto to let the
                model decide based on the prompt. Default: "auto".
            aspect_ratio: The aspect ratio of the generated video. Use 16:9 for landscape, 9:16 for
                portrait/vertical, 1:1 for square, 21:9 for ultrawide cinematic, or auto to let the
                model decide. Default: "auto".
            generate_audio: Whether to generate synchronized audio for the video, including sound
                effects, ambient sounds, and lip-synced speech. The cost of video generation is the
                same regardless of whether audio is generated or not. Default: true.
            seed: Random seed for reproducibility. Note that results may still vary slightly even
                with the same seed.
            end_user_id: The unique user ID of the end user.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "generate_audio": generate_audio,
                "seed": seed,
                "end_user_id": end_user_id,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | Omit = omit,
        duration: Literal["auto", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        aspect_ratio: Literal["auto", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        end_user_id: str | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BytedanceSeedance2_0FastTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt used to generate the video.
            resolution: Video resolution - 480p for faster generation, 720p for balance. Default:
                "720p".
            duration: Duration of the video in seconds. Supports 4 to 15 seconds, or auto to let the
                model decide based on the prompt. Default: "auto".
            aspect_ratio: The aspect ratio of the generated video. Use 16:9 for landscape, 9:16 for
                portrait/vertical, 1:1 for square, 21:9 for ultrawide cinematic, or auto to let the
                model decide. Default: "auto".
            generate_audio: Whether to generate synchronized audio for the video, including sound
                effects, ambient sounds, and lip-synced speech. The cost of video generation is the
                same regardless of whether audio is generated or not. Default: true.
            seed: Random seed for reproducibility. Note that results may still vary slightly even
                with the same seed.
            end_user_id: The unique user ID of the end user.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "generate_audio": generate_audio,
                "seed": seed,
                "end_user_id": end_user_id,
            }
        )
        return self._stream(payload, options)


class AsyncBytedanceSeedance2_0FastTextToVideo(
    AsyncEndpoint[
        BytedanceSeedance2_0FastTextToVideoInput, BytedanceSeedance2_0FastTextToVideoOutput
    ]
):
    """Bytedance Seedance 2.0 Fast Text To Video (`bytedance/seedance-2.0/fast/text-to-video`).

    Category: text-to-video.
    Docs: https://fal.ai/models/bytedance/seedance-2.0/fast/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "bytedance/seedance-2.0/fast/text-to-video"
    input_model: ClassVar[type[BytedanceSeedance2_0FastTextToVideoInput]] = (
        BytedanceSeedance2_0FastTextToVideoInput
    )
    output_model: ClassVar[type[BytedanceSeedance2_0FastTextToVideoOutput]] = (
        BytedanceSeedance2_0FastTextToVideoOutput
    )
    Input = BytedanceSeedance2_0FastTextToVideoInput
    Output = BytedanceSeedance2_0FastTextToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | Omit = omit,
        duration: Literal["auto", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        aspect_ratio: Literal["auto", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        end_user_id: str | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BytedanceSeedance2_0FastTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt used to generate the video.
            resolution: Video resolution - 480p for faster generation, 720p for balance. Default:
                "720p".
            duration: Duration of the video in seconds. Supports 4 to 15 seconds, or auto to let the
                model decide based on the prompt. Default: "auto".
            aspect_ratio: The aspect ratio of the generated video. Use 16:9 for landscape, 9:16 for
                portrait/vertical, 1:1 for square, 21:9 for ultrawide cinematic, or auto to let the
                model decide. Default: "auto".
            generate_audio: Whether to generate synchronized audio for the video, including sound
                effects, ambient sounds, and lip-synced speech. The cost of video generation is the
                same regardless of whether audio is generated or not. Default: true.
            seed: Random seed for reproducibility. Note that results may still vary slightly even
                with the same seed.
            end_user_id: The unique user ID of the end user.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "generate_audio": generate_audio,
                "seed": seed,
                "end_user_id": end_user_id,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | Omit = omit,
        duration: Literal["auto", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        aspect_ratio: Literal["auto", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        end_user_id: str | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BytedanceSeedance2_0FastTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt used to generate the video.
            resolution: Video resolution - 480p for faster generation, 720p for balance. Default:
                "720p".
            duration: Duration of the video in seconds. Supports 4 to 15 seconds, or auto to let the
                model decide based on the prompt. Default: "auto".
            aspect_ratio: The aspect ratio of the generated video. Use 16:9 for landscape, 9:16 for
                portrait/vertical, 1:1 for square, 21:9 for ultrawide cinematic, or auto to let the
                model decide. Default: "auto".
            generate_audio: Whether to generate synchronized audio for the video, including sound
                effects, ambient sounds, and lip-synced speech. The cost of video generation is the
                same regardless of whether audio is generated or not. Default: true.
            seed: Random seed for reproducibility. Note that results may still vary slightly even
                with the same seed.
            end_user_id: The unique user ID of the end user.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "generate_audio": generate_audio,
                "seed": seed,
                "end_user_id": end_user_id,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | Omit = omit,
        duration: Literal["auto", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        aspect_ratio: Literal["auto", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        end_user_id: str | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BytedanceSeedance2_0FastTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt used to generate the video.
            resolution: Video resolution - 480p for faster generation, 720p for balance. Default:
                "720p".
            duration: Duration of the video in seconds. Supports 4 to 15 seconds, or auto to let the
                model decide based on the prompt. Default: "auto".
            aspect_ratio: The aspect ratio of the generated video. Use 16:9 for landscape, 9:16 for
                portrait/vertical, 1:1 for square, 21:9 for ultrawide cinematic, or auto to let the
                model decide. Default: "auto".
            generate_audio: Whether to generate synchronized audio for the video, including sound
                effects, ambient sounds, and lip-synced speech. The cost of video generation is the
                same regardless of whether audio is generated or not. Default: true.
            seed: Random seed for reproducibility. Note that results may still vary slightly even
                with the same seed.
            end_user_id: The unique user ID of the end user.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "generate_audio": generate_audio,
                "seed": seed,
                "end_user_id": end_user_id,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | Omit = omit,
        duration: Literal["auto", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | Omit = omit,
        aspect_ratio: Literal["auto", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        end_user_id: str | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BytedanceSeedance2_0FastTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt used to generate the video.
            resolution: Video resolution - 480p for faster generation, 720p for balance. Default:
                "720p".
            duration: Duration of the video in seconds. Supports 4 to 15 seconds, or auto to let the
                model decide based on the prompt. Default: "auto".
            aspect_ratio: The aspect ratio of the generated video. Use 16:9 for landscape, 9:16 for
                portrait/vertical, 1:1 for square, 21:9 for ultrawide cinematic, or auto to let the
                model decide. Default: "auto".
            generate_audio: Whether to generate synchronized audio for the video, including sound
                effects, ambient sounds, and lip-synced speech. The cost of video generation is the
                same regardless of whether audio is generated or not. Default: true.
            seed: Random seed for reproducibility. Note that results may still vary slightly even
                with the same seed.
            end_user_id: The unique user ID of the end user.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "generate_audio": generate_audio,
                "seed": seed,
                "end_user_id": end_user_id,
            }
        )
        return self._stream(payload, options)
