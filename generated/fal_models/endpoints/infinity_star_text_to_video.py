# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/infinity-star/text-to-video` (Infinity Star Text To Video)."""

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
from fal_models.models.infinity_star_text_to_video import (
    InfinityStarTextToVideoInput,
    InfinityStarTextToVideoOutput,
)

__all__ = [
    "InfinityStarTextToVideo",
    "AsyncInfinityStarTextToVideo",
    "InfinityStarTextToVideoInput",
    "InfinityStarTextToVideoOutput",
]


class InfinityStarTextToVideo(
    SyncEndpoint[InfinityStarTextToVideoInput, InfinityStarTextToVideoOutput]
):
    """Infinity Star Text To Video (`fal-ai/infinity-star/text-to-video`).

    Input model for text-to-video generation

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/infinity-star/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/infinity-star/text-to-video"
    input_model: ClassVar[type[InfinityStarTextToVideoInput]] = InfinityStarTextToVideoInput
    output_model: ClassVar[type[InfinityStarTextToVideoOutput]] = InfinityStarTextToVideoOutput
    Input = InfinityStarTextToVideoInput
    Output = InfinityStarTextToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        tau_video: float | Omit = omit,
        use_apg: bool | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        seed: int | None | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> InfinityStarTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for generating the video.
            negative_prompt: Negative prompt to guide what to avoid in generation. Default: "".
            num_inference_steps: Number of inference steps. Default: 50. Limits: minimum 1, maximum
                100.
            guidance_scale: Guidance scale for generation. Default: 7.5. Limits: minimum 1, maximum
                40.
            tau_video: Tau value for video scale. Default: 0.4. Limits: minimum 0.1, maximum 1.
            use_apg: Whether to use APG. Default: true.
            aspect_ratio: Aspect ratio of the generated output. Default: "16:9".
            seed: Random seed for reproducibility. Leave empty for random generation.
            enhance_prompt: Whether to use an LLM to enhance the prompt. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "tau_video": tau_video,
                "use_apg": use_apg,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "enhance_prompt": enhance_prompt,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        tau_video: float | Omit = omit,
        use_apg: bool | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        seed: int | None | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[InfinityStarTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for generating the video.
            negative_prompt: Negative prompt to guide what to avoid in generation. Default: "".
            num_inference_steps: Number of inference steps. Default: 50. Limits: minimum 1, maximum
                100.
            guidance_scale: Guidance scale for generation. Default: 7.5. Limits: minimum 1, maximum
                40.
            tau_video: Tau value for video scale. Default: 0.4. Limits: minimum 0.1, maximum 1.
            use_apg: Whether to use APG. Default: true.
            aspect_ratio: Aspect ratio of the generated output. Default: "16:9".
            seed: Random seed for reproducibility. Leave empty for random generation.
            enhance_prompt: Whether to use an LLM to enhance the prompt. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "tau_video": tau_video,
                "use_apg": use_apg,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "enhance_prompt": enhance_prompt,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        tau_video: float | Omit = omit,
        use_apg: bool | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        seed: int | None | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> InfinityStarTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for generating the video.
            negative_prompt: Negative prompt to guide what to avoid in generation. Default: "".
            num_inference_steps: Number of inference steps. Default: 50. Limits: minimum 1, maximum
                100.
            guidance_scale: Guidance scale for generation. Default: 7.5. Limits: minimum 1, maximum
                40.
            tau_video: Tau value for video scale. Default: 0.4. Limits: minimum 0.1, maximum 1.
            use_apg: Whether to use APG. Default: true.
            aspect_ratio: Aspect ratio of the generated output. Default: "16:9".
            seed: Random seed for reproducibility. Leave empty for random generation.
            enhance_prompt: Whether to use an LLM to enhance the prompt. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "tau_video": tau_video,
                "use_apg": use_apg,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "enhance_prompt": enhance_prompt,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        tau_video: float | Omit = omit,
        use_apg: bool | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        seed: int | None | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[InfinityStarTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for generating the video.
            negative_prompt: Negative prompt to guide what to avoid in generation. Default: "".
            num_inference_steps: Number of inference steps. Default: 50. Limits: minimum 1, maximum
                100.
            guidance_scale: Guidance scale for generation. Default: 7.5. Limits: minimum 1, maximum
                40.
            tau_video: Tau value for video scale. Default: 0.4. Limits: minimum 0.1, maximum 1.
            use_apg: Whether to use APG. Default: true.
            aspect_ratio: Aspect ratio of the generated output. Default: "16:9".
            seed: Random seed for reproducibility. Leave empty for random generation.
            enhance_prompt: Whether to use an LLM to enhance the prompt. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "tau_video": tau_video,
                "use_apg": use_apg,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "enhance_prompt": enhance_prompt,
            }
        )
        return self._stream(payload, options)


class AsyncInfinityStarTextToVideo(
    AsyncEndpoint[InfinityStarTextToVideoInput, InfinityStarTextToVideoOutput]
):
    """Infinity Star Text To Video (`fal-ai/infinity-star/text-to-video`).

    Input model for text-to-video generation

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/infinity-star/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/infinity-star/text-to-video"
    input_model: ClassVar[type[InfinityStarTextToVideoInput]] = InfinityStarTextToVideoInput
    output_model: ClassVar[type[InfinityStarTextToVideoOutput]] = InfinityStarTextToVideoOutput
    Input = InfinityStarTextToVideoInput
    Output = InfinityStarTextToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        tau_video: float | Omit = omit,
        use_apg: bool | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        seed: int | None | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> InfinityStarTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for generating the video.
            negative_prompt: Negative prompt to guide what to avoid in generation. Default: "".
            num_inference_steps: Number of inference steps. Default: 50. Limits: minimum 1, maximum
                100.
            guidance_scale: Guidance scale for generation. Default: 7.5. Limits: minimum 1, maximum
                40.
            tau_video: Tau value for video scale. Default: 0.4. Limits: minimum 0.1, maximum 1.
            use_apg: Whether to use APG. Default: true.
            aspect_ratio: Aspect ratio of the generated output. Default: "16:9".
            seed: Random seed for reproducibility. Leave empty for random generation.
            enhance_prompt: Whether to use an LLM to enhance the prompt. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "tau_video": tau_video,
                "use_apg": use_apg,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "enhance_prompt": enhance_prompt,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        tau_video: float | Omit = omit,
        use_apg: bool | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        seed: int | None | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[InfinityStarTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for generating the video.
            negative_prompt: Negative prompt to guide what to avoid in generation. Default: "".
            num_inference_steps: Number of inference steps. Default: 50. Limits: minimum 1, maximum
                100.
            guidance_scale: Guidance scale for generation. Default: 7.5. Limits: minimum 1, maximum
                40.
            tau_video: Tau value for video scale. Default: 0.4. Limits: minimum 0.1, maximum 1.
            use_apg: Whether to use APG. Default: true.
            aspect_ratio: Aspect ratio of the generated output. Default: "16:9".
            seed: Random seed for reproducibility. Leave empty for random generation.
            enhance_prompt: Whether to use an LLM to enhance the prompt. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "tau_video": tau_video,
                "use_apg": use_apg,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "enhance_prompt": enhance_prompt,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        tau_video: float | Omit = omit,
        use_apg: bool | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        seed: int | None | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> InfinityStarTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for generating the video.
            negative_prompt: Negative prompt to guide what to avoid in generation. Default: "".
            num_inference_steps: Number of inference steps. Default: 50. Limits: minimum 1, maximum
                100.
            guidance_scale: Guidance scale for generation. Default: 7.5. Limits: minimum 1, maximum
                40.
            tau_video: Tau value for video scale. Default: 0.4. Limits: minimum 0.1, maximum 1.
            use_apg: Whether to use APG. Default: true.
            aspect_ratio: Aspect ratio of the generated output. Default: "16:9".
            seed: Random seed for reproducibility. Leave empty for random generation.
            enhance_prompt: Whether to use an LLM to enhance the prompt. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "tau_video": tau_video,
                "use_apg": use_apg,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "enhance_prompt": enhance_prompt,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        tau_video: float | Omit = omit,
        use_apg: bool | Omit = omit,
        aspect_ratio: Literal["16:9", "1:1", "9:16"] | Omit = omit,
        seed: int | None | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[InfinityStarTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for generating the video.
            negative_prompt: Negative prompt to guide what to avoid in generation. Default: "".
            num_inference_steps: Number of inference steps. Default: 50. Limits: minimum 1, maximum
                100.
            guidance_scale: Guidance scale for generation. Default: 7.5. Limits: minimum 1, maximum
                40.
            tau_video: Tau value for video scale. Default: 0.4. Limits: minimum 0.1, maximum 1.
            use_apg: Whether to use APG. Default: true.
            aspect_ratio: Aspect ratio of the generated output. Default: "16:9".
            seed: Random seed for reproducibility. Leave empty for random generation.
            enhance_prompt: Whether to use an LLM to enhance the prompt. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "tau_video": tau_video,
                "use_apg": use_apg,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "enhance_prompt": enhance_prompt,
            }
        )
        return self._stream(payload, options)
