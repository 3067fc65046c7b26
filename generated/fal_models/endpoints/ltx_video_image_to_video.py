# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ltx-video/image-to-video` (Ltx Video Image To Video)."""

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
from fal_models.models.ltx_video_image_to_video import (
    LtxVideoImageToVideoInput,
    LtxVideoImageToVideoOutput,
)

__all__ = [
    "LtxVideoImageToVideo",
    "AsyncLtxVideoImageToVideo",
    "LtxVideoImageToVideoInput",
    "LtxVideoImageToVideoOutput",
]


class LtxVideoImageToVideo(SyncEndpoint[LtxVideoImageToVideoInput, LtxVideoImageToVideoOutput]):
    """Ltx Video Image To Video (`fal-ai/ltx-video/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/ltx-video/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-video/image-to-video"
    input_model: ClassVar[type[LtxVideoImageToVideoInput]] = LtxVideoImageToVideoInput
    output_model: ClassVar[type[LtxVideoImageToVideoOutput]] = LtxVideoImageToVideoOutput
    Input = LtxVideoImageToVideoInput
    Output = LtxVideoImageToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> LtxVideoImageToVideoOutput:
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
            image_url: The URL of the image to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "image_url": image_url,
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
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LtxVideoImageToVideoOutput]:
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
            image_url: The URL of the image to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "image_url": image_url,
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
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> LtxVideoImageToVideoOutput:
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
            image_url: The URL of the image to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "image_url": image_url,
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
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LtxVideoImageToVideoOutput]:
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
            image_url: The URL of the image to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)


class AsyncLtxVideoImageToVideo(
    AsyncEndpoint[LtxVideoImageToVideoInput, LtxVideoImageToVideoOutput]
):
    """Ltx Video Image To Video (`fal-ai/ltx-video/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/ltx-video/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-video/image-to-video"
    input_model: ClassVar[type[LtxVideoImageToVideoInput]] = LtxVideoImageToVideoInput
    output_model: ClassVar[type[LtxVideoImageToVideoOutput]] = LtxVideoImageToVideoOutput
    Input = LtxVideoImageToVideoInput
    Output = LtxVideoImageToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LtxVideoImageToVideoOutput:
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
            image_url: The URL of the image to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "image_url": image_url,
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
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LtxVideoImageToVideoOutput]:
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
            image_url: The URL of the image to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "image_url": image_url,
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
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> LtxVideoImageToVideoOutput:
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
            image_url: The URL of the image to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "image_url": image_url,
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
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LtxVideoImageToVideoOutput]:
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
            image_url: The URL of the image to generate the video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)
