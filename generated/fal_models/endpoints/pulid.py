# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/pulid` (Pulid)."""

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
from fal_models.models import shared
from fal_models.models.pulid import ImageSizePreset, PulidInput, PulidOutput, ReferenceFace

__all__ = ["Pulid", "AsyncPulid", "PulidInput", "PulidOutput"]


class Pulid(SyncEndpoint[PulidInput, PulidOutput]):
    """Pulid (`fal-ai/pulid`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/pulid/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pulid"
    input_model: ClassVar[type[PulidInput]] = PulidInput
    output_model: ClassVar[type[PulidOutput]] = PulidOutput
    Input = PulidInput
    Output = PulidOutput

    def subscribe(
        self,
        *,
        reference_images: list[ReferenceFace],
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        id_scale: float | Omit = omit,
        mode: Literal["fidelity", "extreme style"] | Omit = omit,
        id_mix: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PulidOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            reference_images: List of reference faces, ideally 4 images.
            prompt: Prompt to generate the face from.
            negative_prompt: Negative prompt to generate the face from. Default: "flaws in the eyes,
                flaws in the face, flaws, lowres, non-HDRi, low quality, worst quality,artifacts
                noise, text, watermark, glitch, deformed, mutated, ugly, disfigured, hands, low
                resolution, partially rendered objects,  deformed or partially rendered eyes,
                deformed, deformed eyeballs, cross-eyed,blurry".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            guidance_scale: Guidance scale. Default: 1.2. Limits: minimum 1, maximum 1.5.
            num_inference_steps: Number of steps to take. Default: 4. Limits: minimum 1, maximum 12.
            seed: Random seed for reproducibility.
            image_size: Size of the generated image. Default: {"width": 768, "height": 1024}.
            id_scale: ID scale. Default: 0.8. Limits: maximum 5, exclusive minimum 0.
            mode: Mode of generation. Default: "fidelity".
            id_mix: if you want to mix two ID image, please turn this on, otherwise, turn this off.
                Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "reference_images": reference_images,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "image_size": image_size,
                "id_scale": id_scale,
                "mode": mode,
                "id_mix": id_mix,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        reference_images: list[ReferenceFace],
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        id_scale: float | Omit = omit,
        mode: Literal["fidelity", "extreme style"] | Omit = omit,
        id_mix: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PulidOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            reference_images: List of reference faces, ideally 4 images.
            prompt: Prompt to generate the face from.
            negative_prompt: Negative prompt to generate the face from. Default: "flaws in the eyes,
                flaws in the face, flaws, lowres, non-HDRi, low quality, worst quality,artifacts
                noise, text, watermark, glitch, deformed, mutated, ugly, disfigured, hands, low
                resolution, partially rendered objects,  deformed or partially rendered eyes,
                deformed, deformed eyeballs, cross-eyed,blurry".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            guidance_scale: Guidance scale. Default: 1.2. Limits: minimum 1, maximum 1.5.
            num_inference_steps: Number of steps to take. Default: 4. Limits: minimum 1, maximum 12.
            seed: Random seed for reproducibility.
            image_size: Size of the generated image. Default: {"width": 768, "height": 1024}.
            id_scale: ID scale. Default: 0.8. Limits: maximum 5, exclusive minimum 0.
            mode: Mode of generation. Default: "fidelity".
            id_mix: if you want to mix two ID image, please turn this on, otherwise, turn this off.
                Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "reference_images": reference_images,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "image_size": image_size,
                "id_scale": id_scale,
                "mode": mode,
                "id_mix": id_mix,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        reference_images: list[ReferenceFace],
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        id_scale: float | Omit = omit,
        mode: Literal["fidelity", "extreme style"] | Omit = omit,
        id_mix: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PulidOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            reference_images: List of reference faces, ideally 4 images.
            prompt: Prompt to generate the face from.
            negative_prompt: Negative prompt to generate the face from. Default: "flaws in the eyes,
                flaws in the face, flaws, lowres, non-HDRi, low quality, worst quality,artifacts
                noise, text, watermark, glitch, deformed, mutated, ugly, disfigured, hands, low
                resolution, partially rendered objects,  deformed or partially rendered eyes,
                deformed, deformed eyeballs, cross-eyed,blurry".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            guidance_scale: Guidance scale. Default: 1.2. Limits: minimum 1, maximum 1.5.
            num_inference_steps: Number of steps to take. Default: 4. Limits: minimum 1, maximum 12.
            seed: Random seed for reproducibility.
            image_size: Size of the generated image. Default: {"width": 768, "height": 1024}.
            id_scale: ID scale. Default: 0.8. Limits: maximum 5, exclusive minimum 0.
            mode: Mode of generation. Default: "fidelity".
            id_mix: if you want to mix two ID image, please turn this on, otherwise, turn this off.
                Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "reference_images": reference_images,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "image_size": image_size,
                "id_scale": id_scale,
                "mode": mode,
                "id_mix": id_mix,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        reference_images: list[ReferenceFace],
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        id_scale: float | Omit = omit,
        mode: Literal["fidelity", "extreme style"] | Omit = omit,
        id_mix: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PulidOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            reference_images: List of reference faces, ideally 4 images.
            prompt: Prompt to generate the face from.
            negative_prompt: Negative prompt to generate the face from. Default: "flaws in the eyes,
                flaws in the face, flaws, lowres, non-HDRi, low quality, worst quality,artifacts
                noise, text, watermark, glitch, deformed, mutated, ugly, disfigured, hands, low
                resolution, partially rendered objects,  deformed or partially rendered eyes,
                deformed, deformed eyeballs, cross-eyed,blurry".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            guidance_scale: Guidance scale. Default: 1.2. Limits: minimum 1, maximum 1.5.
            num_inference_steps: Number of steps to take. Default: 4. Limits: minimum 1, maximum 12.
            seed: Random seed for reproducibility.
            image_size: Size of the generated image. Default: {"width": 768, "height": 1024}.
            id_scale: ID scale. Default: 0.8. Limits: maximum 5, exclusive minimum 0.
            mode: Mode of generation. Default: "fidelity".
            id_mix: if you want to mix two ID image, please turn this on, otherwise, turn this off.
                Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "reference_images": reference_images,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "image_size": image_size,
                "id_scale": id_scale,
                "mode": mode,
                "id_mix": id_mix,
            }
        )
        return self._stream(payload, options)


class AsyncPulid(AsyncEndpoint[PulidInput, PulidOutput]):
    """Pulid (`fal-ai/pulid`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/pulid/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pulid"
    input_model: ClassVar[type[PulidInput]] = PulidInput
    output_model: ClassVar[type[PulidOutput]] = PulidOutput
    Input = PulidInput
    Output = PulidOutput

    async def subscribe(
        self,
        *,
        reference_images: list[ReferenceFace],
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        id_scale: float | Omit = omit,
        mode: Literal["fidelity", "extreme style"] | Omit = omit,
        id_mix: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PulidOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            reference_images: List of reference faces, ideally 4 images.
            prompt: Prompt to generate the face from.
            negative_prompt: Negative prompt to generate the face from. Default: "flaws in the eyes,
                flaws in the face, flaws, lowres, non-HDRi, low quality, worst quality,artifacts
                noise, text, watermark, glitch, deformed, mutated, ugly, disfigured, hands, low
                resolution, partially rendered objects,  deformed or partially rendered eyes,
                deformed, deformed eyeballs, cross-eyed,blurry".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            guidance_scale: Guidance scale. Default: 1.2. Limits: minimum 1, maximum 1.5.
            num_inference_steps: Number of steps to take. Default: 4. Limits: minimum 1, maximum 12.
            seed: Random seed for reproducibility.
            image_size: Size of the generated image. Default: {"width": 768, "height": 1024}.
            id_scale: ID scale. Default: 0.8. Limits: maximum 5, exclusive minimum 0.
            mode: Mode of generation. Default: "fidelity".
            id_mix: if you want to mix two ID image, please turn this on, otherwise, turn this off.
                Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "reference_images": reference_images,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "image_size": image_size,
                "id_scale": id_scale,
                "mode": mode,
                "id_mix": id_mix,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        reference_images: list[ReferenceFace],
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        id_scale: float | Omit = omit,
        mode: Literal["fidelity", "extreme style"] | Omit = omit,
        id_mix: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PulidOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            reference_images: List of reference faces, ideally 4 images.
            prompt: Prompt to generate the face from.
            negative_prompt: Negative prompt to generate the face from. Default: "flaws in the eyes,
                flaws in the face, flaws, lowres, non-HDRi, low quality, worst quality,artifacts
                noise, text, watermark, glitch, deformed, mutated, ugly, disfigured, hands, low
                resolution, partially rendered objects,  deformed or partially rendered eyes,
                deformed, deformed eyeballs, cross-eyed,blurry".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            guidance_scale: Guidance scale. Default: 1.2. Limits: minimum 1, maximum 1.5.
            num_inference_steps: Number of steps to take. Default: 4. Limits: minimum 1, maximum 12.
            seed: Random seed for reproducibility.
            image_size: Size of the generated image. Default: {"width": 768, "height": 1024}.
            id_scale: ID scale. Default: 0.8. Limits: maximum 5, exclusive minimum 0.
            mode: Mode of generation. Default: "fidelity".
            id_mix: if you want to mix two ID image, please turn this on, otherwise, turn this off.
                Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "reference_images": reference_images,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "image_size": image_size,
                "id_scale": id_scale,
                "mode": mode,
                "id_mix": id_mix,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        reference_images: list[ReferenceFace],
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        id_scale: float | Omit = omit,
        mode: Literal["fidelity", "extreme style"] | Omit = omit,
        id_mix: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PulidOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            reference_images: List of reference faces, ideally 4 images.
            prompt: Prompt to generate the face from.
            negative_prompt: Negative prompt to generate the face from. Default: "flaws in the eyes,
                flaws in the face, flaws, lowres, non-HDRi, low quality, worst quality,artifacts
                noise, text, watermark, glitch, deformed, mutated, ugly, disfigured, hands, low
                resolution, partially rendered objects,  deformed or partially rendered eyes,
                deformed, deformed eyeballs, cross-eyed,blurry".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            guidance_scale: Guidance scale. Default: 1.2. Limits: minimum 1, maximum 1.5.
            num_inference_steps: Number of steps to take. Default: 4. Limits: minimum 1, maximum 12.
            seed: Random seed for reproducibility.
            image_size: Size of the generated image. Default: {"width": 768, "height": 1024}.
            id_scale: ID scale. Default: 0.8. Limits: maximum 5, exclusive minimum 0.
            mode: Mode of generation. Default: "fidelity".
            id_mix: if you want to mix two ID image, please turn this on, otherwise, turn this off.
                Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "reference_images": reference_images,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "image_size": image_size,
                "id_scale": id_scale,
                "mode": mode,
                "id_mix": id_mix,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        reference_images: list[ReferenceFace],
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        id_scale: float | Omit = omit,
        mode: Literal["fidelity", "extreme style"] | Omit = omit,
        id_mix: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PulidOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            reference_images: List of reference faces, ideally 4 images.
            prompt: Prompt to generate the face from.
            negative_prompt: Negative prompt to generate the face from. Default: "flaws in the eyes,
                flaws in the face, flaws, lowres, non-HDRi, low quality, worst quality,artifacts
                noise, text, watermark, glitch, deformed, mutated, ugly, disfigured, hands, low
                resolution, partially rendered objects,  deformed or partially rendered eyes,
                deformed, deformed eyeballs, cross-eyed,blurry".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            guidance_scale: Guidance scale. Default: 1.2. Limits: minimum 1, maximum 1.5.
            num_inference_steps: Number of steps to take. Default: 4. Limits: minimum 1, maximum 12.
            seed: Random seed for reproducibility.
            image_size: Size of the generated image. Default: {"width": 768, "height": 1024}.
            id_scale: ID scale. Default: 0.8. Limits: maximum 5, exclusive minimum 0.
            mode: Mode of generation. Default: "fidelity".
            id_mix: if you want to mix two ID image, please turn this on, otherwise, turn this off.
                Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "reference_images": reference_images,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "image_size": image_size,
                "id_scale": id_scale,
                "mode": mode,
                "id_mix": id_mix,
            }
        )
        return self._stream(payload, options)
