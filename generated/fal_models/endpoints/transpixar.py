# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/transpixar` (Transpixar)."""

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
from fal_models.models.transpixar import TranspixarInput, TranspixarOutput

__all__ = ["Transpixar", "AsyncTranspixar", "TranspixarInput", "TranspixarOutput"]


class Transpixar(SyncEndpoint[TranspixarInput, TranspixarOutput]):
    """Transpixar (`fal-ai/transpixar`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/transpixar/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/transpixar"
    input_model: ClassVar[type[TranspixarInput]] = TranspixarInput
    output_model: ClassVar[type[TranspixarOutput]] = TranspixarOutput
    Input = TranspixarInput
    Output = TranspixarOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        export_fps: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> TranspixarOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to generate video from. Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 24. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related video to show you.
                Default: 7. Limits: minimum 0, maximum 20.
            export_fps: The target FPS of the video. Default: 8. Limits: minimum 4, maximum 32.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "export_fps": export_fps,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        export_fps: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[TranspixarOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to generate video from. Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 24. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related video to show you.
                Default: 7. Limits: minimum 0, maximum 20.
            export_fps: The target FPS of the video. Default: 8. Limits: minimum 4, maximum 32.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "export_fps": export_fps,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        export_fps: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> TranspixarOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to generate video from. Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 24. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related video to show you.
                Default: 7. Limits: minimum 0, maximum 20.
            export_fps: The target FPS of the video. Default: 8. Limits: minimum 4, maximum 32.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "export_fps": export_fps,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        export_fps: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[TranspixarOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to generate video from. Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 24. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related video to show you.
                Default: 7. Limits: minimum 0, maximum 20.
            export_fps: The target FPS of the video. Default: 8. Limits: minimum 4, maximum 32.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "export_fps": export_fps,
            }
        )
        return self._stream(payload, options)


class AsyncTranspixar(AsyncEndpoint[TranspixarInput, TranspixarOutput]):
    """Transpixar (`fal-ai/transpixar`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/transpixar/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/transpixar"
    input_model: ClassVar[type[TranspixarInput]] = TranspixarInput
    output_model: ClassVar[type[TranspixarOutput]] = TranspixarOutput
    Input = TranspixarInput
    Output = TranspixarOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        export_fps: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> TranspixarOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to generate video from. Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 24. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related video to show you.
                Default: 7. Limits: minimum 0, maximum 20.
            export_fps: The target FPS of the video. Default: 8. Limits: minimum 4, maximum 32.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "export_fps": export_fps,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        export_fps: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[TranspixarOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to generate video from. Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 24. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related video to show you.
                Default: 7. Limits: minimum 0, maximum 20.
            export_fps: The target FPS of the video. Default: 8. Limits: minimum 4, maximum 32.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "export_fps": export_fps,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        export_fps: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> TranspixarOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to generate video from. Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 24. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related video to show you.
                Default: 7. Limits: minimum 0, maximum 20.
            export_fps: The target FPS of the video. Default: 8. Limits: minimum 4, maximum 32.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "export_fps": export_fps,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        export_fps: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[TranspixarOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to generate video from. Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 24. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related video to show you.
                Default: 7. Limits: minimum 0, maximum 20.
            export_fps: The target FPS of the video. Default: 8. Limits: minimum 4, maximum 32.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "export_fps": export_fps,
            }
        )
        return self._stream(payload, options)
