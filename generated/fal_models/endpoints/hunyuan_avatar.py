# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hunyuan-avatar` (Hunyuan Avatar)."""

from __future__ import annotations

from typing import ClassVar, Unpack

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
from fal_models.models.hunyuan_avatar import HunyuanAvatarInput, HunyuanAvatarOutput

__all__ = ["HunyuanAvatar", "AsyncHunyuanAvatar", "HunyuanAvatarInput", "HunyuanAvatarOutput"]


class HunyuanAvatar(SyncEndpoint[HunyuanAvatarInput, HunyuanAvatarOutput]):
    """Hunyuan Avatar (`fal-ai/hunyuan-avatar`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/hunyuan-avatar/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-avatar"
    input_model: ClassVar[type[HunyuanAvatarInput]] = HunyuanAvatarInput
    output_model: ClassVar[type[HunyuanAvatarOutput]] = HunyuanAvatarOutput
    Input = HunyuanAvatarInput
    Output = HunyuanAvatarOutput

    def subscribe(
        self,
        *,
        audio_url: FileInput,
        image_url: FileInput,
        text: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        turbo_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> HunyuanAvatarOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            image_url: The URL of the reference image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            text: Text prompt describing the scene. Default: "A cat is singing.".
            num_frames: Number of video frames to generate at 25 FPS. If greater than the input
                audio length, it will capped to the length of the input audio. Default: 129. Limits:
                minimum 129, maximum 401.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 30, maximum 50.
            turbo_mode: If true, the video will be generated faster with no noticeable degradation
                in the visual quality. Default: true.
            seed: Random seed for generation.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "image_url": image_url,
                "text": text,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "turbo_mode": turbo_mode,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        audio_url: FileInput,
        image_url: FileInput,
        text: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        turbo_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[HunyuanAvatarOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            image_url: The URL of the reference image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            text: Text prompt describing the scene. Default: "A cat is singing.".
            num_frames: Number of video frames to generate at 25 FPS. If greater than the input
                audio length, it will capped to the length of the input audio. Default: 129. Limits:
                minimum 129, maximum 401.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 30, maximum 50.
            turbo_mode: If true, the video will be generated faster with no noticeable degradation
                in the visual quality. Default: true.
            seed: Random seed for generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "image_url": image_url,
                "text": text,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "turbo_mode": turbo_mode,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        audio_url: FileInput,
        image_url: FileInput,
        text: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        turbo_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HunyuanAvatarOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            image_url: The URL of the reference image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            text: Text prompt describing the scene. Default: "A cat is singing.".
            num_frames: Number of video frames to generate at 25 FPS. If greater than the input
                audio length, it will capped to the length of the input audio. Default: 129. Limits:
                minimum 129, maximum 401.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 30, maximum 50.
            turbo_mode: If true, the video will be generated faster with no noticeable degradation
                in the visual quality. Default: true.
            seed: Random seed for generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "image_url": image_url,
                "text": text,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "turbo_mode": turbo_mode,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        image_url: FileInput,
        text: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        turbo_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[HunyuanAvatarOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            image_url: The URL of the reference image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            text: Text prompt describing the scene. Default: "A cat is singing.".
            num_frames: Number of video frames to generate at 25 FPS. If greater than the input
                audio length, it will capped to the length of the input audio. Default: 129. Limits:
                minimum 129, maximum 401.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 30, maximum 50.
            turbo_mode: If true, the video will be generated faster with no noticeable degradation
                in the visual quality. Default: true.
            seed: Random seed for generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "image_url": image_url,
                "text": text,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "turbo_mode": turbo_mode,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncHunyuanAvatar(AsyncEndpoint[HunyuanAvatarInput, HunyuanAvatarOutput]):
    """Hunyuan Avatar (`fal-ai/hunyuan-avatar`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/hunyuan-avatar/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-avatar"
    input_model: ClassVar[type[HunyuanAvatarInput]] = HunyuanAvatarInput
    output_model: ClassVar[type[HunyuanAvatarOutput]] = HunyuanAvatarOutput
    Input = HunyuanAvatarInput
    Output = HunyuanAvatarOutput

    async def subscribe(
        self,
        *,
        audio_url: FileInput,
        image_url: FileInput,
        text: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        turbo_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> HunyuanAvatarOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            image_url: The URL of the reference image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            text: Text prompt describing the scene. Default: "A cat is singing.".
            num_frames: Number of video frames to generate at 25 FPS. If greater than the input
                audio length, it will capped to the length of the input audio. Default: 129. Limits:
                minimum 129, maximum 401.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 30, maximum 50.
            turbo_mode: If true, the video will be generated faster with no noticeable degradation
                in the visual quality. Default: true.
            seed: Random seed for generation.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "image_url": image_url,
                "text": text,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "turbo_mode": turbo_mode,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        audio_url: FileInput,
        image_url: FileInput,
        text: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        turbo_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[HunyuanAvatarOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            image_url: The URL of the reference image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            text: Text prompt describing the scene. Default: "A cat is singing.".
            num_frames: Number of video frames to generate at 25 FPS. If greater than the input
                audio length, it will capped to the length of the input audio. Default: 129. Limits:
                minimum 129, maximum 401.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 30, maximum 50.
            turbo_mode: If true, the video will be generated faster with no noticeable degradation
                in the visual quality. Default: true.
            seed: Random seed for generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "image_url": image_url,
                "text": text,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "turbo_mode": turbo_mode,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        audio_url: FileInput,
        image_url: FileInput,
        text: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        turbo_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HunyuanAvatarOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            image_url: The URL of the reference image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            text: Text prompt describing the scene. Default: "A cat is singing.".
            num_frames: Number of video frames to generate at 25 FPS. If greater than the input
                audio length, it will capped to the length of the input audio. Default: 129. Limits:
                minimum 129, maximum 401.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 30, maximum 50.
            turbo_mode: If true, the video will be generated faster with no noticeable degradation
                in the visual quality. Default: true.
            seed: Random seed for generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "image_url": image_url,
                "text": text,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "turbo_mode": turbo_mode,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        image_url: FileInput,
        text: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        turbo_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[HunyuanAvatarOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            image_url: The URL of the reference image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            text: Text prompt describing the scene. Default: "A cat is singing.".
            num_frames: Number of video frames to generate at 25 FPS. If greater than the input
                audio length, it will capped to the length of the input audio. Default: 129. Limits:
                minimum 129, maximum 401.
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 30, maximum 50.
            turbo_mode: If true, the video will be generated faster with no noticeable degradation
                in the visual quality. Default: true.
            seed: Random seed for generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "image_url": image_url,
                "text": text,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "turbo_mode": turbo_mode,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
