# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/omnigen-v2` (Omnigen V2)."""

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
from fal_models.models import shared
from fal_models.models.omnigen_v2 import ImageSizePreset, OmnigenV2Input, OmnigenV2Output

__all__ = ["OmnigenV2", "AsyncOmnigenV2", "OmnigenV2Input", "OmnigenV2Output"]


class OmnigenV2(SyncEndpoint[OmnigenV2Input, OmnigenV2Output]):
    """Omnigen V2 (`fal-ai/omnigen-v2`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/omnigen-v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/omnigen-v2"
    input_model: ClassVar[type[OmnigenV2Input]] = OmnigenV2Input
    output_model: ClassVar[type[OmnigenV2Output]] = OmnigenV2Output
    Input = OmnigenV2Input
    Output = OmnigenV2Output

    def subscribe(
        self,
        *,
        prompt: str,
        input_image_urls: list[FileInput] | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        text_guidance_scale: float | Omit = omit,
        image_guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_range_start: float | Omit = omit,
        cfg_range_end: float | Omit = omit,
        scheduler: Literal["euler", "dpmsolver"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> OmnigenV2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate or edit an image. Use specific language like 'Add the
                bird from image 1 to the desk in image 2' for better results.
            input_image_urls: URLs of input images to use for image editing or multi-image
                generation. Support up to 3 images. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image). Default: [].
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 20, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            text_guidance_scale: The Text Guidance scale controls how closely the model follows the
                text prompt. Higher values make the model stick more closely to the prompt. Default:
                5. Limits: minimum 1, maximum 8.
            image_guidance_scale: The Image Guidance scale controls how closely the model follows
                the input images. For image editing: 1.3-2.0, for in-context generation: 2.0-3.0.
                Default: 2. Limits: minimum 1, maximum 3.
            negative_prompt: Negative prompt to guide what should not be in the image. Default:
                "(((deformed))), blurry, over saturation, bad anatomy, disfigured, poorly drawn
                face, mutation, mutated, (extra_limb), (ugly), (poorly drawn hands), fused fingers,
                messy drawing, broken legs censor, censored, censor_bar".
            cfg_range_start: CFG range start value. Default: 0. Limits: minimum 0, maximum 1.
            cfg_range_end: CFG range end value. Default: 1. Limits: minimum 0, maximum 1.
            scheduler: The scheduler to use for the diffusion process. Default: "euler".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "text_guidance_scale": text_guidance_scale,
                "image_guidance_scale": image_guidance_scale,
                "negative_prompt": negative_prompt,
                "cfg_range_start": cfg_range_start,
                "cfg_range_end": cfg_range_end,
                "scheduler": scheduler,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        input_image_urls: list[FileInput] | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        text_guidance_scale: float | Omit = omit,
        image_guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_range_start: float | Omit = omit,
        cfg_range_end: float | Omit = omit,
        scheduler: Literal["euler", "dpmsolver"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[OmnigenV2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate or edit an image. Use specific language like 'Add the
                bird from image 1 to the desk in image 2' for better results.
            input_image_urls: URLs of input images to use for image editing or multi-image
                generation. Support up to 3 images. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image). Default: [].
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 20, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            text_guidance_scale: The Text Guidance scale controls how closely the model follows the
                text prompt. Higher values make the model stick more closely to the prompt. Default:
                5. Limits: minimum 1, maximum 8.
            image_guidance_scale: The Image Guidance scale controls how closely the model follows
                the input images. For image editing: 1.3-2.0, for in-context generation: 2.0-3.0.
                Default: 2. Limits: minimum 1, maximum 3.
            negative_prompt: Negative prompt to guide what should not be in the image. Default:
                "(((deformed))), blurry, over saturation, bad anatomy, disfigured, poorly drawn
                face, mutation, mutated, (extra_limb), (ugly), (poorly drawn hands), fused fingers,
                messy drawing, broken legs censor, censored, censor_bar".
            cfg_range_start: CFG range start value. Default: 0. Limits: minimum 0, maximum 1.
            cfg_range_end: CFG range end value. Default: 1. Limits: minimum 0, maximum 1.
            scheduler: The scheduler to use for the diffusion process. Default: "euler".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "text_guidance_scale": text_guidance_scale,
                "image_guidance_scale": image_guidance_scale,
                "negative_prompt": negative_prompt,
                "cfg_range_start": cfg_range_start,
                "cfg_range_end": cfg_range_end,
                "scheduler": scheduler,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        input_image_urls: list[FileInput] | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        text_guidance_scale: float | Omit = omit,
        image_guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_range_start: float | Omit = omit,
        cfg_range_end: float | Omit = omit,
        scheduler: Literal["euler", "dpmsolver"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OmnigenV2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate or edit an image. Use specific language like 'Add the
                bird from image 1 to the desk in image 2' for better results.
            input_image_urls: URLs of input images to use for image editing or multi-image
                generation. Support up to 3 images. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image). Default: [].
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 20, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            text_guidance_scale: The Text Guidance scale controls how closely the model follows the
                text prompt. Higher values make the model stick more closely to the prompt. Default:
                5. Limits: minimum 1, maximum 8.
            image_guidance_scale: The Image Guidance scale controls how closely the model follows
                the input images. For image editing: 1.3-2.0, for in-context generation: 2.0-3.0.
                Default: 2. Limits: minimum 1, maximum 3.
            negative_prompt: Negative prompt to guide what should not be in the image. Default:
                "(((deformed))), blurry, over saturation, bad anatomy, disfigured, poorly drawn
                face, mutation, mutated, (extra_limb), (ugly), (poorly drawn hands), fused fingers,
                messy drawing, broken legs censor, censored, censor_bar".
            cfg_range_start: CFG range start value. Default: 0. Limits: minimum 0, maximum 1.
            cfg_range_end: CFG range end value. Default: 1. Limits: minimum 0, maximum 1.
            scheduler: The scheduler to use for the diffusion process. Default: "euler".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "text_guidance_scale": text_guidance_scale,
                "image_guidance_scale": image_guidance_scale,
                "negative_prompt": negative_prompt,
                "cfg_range_start": cfg_range_start,
                "cfg_range_end": cfg_range_end,
                "scheduler": scheduler,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        input_image_urls: list[FileInput] | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        text_guidance_scale: float | Omit = omit,
        image_guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_range_start: float | Omit = omit,
        cfg_range_end: float | Omit = omit,
        scheduler: Literal["euler", "dpmsolver"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[OmnigenV2Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate or edit an image. Use specific language like 'Add the
                bird from image 1 to the desk in image 2' for better results.
            input_image_urls: URLs of input images to use for image editing or multi-image
                generation. Support up to 3 images. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image). Default: [].
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 20, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            text_guidance_scale: The Text Guidance scale controls how closely the model follows the
                text prompt. Higher values make the model stick more closely to the prompt. Default:
                5. Limits: minimum 1, maximum 8.
            image_guidance_scale: The Image Guidance scale controls how closely the model follows
                the input images. For image editing: 1.3-2.0, for in-context generation: 2.0-3.0.
                Default: 2. Limits: minimum 1, maximum 3.
            negative_prompt: Negative prompt to guide what should not be in the image. Default:
                "(((deformed))), blurry, over saturation, bad anatomy, disfigured, poorly drawn
                face, mutation, mutated, (extra_limb), (ugly), (poorly drawn hands), fused fingers,
                messy drawing, broken legs censor, censored, censor_bar".
            cfg_range_start: CFG range start value. Default: 0. Limits: minimum 0, maximum 1.
            cfg_range_end: CFG range end value. Default: 1. Limits: minimum 0, maximum 1.
            scheduler: The scheduler to use for the diffusion process. Default: "euler".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "text_guidance_scale": text_guidance_scale,
                "image_guidance_scale": image_guidance_scale,
                "negative_prompt": negative_prompt,
                "cfg_range_start": cfg_range_start,
                "cfg_range_end": cfg_range_end,
                "scheduler": scheduler,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncOmnigenV2(AsyncEndpoint[OmnigenV2Input, OmnigenV2Output]):
    """Omnigen V2 (`fal-ai/omnigen-v2`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/omnigen-v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/omnigen-v2"
    input_model: ClassVar[type[OmnigenV2Input]] = OmnigenV2Input
    output_model: ClassVar[type[OmnigenV2Output]] = OmnigenV2Output
    Input = OmnigenV2Input
    Output = OmnigenV2Output

    async def subscribe(
        self,
        *,
        prompt: str,
        input_image_urls: list[FileInput] | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        text_guidance_scale: float | Omit = omit,
        image_guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_range_start: float | Omit = omit,
        cfg_range_end: float | Omit = omit,
        scheduler: Literal["euler", "dpmsolver"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> OmnigenV2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate or edit an image. Use specific language like 'Add the
                bird from image 1 to the desk in image 2' for better results.
            input_image_urls: URLs of input images to use for image editing or multi-image
                generation. Support up to 3 images. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image). Default: [].
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 20, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            text_guidance_scale: The Text Guidance scale controls how closely the model follows the
                text prompt. Higher values make the model stick more closely to the prompt. Default:
                5. Limits: minimum 1, maximum 8.
            image_guidance_scale: The Image Guidance scale controls how closely the model follows
                the input images. For image editing: 1.3-2.0, for in-context generation: 2.0-3.0.
                Default: 2. Limits: minimum 1, maximum 3.
            negative_prompt: Negative prompt to guide what should not be in the image. Default:
                "(((deformed))), blurry, over saturation, bad anatomy, disfigured, poorly drawn
                face, mutation, mutated, (extra_limb), (ugly), (poorly drawn hands), fused fingers,
                messy drawing, broken legs censor, censored, censor_bar".
            cfg_range_start: CFG range start value. Default: 0. Limits: minimum 0, maximum 1.
            cfg_range_end: CFG range end value. Default: 1. Limits: minimum 0, maximum 1.
            scheduler: The scheduler to use for the diffusion process. Default: "euler".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "text_guidance_scale": text_guidance_scale,
                "image_guidance_scale": image_guidance_scale,
                "negative_prompt": negative_prompt,
                "cfg_range_start": cfg_range_start,
                "cfg_range_end": cfg_range_end,
                "scheduler": scheduler,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        input_image_urls: list[FileInput] | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        text_guidance_scale: float | Omit = omit,
        image_guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_range_start: float | Omit = omit,
        cfg_range_end: float | Omit = omit,
        scheduler: Literal["euler", "dpmsolver"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[OmnigenV2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate or edit an image. Use specific language like 'Add the
                bird from image 1 to the desk in image 2' for better results.
            input_image_urls: URLs of input images to use for image editing or multi-image
                generation. Support up to 3 images. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image). Default: [].
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 20, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            text_guidance_scale: The Text Guidance scale controls how closely the model follows the
                text prompt. Higher values make the model stick more closely to the prompt. Default:
                5. Limits: minimum 1, maximum 8.
            image_guidance_scale: The Image Guidance scale controls how closely the model follows
                the input images. For image editing: 1.3-2.0, for in-context generation: 2.0-3.0.
                Default: 2. Limits: minimum 1, maximum 3.
            negative_prompt: Negative prompt to guide what should not be in the image. Default:
                "(((deformed))), blurry, over saturation, bad anatomy, disfigured, poorly drawn
                face, mutation, mutated, (extra_limb), (ugly), (poorly drawn hands), fused fingers,
                messy drawing, broken legs censor, censored, censor_bar".
            cfg_range_start: CFG range start value. Default: 0. Limits: minimum 0, maximum 1.
            cfg_range_end: CFG range end value. Default: 1. Limits: minimum 0, maximum 1.
            scheduler: The scheduler to use for the diffusion process. Default: "euler".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "text_guidance_scale": text_guidance_scale,
                "image_guidance_scale": image_guidance_scale,
                "negative_prompt": negative_prompt,
                "cfg_range_start": cfg_range_start,
                "cfg_range_end": cfg_range_end,
                "scheduler": scheduler,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        input_image_urls: list[FileInput] | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        text_guidance_scale: float | Omit = omit,
        image_guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_range_start: float | Omit = omit,
        cfg_range_end: float | Omit = omit,
        scheduler: Literal["euler", "dpmsolver"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OmnigenV2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate or edit an image. Use specific language like 'Add the
                bird from image 1 to the desk in image 2' for better results.
            input_image_urls: URLs of input images to use for image editing or multi-image
                generation. Support up to 3 images. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image). Default: [].
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 20, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            text_guidance_scale: The Text Guidance scale controls how closely the model follows the
                text prompt. Higher values make the model stick more closely to the prompt. Default:
                5. Limits: minimum 1, maximum 8.
            image_guidance_scale: The Image Guidance scale controls how closely the model follows
                the input images. For image editing: 1.3-2.0, for in-context generation: 2.0-3.0.
                Default: 2. Limits: minimum 1, maximum 3.
            negative_prompt: Negative prompt to guide what should not be in the image. Default:
                "(((deformed))), blurry, over saturation, bad anatomy, disfigured, poorly drawn
                face, mutation, mutated, (extra_limb), (ugly), (poorly drawn hands), fused fingers,
                messy drawing, broken legs censor, censored, censor_bar".
            cfg_range_start: CFG range start value. Default: 0. Limits: minimum 0, maximum 1.
            cfg_range_end: CFG range end value. Default: 1. Limits: minimum 0, maximum 1.
            scheduler: The scheduler to use for the diffusion process. Default: "euler".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "text_guidance_scale": text_guidance_scale,
                "image_guidance_scale": image_guidance_scale,
                "negative_prompt": negative_prompt,
                "cfg_range_start": cfg_range_start,
                "cfg_range_end": cfg_range_end,
                "scheduler": scheduler,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        input_image_urls: list[FileInput] | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        text_guidance_scale: float | Omit = omit,
        image_guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        cfg_range_start: float | Omit = omit,
        cfg_range_end: float | Omit = omit,
        scheduler: Literal["euler", "dpmsolver"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[OmnigenV2Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate or edit an image. Use specific language like 'Add the
                bird from image 1 to the desk in image 2' for better results.
            input_image_urls: URLs of input images to use for image editing or multi-image
                generation. Support up to 3 images. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image). Default: [].
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 20, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            text_guidance_scale: The Text Guidance scale controls how closely the model follows the
                text prompt. Higher values make the model stick more closely to the prompt. Default:
                5. Limits: minimum 1, maximum 8.
            image_guidance_scale: The Image Guidance scale controls how closely the model follows
                the input images. For image editing: 1.3-2.0, for in-context generation: 2.0-3.0.
                Default: 2. Limits: minimum 1, maximum 3.
            negative_prompt: Negative prompt to guide what should not be in the image. Default:
                "(((deformed))), blurry, over saturation, bad anatomy, disfigured, poorly drawn
                face, mutation, mutated, (extra_limb), (ugly), (poorly drawn hands), fused fingers,
                messy drawing, broken legs censor, censored, censor_bar".
            cfg_range_start: CFG range start value. Default: 0. Limits: minimum 0, maximum 1.
            cfg_range_end: CFG range end value. Default: 1. Limits: minimum 0, maximum 1.
            scheduler: The scheduler to use for the diffusion process. Default: "euler".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "text_guidance_scale": text_guidance_scale,
                "image_guidance_scale": image_guidance_scale,
                "negative_prompt": negative_prompt,
                "cfg_range_start": cfg_range_start,
                "cfg_range_end": cfg_range_end,
                "scheduler": scheduler,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
