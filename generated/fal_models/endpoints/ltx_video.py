# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ltx-video` (Ltx Video)."""

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
from fal_models.models.ltx_video import LtxVideoInput, LtxVideoOutput

__all__ = ["LtxVideo", "AsyncLtxVideo", "LtxVideoInput", "LtxVideoOutput"]


class LtxVideo(SyncEndpoint[LtxVideoInput, LtxVideoOutput]):
    """Ltx Video (`fal-ai/ltx-video`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/ltx-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-video"
    input_model: ClassVar[type[LtxVideoInput]] = LtxVideoInput
    output_model: ClassVar[type[LtxVideoOutput]] = LtxVideoOutput
    Input = LtxVideoInput
    Output = LtxVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> LtxVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to generate the video from. Default: "low quality,
                worst quality, deformed, distorted, disfigured, motion smear, motion artifacts,
                fused fingers, bad anatomy, weird hand, ugly".
            seed: The seed to use for random number generation.
            num_inference_steps: The number of inference steps to take. Default: 30. Limits: minimum
                1, maximum 50.
            guidance_scale: The guidance scale to use. Default: 3. Limits: maximum 10, exclusive
                minimum 1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LtxVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to generate the video from. Default: "low quality,
                worst quality, deformed, distorted, disfigured, motion smear, motion artifacts,
                fused fingers, bad anatomy, weird hand, ugly".
            seed: The seed to use for random number generation.
            num_inference_steps: The number of inference steps to take. Default: 30. Limits: minimum
                1, maximum 50.
            guidance_scale: The guidance scale to use. Default: 3. Limits: maximum 10, exclusive
                minimum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LtxVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to generate the video from. Default: "low quality,
                worst quality, deformed, distorted, disfigured, motion smear, motion artifacts,
                fused fingers, bad anatomy, weird hand, ugly".
            seed: The seed to use for random number generation.
            num_inference_steps: The number of inference steps to take. Default: 30. Limits: minimum
                1, maximum 50.
            guidance_scale: The guidance scale to use. Default: 3. Limits: maximum 10, exclusive
                minimum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LtxVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to generate the video from. Default: "low quality,
                worst quality, deformed, distorted, disfigured, motion smear, motion artifacts,
                fused fingers, bad anatomy, weird hand, ugly".
            seed: The seed to use for random number generation.
            num_inference_steps: The number of inference steps to take. Default: 30. Limits: minimum
                1, maximum 50.
            guidance_scale: The guidance scale to use. Default: 3. Limits: maximum 10, exclusive
                minimum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
            }
        )
        return self._stream(payload, options)


class AsyncLtxVideo(AsyncEndpoint[LtxVideoInput, LtxVideoOutput]):
    """Ltx Video (`fal-ai/ltx-video`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/ltx-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-video"
    input_model: ClassVar[type[LtxVideoInput]] = LtxVideoInput
    output_model: ClassVar[type[LtxVideoOutput]] = LtxVideoOutput
    Input = LtxVideoInput
    Output = LtxVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LtxVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to generate the video from. Default: "low quality,
                worst quality, deformed, distorted, disfigured, motion smear, motion artifacts,
                fused fingers, bad anatomy, weird hand, ugly".
            seed: The seed to use for random number generation.
            num_inference_steps: The number of inference steps to take. Default: 30. Limits: minimum
                1, maximum 50.
            guidance_scale: The guidance scale to use. Default: 3. Limits: maximum 10, exclusive
                minimum 1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LtxVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to generate the video from. Default: "low quality,
                worst quality, deformed, distorted, disfigured, motion smear, motion artifacts,
                fused fingers, bad anatomy, weird hand, ugly".
            seed: The seed to use for random number generation.
            num_inference_steps: The number of inference steps to take. Default: 30. Limits: minimum
                1, maximum 50.
            guidance_scale: The guidance scale to use. Default: 3. Limits: maximum 10, exclusive
                minimum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LtxVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to generate the video from. Default: "low quality,
                worst quality, deformed, distorted, disfigured, motion smear, motion artifacts,
                fused fingers, bad anatomy, weird hand, ugly".
            seed: The seed to use for random number generation.
            num_inference_steps: The number of inference steps to take. Default: 30. Limits: minimum
                1, maximum 50.
            guidance_scale: The guidance scale to use. Default: 3. Limits: maximum 10, exclusive
                minimum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LtxVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to generate the video from. Default: "low quality,
                worst quality, deformed, distorted, disfigured, motion smear, motion artifacts,
                fused fingers, bad anatomy, weird hand, ugly".
            seed: The seed to use for random number generation.
            num_inference_steps: The number of inference steps to take. Default: 30. Limits: minimum
                1, maximum 50.
            guidance_scale: The guidance scale to use. Default: 3. Limits: maximum 10, exclusive
                minimum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
            }
        )
        return self._stream(payload, options)
