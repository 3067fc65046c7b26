# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/stable-avatar` (Stable Avatar)."""

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
from fal_models.models.stable_avatar import StableAvatarInput, StableAvatarOutput

__all__ = ["StableAvatar", "AsyncStableAvatar", "StableAvatarInput", "StableAvatarOutput"]


class StableAvatar(SyncEndpoint[StableAvatarInput, StableAvatarOutput]):
    """Stable Avatar (`fal-ai/stable-avatar`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/stable-avatar/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/stable-avatar"
    input_model: ClassVar[type[StableAvatarInput]] = StableAvatarInput
    output_model: ClassVar[type[StableAvatarOutput]] = StableAvatarOutput
    Input = StableAvatarInput
    Output = StableAvatarOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        aspect_ratio: Literal["16:9", "1:1", "9:16", "auto"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        perturbation: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> StableAvatarOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the video generation.
            aspect_ratio: The aspect ratio of the video to generate. If 'auto', the aspect ratio
                will be determined by the reference image. Default: "auto".
            guidance_scale: The guidance scale to use for the video generation. Default: 5. Limits:
                minimum 1, maximum 10.
            audio_guidance_scale: The audio guidance scale to use for the video generation. Default:
                4. Limits: minimum 0, maximum 10.
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 50. Limits: minimum 10, maximum 50.
            seed: The seed to use for the video generation.
            perturbation: The amount of perturbation to use for the video generation. 0.0 means no
                perturbation, 1.0 means full perturbation. Default: 0.1. Limits: minimum 0, maximum
                1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "guidance_scale": guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "perturbation": perturbation,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        aspect_ratio: Literal["16:9", "1:1", "9:16", "auto"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        perturbation: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[StableAvatarOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the video generation.
            aspect_ratio: The aspect ratio of the video to generate. If 'auto', the aspect ratio
                will be determined by the reference image. Default: "auto".
            guidance_scale: The guidance scale to use for the video generation. Default: 5. Limits:
                minimum 1, maximum 10.
            audio_guidance_scale: The audio guidance scale to use for the video generation. Default:
                4. Limits: minimum 0, maximum 10.
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 50. Limits: minimum 10, maximum 50.
            seed: The seed to use for the video generation.
            perturbation: The amount of perturbation to use for the video generation. 0.0 means no
                perturbation, 1.0 means full perturbation. Default: 0.1. Limits: minimum 0, maximum
                1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "guidance_scale": guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "perturbation": perturbation,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        aspect_ratio: Literal["16:9", "1:1", "9:16", "auto"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        perturbation: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> StableAvatarOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the video generation.
            aspect_ratio: The aspect ratio of the video to generate. If 'auto', the aspect ratio
                will be determined by the reference image. Default: "auto".
            guidance_scale: The guidance scale to use for the video generation. Default: 5. Limits:
                minimum 1, maximum 10.
            audio_guidance_scale: The audio guidance scale to use for the video generation. Default:
                4. Limits: minimum 0, maximum 10.
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 50. Limits: minimum 10, maximum 50.
            seed: The seed to use for the video generation.
            perturbation: The amount of perturbation to use for the video generation. 0.0 means no
                perturbation, 1.0 means full perturbation. Default: 0.1. Limits: minimum 0, maximum
                1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "guidance_scale": guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "perturbation": perturbation,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        aspect_ratio: Literal["16:9", "1:1", "9:16", "auto"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        perturbation: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[StableAvatarOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the video generation.
            aspect_ratio: The aspect ratio of the video to generate. If 'auto', the aspect ratio
                will be determined by the reference image. Default: "auto".
            guidance_scale: The guidance scale to use for the video generation. Default: 5. Limits:
                minimum 1, maximum 10.
            audio_guidance_scale: The audio guidance scale to use for the video generation. Default:
                4. Limits: minimum 0, maximum 10.
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 50. Limits: minimum 10, maximum 50.
            seed: The seed to use for the video generation.
            perturbation: The amount of perturbation to use for the video generation. 0.0 means no
                perturbation, 1.0 means full perturbation. Default: 0.1. Limits: minimum 0, maximum
                1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "guidance_scale": guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "perturbation": perturbation,
            }
        )
        return self._stream(payload, options)


class AsyncStableAvatar(AsyncEndpoint[StableAvatarInput, StableAvatarOutput]):
    """Stable Avatar (`fal-ai/stable-avatar`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/stable-avatar/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/stable-avatar"
    input_model: ClassVar[type[StableAvatarInput]] = StableAvatarInput
    output_model: ClassVar[type[StableAvatarOutput]] = StableAvatarOutput
    Input = StableAvatarInput
    Output = StableAvatarOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        aspect_ratio: Literal["16:9", "1:1", "9:16", "auto"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        perturbation: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> StableAvatarOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the video generation.
            aspect_ratio: The aspect ratio of the video to generate. If 'auto', the aspect ratio
                will be determined by the reference image. Default: "auto".
            guidance_scale: The guidance scale to use for the video generation. Default: 5. Limits:
                minimum 1, maximum 10.
            audio_guidance_scale: The audio guidance scale to use for the video generation. Default:
                4. Limits: minimum 0, maximum 10.
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 50. Limits: minimum 10, maximum 50.
            seed: The seed to use for the video generation.
            perturbation: The amount of perturbation to use for the video generation. 0.0 means no
                perturbation, 1.0 means full perturbation. Default: 0.1. Limits: minimum 0, maximum
                1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "guidance_scale": guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "perturbation": perturbation,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        aspect_ratio: Literal["16:9", "1:1", "9:16", "auto"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        perturbation: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[StableAvatarOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the video generation.
            aspect_ratio: The aspect ratio of the video to generate. If 'auto', the aspect ratio
                will be determined by the reference image. Default: "auto".
            guidance_scale: The guidance scale to use for the video generation. Default: 5. Limits:
                minimum 1, maximum 10.
            audio_guidance_scale: The audio guidance scale to use for the video generation. Default:
                4. Limits: minimum 0, maximum 10.
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 50. Limits: minimum 10, maximum 50.
            seed: The seed to use for the video generation.
            perturbation: The amount of perturbation to use for the video generation. 0.0 means no
                perturbation, 1.0 means full perturbation. Default: 0.1. Limits: minimum 0, maximum
                1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "guidance_scale": guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "perturbation": perturbation,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        aspect_ratio: Literal["16:9", "1:1", "9:16", "auto"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        perturbation: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> StableAvatarOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the video generation.
            aspect_ratio: The aspect ratio of the video to generate. If 'auto', the aspect ratio
                will be determined by the reference image. Default: "auto".
            guidance_scale: The guidance scale to use for the video generation. Default: 5. Limits:
                minimum 1, maximum 10.
            audio_guidance_scale: The audio guidance scale to use for the video generation. Default:
                4. Limits: minimum 0, maximum 10.
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 50. Limits: minimum 10, maximum 50.
            seed: The seed to use for the video generation.
            perturbation: The amount of perturbation to use for the video generation. 0.0 means no
                perturbation, 1.0 means full perturbation. Default: 0.1. Limits: minimum 0, maximum
                1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "guidance_scale": guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "perturbation": perturbation,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        aspect_ratio: Literal["16:9", "1:1", "9:16", "auto"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        perturbation: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[StableAvatarOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the video generation.
            aspect_ratio: The aspect ratio of the video to generate. If 'auto', the aspect ratio
                will be determined by the reference image. Default: "auto".
            guidance_scale: The guidance scale to use for the video generation. Default: 5. Limits:
                minimum 1, maximum 10.
            audio_guidance_scale: The audio guidance scale to use for the video generation. Default:
                4. Limits: minimum 0, maximum 10.
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 50. Limits: minimum 10, maximum 50.
            seed: The seed to use for the video generation.
            perturbation: The amount of perturbation to use for the video generation. 0.0 means no
                perturbation, 1.0 means full perturbation. Default: 0.1. Limits: minimum 0, maximum
                1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "guidance_scale": guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "perturbation": perturbation,
            }
        )
        return self._stream(payload, options)
