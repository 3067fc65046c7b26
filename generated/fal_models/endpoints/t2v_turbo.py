# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/t2v-turbo` (T2v Turbo)."""

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
from fal_models.models.t2v_turbo import T2vTurboInput, T2vTurboOutput

__all__ = ["T2vTurbo", "AsyncT2vTurbo", "T2vTurboInput", "T2vTurboOutput"]


class T2vTurbo(SyncEndpoint[T2vTurboInput, T2vTurboOutput]):
    """T2v Turbo (`fal-ai/t2v-turbo`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/t2v-turbo/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/t2v-turbo"
    input_model: ClassVar[type[T2vTurboInput]] = T2vTurboInput
    output_model: ClassVar[type[T2vTurboOutput]] = T2vTurboOutput
    Input = T2vTurboInput
    Output = T2vTurboOutput

    def subscribe(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_frames: int | Omit = omit,
        export_fps: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> T2vTurboOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate images from.
            seed: The seed to use for the random number generator. Limits: minimum 0, maximum
                203279.
            num_inference_steps: The number of steps to sample. Default: 4. Limits: minimum 1,
                maximum 12.
            guidance_scale: The guidance scale. Default: 7.5. Limits: minimum 0.1, maximum 30.
            num_frames: The number of frames to generate. Default: 16. Limits: minimum 16, maximum
                32.
            export_fps: The FPS of the exported video. Default: 8. Limits: minimum 1, maximum 24.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "num_frames": num_frames,
                "export_fps": export_fps,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_frames: int | Omit = omit,
        export_fps: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[T2vTurboOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate images from.
            seed: The seed to use for the random number generator. Limits: minimum 0, maximum
                203279.
            num_inference_steps: The number of steps to sample. Default: 4. Limits: minimum 1,
                maximum 12.
            guidance_scale: The guidance scale. Default: 7.5. Limits: minimum 0.1, maximum 30.
            num_frames: The number of frames to generate. Default: 16. Limits: minimum 16, maximum
                32.
            export_fps: The FPS of the exported video. Default: 8. Limits: minimum 1, maximum 24.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "num_frames": num_frames,
                "export_fps": export_fps,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_frames: int | Omit = omit,
        export_fps: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> T2vTurboOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate images from.
            seed: The seed to use for the random number generator. Limits: minimum 0, maximum
                203279.
            num_inference_steps: The number of steps to sample. Default: 4. Limits: minimum 1,
                maximum 12.
            guidance_scale: The guidance scale. Default: 7.5. Limits: minimum 0.1, maximum 30.
            num_frames: The number of frames to generate. Default: 16. Limits: minimum 16, maximum
                32.
            export_fps: The FPS of the exported video. Default: 8. Limits: minimum 1, maximum 24.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "num_frames": num_frames,
                "export_fps": export_fps,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_frames: int | Omit = omit,
        export_fps: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[T2vTurboOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate images from.
            seed: The seed to use for the random number generator. Limits: minimum 0, maximum
                203279.
            num_inference_steps: The number of steps to sample. Default: 4. Limits: minimum 1,
                maximum 12.
            guidance_scale: The guidance scale. Default: 7.5. Limits: minimum 0.1, maximum 30.
            num_frames: The number of frames to generate. Default: 16. Limits: minimum 16, maximum
                32.
            export_fps: The FPS of the exported video. Default: 8. Limits: minimum 1, maximum 24.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "num_frames": num_frames,
                "export_fps": export_fps,
            }
        )
        return self._stream(payload, options)


class AsyncT2vTurbo(AsyncEndpoint[T2vTurboInput, T2vTurboOutput]):
    """T2v Turbo (`fal-ai/t2v-turbo`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/t2v-turbo/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/t2v-turbo"
    input_model: ClassVar[type[T2vTurboInput]] = T2vTurboInput
    output_model: ClassVar[type[T2vTurboOutput]] = T2vTurboOutput
    Input = T2vTurboInput
    Output = T2vTurboOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_frames: int | Omit = omit,
        export_fps: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> T2vTurboOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate images from.
            seed: The seed to use for the random number generator. Limits: minimum 0, maximum
                203279.
            num_inference_steps: The number of steps to sample. Default: 4. Limits: minimum 1,
                maximum 12.
            guidance_scale: The guidance scale. Default: 7.5. Limits: minimum 0.1, maximum 30.
            num_frames: The number of frames to generate. Default: 16. Limits: minimum 16, maximum
                32.
            export_fps: The FPS of the exported video. Default: 8. Limits: minimum 1, maximum 24.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "num_frames": num_frames,
                "export_fps": export_fps,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_frames: int | Omit = omit,
        export_fps: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[T2vTurboOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate images from.
            seed: The seed to use for the random number generator. Limits: minimum 0, maximum
                203279.
            num_inference_steps: The number of steps to sample. Default: 4. Limits: minimum 1,
                maximum 12.
            guidance_scale: The guidance scale. Default: 7.5. Limits: minimum 0.1, maximum 30.
            num_frames: The number of frames to generate. Default: 16. Limits: minimum 16, maximum
                32.
            export_fps: The FPS of the exported video. Default: 8. Limits: minimum 1, maximum 24.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "num_frames": num_frames,
                "export_fps": export_fps,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_frames: int | Omit = omit,
        export_fps: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> T2vTurboOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate images from.
            seed: The seed to use for the random number generator. Limits: minimum 0, maximum
                203279.
            num_inference_steps: The number of steps to sample. Default: 4. Limits: minimum 1,
                maximum 12.
            guidance_scale: The guidance scale. Default: 7.5. Limits: minimum 0.1, maximum 30.
            num_frames: The number of frames to generate. Default: 16. Limits: minimum 16, maximum
                32.
            export_fps: The FPS of the exported video. Default: 8. Limits: minimum 1, maximum 24.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "num_frames": num_frames,
                "export_fps": export_fps,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_frames: int | Omit = omit,
        export_fps: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[T2vTurboOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate images from.
            seed: The seed to use for the random number generator. Limits: minimum 0, maximum
                203279.
            num_inference_steps: The number of steps to sample. Default: 4. Limits: minimum 1,
                maximum 12.
            guidance_scale: The guidance scale. Default: 7.5. Limits: minimum 0.1, maximum 30.
            num_frames: The number of frames to generate. Default: 16. Limits: minimum 16, maximum
                32.
            export_fps: The FPS of the exported video. Default: 8. Limits: minimum 1, maximum 24.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "num_frames": num_frames,
                "export_fps": export_fps,
            }
        )
        return self._stream(payload, options)
