# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/onereward` (Onereward)."""

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
from fal_models.models.onereward import OnerewardInput, OnerewardOutput

__all__ = ["Onereward", "AsyncOnereward", "OnerewardInput", "OnerewardOutput"]


class Onereward(SyncEndpoint[OnerewardInput, OnerewardOutput]):
    """Onereward (`fal-ai/onereward`).

    Input for the OneReward inpainting/editing model.

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/onereward/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/onereward"
    input_model: ClassVar[type[OnerewardInput]] = OnerewardInput
    output_model: ClassVar[type[OnerewardOutput]] = OnerewardOutput
    Input = OnerewardInput
    Output = OnerewardOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        true_cfg: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> OnerewardOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the source image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: URL of the mask image. White pixels indicate the area to fill or modify; black
                pixels preserve the original content. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Text description of what to generate in the masked area.
            negative_prompt: Text describing what to avoid in the generated output. Default: "nsfw".
            guidance_scale: Guidance scale for the base diffusion process. The model uses true_cfg
                for classifier-free guidance; this controls the distillation guidance. Default: 1.
                Limits: minimum 0, maximum 5.
            true_cfg: True classifier-free guidance scale. Controls how strongly the model follows
                the prompt. Values above 1.0 enable CFG. Default: 4. Limits: minimum 1, maximum 10.
            num_inference_steps: Number of denoising steps. More steps generally produce higher
                quality results. Default: 28. Limits: minimum 1, maximum 50.
            acceleration: Acceleration level for image generation. Default: "regular".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Format of the output image. Default: "jpeg".
            seed: Random seed for reproducibility. If None, a random seed is used.
            sync_mode: If True, returns the image as a data URI instead of uploading to CDN. The
                image will not be available in the request history. Default: false.
            enable_safety_checker: If True, runs a safety checker on the output and filters NSFW
                content. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "true_cfg": true_cfg,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "num_images": num_images,
                "output_format": output_format,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        true_cfg: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[OnerewardOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the source image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: URL of the mask image. White pixels indicate the area to fill or modify; black
                pixels preserve the original content. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Text description of what to generate in the masked area.
            negative_prompt: Text describing what to avoid in the generated output. Default: "nsfw".
            guidance_scale: Guidance scale for the base diffusion process. The model uses true_cfg
                for classifier-free guidance; this controls the distillation guidance. Default: 1.
                Limits: minimum 0, maximum 5.
            true_cfg: True classifier-free guidance scale. Controls how strongly the model follows
                the prompt. Values above 1.0 enable CFG. Default: 4. Limits: minimum 1, maximum 10.
            num_inference_steps: Number of denoising steps. More steps generally produce higher
                quality results. Default: 28. Limits: minimum 1, maximum 50.
            acceleration: Acceleration level for image generation. Default: "regular".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Format of the output image. Default: "jpeg".
            seed: Random seed for reproducibility. If None, a random seed is used.
            sync_mode: If True, returns the image as a data URI instead of uploading to CDN. The
                image will not be available in the request history. Default: false.
            enable_safety_checker: If True, runs a safety checker on the output and filters NSFW
                content. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "true_cfg": true_cfg,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "num_images": num_images,
                "output_format": output_format,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        true_cfg: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OnerewardOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the source image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: URL of the mask image. White pixels indicate the area to fill or modify; black
                pixels preserve the original content. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Text description of what to generate in the masked area.
            negative_prompt: Text describing what to avoid in the generated output. Default: "nsfw".
            guidance_scale: Guidance scale for the base diffusion process. The model uses true_cfg
                for classifier-free guidance; this controls the distillation guidance. Default: 1.
                Limits: minimum 0, maximum 5.
            true_cfg: True classifier-free guidance scale. Controls how strongly the model follows
                the prompt. Values above 1.0 enable CFG. Default: 4. Limits: minimum 1, maximum 10.
            num_inference_steps: Number of denoising steps. More steps generally produce higher
                quality results. Default: 28. Limits: minimum 1, maximum 50.
            acceleration: Acceleration level for image generation. Default: "regular".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Format of the output image. Default: "jpeg".
            seed: Random seed for reproducibility. If None, a random seed is used.
            sync_mode: If True, returns the image as a data URI instead of uploading to CDN. The
                image will not be available in the request history. Default: false.
            enable_safety_checker: If True, runs a safety checker on the output and filters NSFW
                content. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "true_cfg": true_cfg,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "num_images": num_images,
                "output_format": output_format,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        true_cfg: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[OnerewardOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the source image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: URL of the mask image. White pixels indicate the area to fill or modify; black
                pixels preserve the original content. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Text description of what to generate in the masked area.
            negative_prompt: Text describing what to avoid in the generated output. Default: "nsfw".
            guidance_scale: Guidance scale for the base diffusion process. The model uses true_cfg
                for classifier-free guidance; this controls the distillation guidance. Default: 1.
                Limits: minimum 0, maximum 5.
            true_cfg: True classifier-free guidance scale. Controls how strongly the model follows
                the prompt. Values above 1.0 enable CFG. Default: 4. Limits: minimum 1, maximum 10.
            num_inference_steps: Number of denoising steps. More steps generally produce higher
                quality results. Default: 28. Limits: minimum 1, maximum 50.
            acceleration: Acceleration level for image generation. Default: "regular".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Format of the output image. Default: "jpeg".
            seed: Random seed for reproducibility. If None, a random seed is used.
            sync_mode: If True, returns the image as a data URI instead of uploading to CDN. The
                image will not be available in the request history. Default: false.
            enable_safety_checker: If True, runs a safety checker on the output and filters NSFW
                content. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "true_cfg": true_cfg,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "num_images": num_images,
                "output_format": output_format,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncOnereward(AsyncEndpoint[OnerewardInput, OnerewardOutput]):
    """Onereward (`fal-ai/onereward`).

    Input for the OneReward inpainting/editing model.

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/onereward/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/onereward"
    input_model: ClassVar[type[OnerewardInput]] = OnerewardInput
    output_model: ClassVar[type[OnerewardOutput]] = OnerewardOutput
    Input = OnerewardInput
    Output = OnerewardOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        true_cfg: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> OnerewardOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the source image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: URL of the mask image. White pixels indicate the area to fill or modify; black
                pixels preserve the original content. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Text description of what to generate in the masked area.
            negative_prompt: Text describing what to avoid in the generated output. Default: "nsfw".
            guidance_scale: Guidance scale for the base diffusion process. The model uses true_cfg
                for classifier-free guidance; this controls the distillation guidance. Default: 1.
                Limits: minimum 0, maximum 5.
            true_cfg: True classifier-free guidance scale. Controls how strongly the model follows
                the prompt. Values above 1.0 enable CFG. Default: 4. Limits: minimum 1, maximum 10.
            num_inference_steps: Number of denoising steps. More steps generally produce higher
                quality results. Default: 28. Limits: minimum 1, maximum 50.
            acceleration: Acceleration level for image generation. Default: "regular".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Format of the output image. Default: "jpeg".
            seed: Random seed for reproducibility. If None, a random seed is used.
            sync_mode: If True, returns the image as a data URI instead of uploading to CDN. The
                image will not be available in the request history. Default: false.
            enable_safety_checker: If True, runs a safety checker on the output and filters NSFW
                content. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "true_cfg": true_cfg,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "num_images": num_images,
                "output_format": output_format,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        true_cfg: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[OnerewardOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the source image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: URL of the mask image. White pixels indicate the area to fill or modify; black
                pixels preserve the original content. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Text description of what to generate in the masked area.
            negative_prompt: Text describing what to avoid in the generated output. Default: "nsfw".
            guidance_scale: Guidance scale for the base diffusion process. The model uses true_cfg
                for classifier-free guidance; this controls the distillation guidance. Default: 1.
                Limits: minimum 0, maximum 5.
            true_cfg: True classifier-free guidance scale. Controls how strongly the model follows
                the prompt. Values above 1.0 enable CFG. Default: 4. Limits: minimum 1, maximum 10.
            num_inference_steps: Number of denoising steps. More steps generally produce higher
                quality results. Default: 28. Limits: minimum 1, maximum 50.
            acceleration: Acceleration level for image generation. Default: "regular".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Format of the output image. Default: "jpeg".
            seed: Random seed for reproducibility. If None, a random seed is used.
            sync_mode: If True, returns the image as a data URI instead of uploading to CDN. The
                image will not be available in the request history. Default: false.
            enable_safety_checker: If True, runs a safety checker on the output and filters NSFW
                content. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "true_cfg": true_cfg,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "num_images": num_images,
                "output_format": output_format,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        true_cfg: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OnerewardOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the source image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: URL of the mask image. White pixels indicate the area to fill or modify; black
                pixels preserve the original content. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Text description of what to generate in the masked area.
            negative_prompt: Text describing what to avoid in the generated output. Default: "nsfw".
            guidance_scale: Guidance scale for the base diffusion process. The model uses true_cfg
                for classifier-free guidance; this controls the distillation guidance. Default: 1.
                Limits: minimum 0, maximum 5.
            true_cfg: True classifier-free guidance scale. Controls how strongly the model follows
                the prompt. Values above 1.0 enable CFG. Default: 4. Limits: minimum 1, maximum 10.
            num_inference_steps: Number of denoising steps. More steps generally produce higher
                quality results. Default: 28. Limits: minimum 1, maximum 50.
            acceleration: Acceleration level for image generation. Default: "regular".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Format of the output image. Default: "jpeg".
            seed: Random seed for reproducibility. If None, a random seed is used.
            sync_mode: If True, returns the image as a data URI instead of uploading to CDN. The
                image will not be available in the request history. Default: false.
            enable_safety_checker: If True, runs a safety checker on the output and filters NSFW
                content. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "true_cfg": true_cfg,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "num_images": num_images,
                "output_format": output_format,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        true_cfg: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[OnerewardOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the source image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: URL of the mask image. White pixels indicate the area to fill or modify; black
                pixels preserve the original content. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Text description of what to generate in the masked area.
            negative_prompt: Text describing what to avoid in the generated output. Default: "nsfw".
            guidance_scale: Guidance scale for the base diffusion process. The model uses true_cfg
                for classifier-free guidance; this controls the distillation guidance. Default: 1.
                Limits: minimum 0, maximum 5.
            true_cfg: True classifier-free guidance scale. Controls how strongly the model follows
                the prompt. Values above 1.0 enable CFG. Default: 4. Limits: minimum 1, maximum 10.
            num_inference_steps: Number of denoising steps. More steps generally produce higher
                quality results. Default: 28. Limits: minimum 1, maximum 50.
            acceleration: Acceleration level for image generation. Default: "regular".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Format of the output image. Default: "jpeg".
            seed: Random seed for reproducibility. If None, a random seed is used.
            sync_mode: If True, returns the image as a data URI instead of uploading to CDN. The
                image will not be available in the request history. Default: false.
            enable_safety_checker: If True, runs a safety checker on the output and filters NSFW
                content. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "true_cfg": true_cfg,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "num_images": num_images,
                "output_format": output_format,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
