# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-video/v2.6/pro/image-to-video` (Kling Video V2.6 Pro Image
To Video).
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
from fal_models.models.kling_video_v2_6_pro_image_to_video import (
    KlingVideoV2_6ProImageToVideoInput,
    KlingVideoV2_6ProImageToVideoOutput,
)

__all__ = [
    "KlingVideoV2_6ProImageToVideo",
    "AsyncKlingVideoV2_6ProImageToVideo",
    "KlingVideoV2_6ProImageToVideoInput",
    "KlingVideoV2_6ProImageToVideoOutput",
]


class KlingVideoV2_6ProImageToVideo(
    SyncEndpoint[KlingVideoV2_6ProImageToVideoInput, KlingVideoV2_6ProImageToVideoOutput]
):
    """Kling Video V2.6 Pro Image To Video (`fal-ai/kling-video/v2.6/pro/image-to-video`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/v2.6/pro/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/v2.6/pro/image-to-video"
    input_model: ClassVar[type[KlingVideoV2_6ProImageToVideoInput]] = (
        KlingVideoV2_6ProImageToVideoInput
    )
    output_model: ClassVar[type[KlingVideoV2_6ProImageToVideoOutput]] = (
        KlingVideoV2_6ProImageToVideoOutput
    )
    Input = KlingVideoV2_6ProImageToVideoInput
    Output = KlingVideoV2_6ProImageToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        start_image_url: FileInput,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        generate_audio: bool | Omit = omit,
        voice_ids: list[str] | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KlingVideoV2_6ProImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            start_image_url: URL of the image to be used for the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            voice_ids: Optional Voice IDs for video generation. Reference voices in your prompt with
                <<<voice_1>>> and <<<voice_2>>> (maximum 2 voices per task). Get voice IDs from the
                kling video create-voice endpoint:
                https://fal.ai/models/fal-ai/kling-video/create-voice.
            end_image_url: URL of the image to be used for the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "generate_audio": generate_audio,
                "voice_ids": voice_ids,
                "end_image_url": end_image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        start_image_url: FileInput,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        generate_audio: bool | Omit = omit,
        voice_ids: list[str] | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingVideoV2_6ProImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            start_image_url: URL of the image to be used for the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            voice_ids: Optional Voice IDs for video generation. Reference voices in your prompt with
                <<<voice_1>>> and <<<voice_2>>> (maximum 2 voices per task). Get voice IDs from the
                kling video create-voice endpoint:
                https://fal.ai/models/fal-ai/kling-video/create-voice.
            end_image_url: URL of the image to be used for the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "generate_audio": generate_audio,
                "voice_ids": voice_ids,
                "end_image_url": end_image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        start_image_url: FileInput,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        generate_audio: bool | Omit = omit,
        voice_ids: list[str] | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoV2_6ProImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            start_image_url: URL of the image to be used for the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            voice_ids: Optional Voice IDs for video generation. Reference voices in your prompt with
                <<<voice_1>>> and <<<voice_2>>> (maximum 2 voices per task). Get voice IDs from the
                kling video create-voice endpoint:
                https://fal.ai/models/fal-ai/kling-video/create-voice.
            end_image_url: URL of the image to be used for the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "generate_audio": generate_audio,
                "voice_ids": voice_ids,
                "end_image_url": end_image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        start_image_url: FileInput,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        generate_audio: bool | Omit = omit,
        voice_ids: list[str] | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingVideoV2_6ProImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            start_image_url: URL of the image to be used for the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            voice_ids: Optional Voice IDs for video generation. Reference voices in your prompt with
                <<<voice_1>>> and <<<voice_2>>> (maximum 2 voices per task). Get voice IDs from the
                kling video create-voice endpoint:
                https://fal.ai/models/fal-ai/kling-video/create-voice.
            end_image_url: URL of the image to be used for the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "generate_audio": generate_audio,
                "voice_ids": voice_ids,
                "end_image_url": end_image_url,
            }
        )
        return self._stream(payload, options)


class AsyncKlingVideoV2_6ProImageToVideo(
    AsyncEndpoint[KlingVideoV2_6ProImageToVideoInput, KlingVideoV2_6ProImageToVideoOutput]
):
    """Kling Video V2.6 Pro Image To Video (`fal-ai/kling-video/v2.6/pro/image-to-video`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/v2.6/pro/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/v2.6/pro/image-to-video"
    input_model: ClassVar[type[KlingVideoV2_6ProImageToVideoInput]] = (
        KlingVideoV2_6ProImageToVideoInput
    )
    output_model: ClassVar[type[KlingVideoV2_6ProImageToVideoOutput]] = (
        KlingVideoV2_6ProImageToVideoOutput
    )
    Input = KlingVideoV2_6ProImageToVideoInput
    Output = KlingVideoV2_6ProImageToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        start_image_url: FileInput,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        generate_audio: bool | Omit = omit,
        voice_ids: list[str] | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingVideoV2_6ProImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            start_image_url: URL of the image to be used for the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            voice_ids: Optional Voice IDs for video generation. Reference voices in your prompt with
                <<<voice_1>>> and <<<voice_2>>> (maximum 2 voices per task). Get voice IDs from the
                kling video create-voice endpoint:
                https://fal.ai/models/fal-ai/kling-video/create-voice.
            end_image_url: URL of the image to be used for the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "generate_audio": generate_audio,
                "voice_ids": voice_ids,
                "end_image_url": end_image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        start_image_url: FileInput,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        generate_audio: bool | Omit = omit,
        voice_ids: list[str] | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingVideoV2_6ProImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            start_image_url: URL of the image to be used for the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            voice_ids: Optional Voice IDs for video generation. Reference voices in your prompt with
                <<<voice_1>>> and <<<voice_2>>> (maximum 2 voices per task). Get voice IDs from the
                kling video create-voice endpoint:
                https://fal.ai/models/fal-ai/kling-video/create-voice.
            end_image_url: URL of the image to be used for the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "generate_audio": generate_audio,
                "voice_ids": voice_ids,
                "end_image_url": end_image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        start_image_url: FileInput,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        generate_audio: bool | Omit = omit,
        voice_ids: list[str] | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoV2_6ProImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            start_image_url: URL of the image to be used for the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            voice_ids: Optional Voice IDs for video generation. Reference voices in your prompt with
                <<<voice_1>>> and <<<voice_2>>> (maximum 2 voices per task). Get voice IDs from the
                kling video create-voice endpoint:
                https://fal.ai/models/fal-ai/kling-video/create-voice.
            end_image_url: URL of the image to be used for the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "generate_audio": generate_audio,
                "voice_ids": voice_ids,
                "end_image_url": end_image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        start_image_url: FileInput,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        generate_audio: bool | Omit = omit,
        voice_ids: list[str] | None | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingVideoV2_6ProImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            start_image_url: URL of the image to be used for the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            generate_audio: Whether to generate native audio for the video. Supports Chinese and
                English voice output. Other languages are automatically translated to English. For
                English speech, use lowercase letters; for acronyms or proper nouns, use uppercase.
                Default: true.
            voice_ids: Optional Voice IDs for video generation. Reference voices in your prompt with
                <<<voice_1>>> and <<<voice_2>>> (maximum 2 voices per task). Get voice IDs from the
                kling video create-voice endpoint:
                https://fal.ai/models/fal-ai/kling-video/create-voice.
            end_image_url: URL of the image to be used for the end of the video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "generate_audio": generate_audio,
                "voice_ids": voice_ids,
                "end_image_url": end_image_url,
            }
        )
        return self._stream(payload, options)
