# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ovi/image-to-video` (Ovi Image To Video)."""

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
from fal_models.models.ovi_image_to_video import OviImageToVideoInput, OviImageToVideoOutput

__all__ = [
    "OviImageToVideo",
    "AsyncOviImageToVideo",
    "OviImageToVideoInput",
    "OviImageToVideoOutput",
]


class OviImageToVideo(SyncEndpoint[OviImageToVideoInput, OviImageToVideoOutput]):
    """Ovi Image To Video (`fal-ai/ovi/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/ovi/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ovi/image-to-video"
    input_model: ClassVar[type[OviImageToVideoInput]] = OviImageToVideoInput
    output_model: ClassVar[type[OviImageToVideoOutput]] = OviImageToVideoOutput
    Input = OviImageToVideoInput
    Output = OviImageToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        audio_negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> OviImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "jitter, bad hands,
                blur, distortion".
            num_inference_steps: The number of inference steps. Default: 30. Limits: minimum 1,
                maximum 50.
            audio_negative_prompt: Negative prompt for audio generation. Default: "robotic, muffled,
                echo, distorted".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            image_url: The image URL to guide video generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "audio_negative_prompt": audio_negative_prompt,
                "seed": seed,
                "image_url": image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        audio_negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[OviImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "jitter, bad hands,
                blur, distortion".
            num_inference_steps: The number of inference steps. Default: 30. Limits: minimum 1,
                maximum 50.
            audio_negative_prompt: Negative prompt for audio generation. Default: "robotic, muffled,
                echo, distorted".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            image_url: The image URL to guide video generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "audio_negative_prompt": audio_negative_prompt,
                "seed": seed,
                "image_url": image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        audio_negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> OviImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "jitter, bad hands,
                blur, distortion".
            num_inference_steps: The number of inference steps. Default: 30. Limits: minimum 1,
                maximum 50.
            audio_negative_prompt: Negative prompt for audio generation. Default: "robotic, muffled,
                echo, distorted".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            image_url: The image URL to guide video generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "audio_negative_prompt": audio_negative_prompt,
                "seed": seed,
                "image_url": image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        audio_negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[OviImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "jitter, bad hands,
                blur, distortion".
            num_inference_steps: The number of inference steps. Default: 30. Limits: minimum 1,
                maximum 50.
            audio_negative_prompt: Negative prompt for audio generation. Default: "robotic, muffled,
                echo, distorted".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            image_url: The image URL to guide video generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "audio_negative_prompt": audio_negative_prompt,
                "seed": seed,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)


class AsyncOviImageToVideo(AsyncEndpoint[OviImageToVideoInput, OviImageToVideoOutput]):
    """Ovi Image To Video (`fal-ai/ovi/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/ovi/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ovi/image-to-video"
    input_model: ClassVar[type[OviImageToVideoInput]] = OviImageToVideoInput
    output_model: ClassVar[type[OviImageToVideoOutput]] = OviImageToVideoOutput
    Input = OviImageToVideoInput
    Output = OviImageToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        audio_negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> OviImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "jitter, bad hands,
                blur, distortion".
            num_inference_steps: The number of inference steps. Default: 30. Limits: minimum 1,
                maximum 50.
            audio_negative_prompt: Negative prompt for audio generation. Default: "robotic, muffled,
                echo, distorted".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            image_url: The image URL to guide video generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "audio_negative_prompt": audio_negative_prompt,
                "seed": seed,
                "image_url": image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        audio_negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[OviImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "jitter, bad hands,
                blur, distortion".
            num_inference_steps: The number of inference steps. Default: 30. Limits: minimum 1,
                maximum 50.
            audio_negative_prompt: Negative prompt for audio generation. Default: "robotic, muffled,
                echo, distorted".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            image_url: The image URL to guide video generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "audio_negative_prompt": audio_negative_prompt,
                "seed": seed,
                "image_url": image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        audio_negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> OviImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "jitter, bad hands,
                blur, distortion".
            num_inference_steps: The number of inference steps. Default: 30. Limits: minimum 1,
                maximum 50.
            audio_negative_prompt: Negative prompt for audio generation. Default: "robotic, muffled,
                echo, distorted".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            image_url: The image URL to guide video generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "audio_negative_prompt": audio_negative_prompt,
                "seed": seed,
                "image_url": image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        audio_negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[OviImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt to guide video generation.
            negative_prompt: Negative prompt for video generation. Default: "jitter, bad hands,
                blur, distortion".
            num_inference_steps: The number of inference steps. Default: 30. Limits: minimum 1,
                maximum 50.
            audio_negative_prompt: Negative prompt for audio generation. Default: "robotic, muffled,
                echo, distorted".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            image_url: The image URL to guide video generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "audio_negative_prompt": audio_negative_prompt,
                "seed": seed,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)
