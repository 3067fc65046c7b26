# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/echomimic-v3` (Echomimic V3)."""

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
from fal_models.models.echomimic_v3 import EchomimicV3Input, EchomimicV3Output

__all__ = ["EchomimicV3", "AsyncEchomimicV3", "EchomimicV3Input", "EchomimicV3Output"]


class EchomimicV3(SyncEndpoint[EchomimicV3Input, EchomimicV3Output]):
    """Echomimic V3 (`fal-ai/echomimic-v3`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/echomimic-v3/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/echomimic-v3"
    input_model: ClassVar[type[EchomimicV3Input]] = EchomimicV3Input
    output_model: ClassVar[type[EchomimicV3Output]] = EchomimicV3Output
    Input = EchomimicV3Input
    Output = EchomimicV3Output

    def subscribe(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames_per_generation: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> EchomimicV3Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the video generation.
            negative_prompt: The negative prompt to use for the video generation. Default: "".
            num_frames_per_generation: The number of frames to generate at once. Default: 121.
                Limits: minimum 49, maximum 161.
            guidance_scale: The guidance scale to use for the video generation. Default: 4.5.
                Limits: minimum 1, maximum 10.
            audio_guidance_scale: The audio guidance scale to use for the video generation. Default:
                2.5. Limits: minimum 0, maximum 10.
            seed: The seed to use for the video generation.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames_per_generation": num_frames_per_generation,
                "guidance_scale": guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames_per_generation: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[EchomimicV3Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the video generation.
            negative_prompt: The negative prompt to use for the video generation. Default: "".
            num_frames_per_generation: The number of frames to generate at once. Default: 121.
                Limits: minimum 49, maximum 161.
            guidance_scale: The guidance scale to use for the video generation. Default: 4.5.
                Limits: minimum 1, maximum 10.
            audio_guidance_scale: The audio guidance scale to use for the video generation. Default:
                2.5. Limits: minimum 0, maximum 10.
            seed: The seed to use for the video generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames_per_generation": num_frames_per_generation,
                "guidance_scale": guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames_per_generation: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> EchomimicV3Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the video generation.
            negative_prompt: The negative prompt to use for the video generation. Default: "".
            num_frames_per_generation: The number of frames to generate at once. Default: 121.
                Limits: minimum 49, maximum 161.
            guidance_scale: The guidance scale to use for the video generation. Default: 4.5.
                Limits: minimum 1, maximum 10.
            audio_guidance_scale: The audio guidance scale to use for the video generation. Default:
                2.5. Limits: minimum 0, maximum 10.
            seed: The seed to use for the video generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames_per_generation": num_frames_per_generation,
                "guidance_scale": guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames_per_generation: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[EchomimicV3Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the video generation.
            negative_prompt: The negative prompt to use for the video generation. Default: "".
            num_frames_per_generation: The number of frames to generate at once. Default: 121.
                Limits: minimum 49, maximum 161.
            guidance_scale: The guidance scale to use for the video generation. Default: 4.5.
                Limits: minimum 1, maximum 10.
            audio_guidance_scale: The audio guidance scale to use for the video generation. Default:
                2.5. Limits: minimum 0, maximum 10.
            seed: The seed to use for the video generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames_per_generation": num_frames_per_generation,
                "guidance_scale": guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncEchomimicV3(AsyncEndpoint[EchomimicV3Input, EchomimicV3Output]):
    """Echomimic V3 (`fal-ai/echomimic-v3`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/echomimic-v3/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/echomimic-v3"
    input_model: ClassVar[type[EchomimicV3Input]] = EchomimicV3Input
    output_model: ClassVar[type[EchomimicV3Output]] = EchomimicV3Output
    Input = EchomimicV3Input
    Output = EchomimicV3Output

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames_per_generation: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> EchomimicV3Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the video generation.
            negative_prompt: The negative prompt to use for the video generation. Default: "".
            num_frames_per_generation: The number of frames to generate at once. Default: 121.
                Limits: minimum 49, maximum 161.
            guidance_scale: The guidance scale to use for the video generation. Default: 4.5.
                Limits: minimum 1, maximum 10.
            audio_guidance_scale: The audio guidance scale to use for the video generation. Default:
                2.5. Limits: minimum 0, maximum 10.
            seed: The seed to use for the video generation.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames_per_generation": num_frames_per_generation,
                "guidance_scale": guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames_per_generation: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[EchomimicV3Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the video generation.
            negative_prompt: The negative prompt to use for the video generation. Default: "".
            num_frames_per_generation: The number of frames to generate at once. Default: 121.
                Limits: minimum 49, maximum 161.
            guidance_scale: The guidance scale to use for the video generation. Default: 4.5.
                Limits: minimum 1, maximum 10.
            audio_guidance_scale: The audio guidance scale to use for the video generation. Default:
                2.5. Limits: minimum 0, maximum 10.
            seed: The seed to use for the video generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames_per_generation": num_frames_per_generation,
                "guidance_scale": guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames_per_generation: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> EchomimicV3Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the video generation.
            negative_prompt: The negative prompt to use for the video generation. Default: "".
            num_frames_per_generation: The number of frames to generate at once. Default: 121.
                Limits: minimum 49, maximum 161.
            guidance_scale: The guidance scale to use for the video generation. Default: 4.5.
                Limits: minimum 1, maximum 10.
            audio_guidance_scale: The audio guidance scale to use for the video generation. Default:
                2.5. Limits: minimum 0, maximum 10.
            seed: The seed to use for the video generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames_per_generation": num_frames_per_generation,
                "guidance_scale": guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames_per_generation: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[EchomimicV3Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the video generation.
            negative_prompt: The negative prompt to use for the video generation. Default: "".
            num_frames_per_generation: The number of frames to generate at once. Default: 121.
                Limits: minimum 49, maximum 161.
            guidance_scale: The guidance scale to use for the video generation. Default: 4.5.
                Limits: minimum 1, maximum 10.
            audio_guidance_scale: The audio guidance scale to use for the video generation. Default:
                2.5. Limits: minimum 0, maximum 10.
            seed: The seed to use for the video generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames_per_generation": num_frames_per_generation,
                "guidance_scale": guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
