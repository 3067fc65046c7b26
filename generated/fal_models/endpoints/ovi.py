# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ovi` (Ovi)."""

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
from fal_models.models.ovi import OviInput, OviOutput

__all__ = ["Ovi", "AsyncOvi", "OviInput", "OviOutput"]


class Ovi(SyncEndpoint[OviInput, OviOutput]):
    """Ovi (`fal-ai/ovi`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/ovi/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ovi"
    input_model: ClassVar[type[OviInput]] = OviInput
    output_model: ClassVar[type[OviOutput]] = OviOutput
    Input = OviInput
    Output = OviOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        audio_negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal[
            "512x992", "992x512", "960x512", "512x960", "720x720", "448x1120", "1120x448"
        ]
        | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> OviOutput:
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
            resolution: Resolution of the generated video in W:H format. One of (512x992, 992x512,
                960x512, 512x960, 720x720, or 448x1120). Default: "992x512".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "audio_negative_prompt": audio_negative_prompt,
                "seed": seed,
                "resolution": resolution,
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
        resolution: Literal[
            "512x992", "992x512", "960x512", "512x960", "720x720", "448x1120", "1120x448"
        ]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[OviOutput]:
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
            resolution: Resolution of the generated video in W:H format. One of (512x992, 992x512,
                960x512, 512x960, 720x720, or 448x1120). Default: "992x512".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "audio_negative_prompt": audio_negative_prompt,
                "seed": seed,
                "resolution": resolution,
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
        resolution: Literal[
            "512x992", "992x512", "960x512", "512x960", "720x720", "448x1120", "1120x448"
        ]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OviOutput:
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
            resolution: Resolution of the generated video in W:H format. One of (512x992, 992x512,
                960x512, 512x960, 720x720, or 448x1120). Default: "992x512".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "audio_negative_prompt": audio_negative_prompt,
                "seed": seed,
                "resolution": resolution,
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
        resolution: Literal[
            "512x992", "992x512", "960x512", "512x960", "720x720", "448x1120", "1120x448"
        ]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[OviOutput]:
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
            resolution: Resolution of the generated video in W:H format. One of (512x992, 992x512,
                960x512, 512x960, 720x720, or 448x1120). Default: "992x512".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "audio_negative_prompt": audio_negative_prompt,
                "seed": seed,
                "resolution": resolution,
            }
        )
        return self._stream(payload, options)


class AsyncOvi(AsyncEndpoint[OviInput, OviOutput]):
    """Ovi (`fal-ai/ovi`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/ovi/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ovi"
    input_model: ClassVar[type[OviInput]] = OviInput
    output_model: ClassVar[type[OviOutput]] = OviOutput
    Input = OviInput
    Output = OviOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        audio_negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal[
            "512x992", "992x512", "960x512", "512x960", "720x720", "448x1120", "1120x448"
        ]
        | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> OviOutput:
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
            resolution: Resolution of the generated video in W:H format. One of (512x992, 992x512,
                960x512, 512x960, 720x720, or 448x1120). Default: "992x512".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "audio_negative_prompt": audio_negative_prompt,
                "seed": seed,
                "resolution": resolution,
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
        resolution: Literal[
            "512x992", "992x512", "960x512", "512x960", "720x720", "448x1120", "1120x448"
        ]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[OviOutput]:
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
            resolution: Resolution of the generated video in W:H format. One of (512x992, 992x512,
                960x512, 512x960, 720x720, or 448x1120). Default: "992x512".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "audio_negative_prompt": audio_negative_prompt,
                "seed": seed,
                "resolution": resolution,
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
        resolution: Literal[
            "512x992", "992x512", "960x512", "512x960", "720x720", "448x1120", "1120x448"
        ]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OviOutput:
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
            resolution: Resolution of the generated video in W:H format. One of (512x992, 992x512,
                960x512, 512x960, 720x720, or 448x1120). Default: "992x512".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "audio_negative_prompt": audio_negative_prompt,
                "seed": seed,
                "resolution": resolution,
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
        resolution: Literal[
            "512x992", "992x512", "960x512", "512x960", "720x720", "448x1120", "1120x448"
        ]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[OviOutput]:
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
            resolution: Resolution of the generated video in W:H format. One of (512x992, 992x512,
                960x512, 512x960, 720x720, or 448x1120). Default: "992x512".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "audio_negative_prompt": audio_negative_prompt,
                "seed": seed,
                "resolution": resolution,
            }
        )
        return self._stream(payload, options)
