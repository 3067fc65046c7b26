# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/lcm-sd15-i2i` (Lcm Sd15 I2i)."""

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
from fal_models.models.lcm_sd15_i2i import LcmSd15I2iInput, LcmSd15I2iOutput

__all__ = ["LcmSd15I2i", "AsyncLcmSd15I2i", "LcmSd15I2iInput", "LcmSd15I2iOutput"]


class LcmSd15I2i(SyncEndpoint[LcmSd15I2iInput, LcmSd15I2iOutput]):
    """Lcm Sd15 I2i (`fal-ai/lcm-sd15-i2i`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/lcm-sd15-i2i/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/lcm-sd15-i2i"
    input_model: ClassVar[type[LcmSd15I2iInput]] = LcmSd15I2iInput
    output_model: ClassVar[type[LcmSd15I2iOutput]] = LcmSd15I2iOutput
    Input = LcmSd15I2iInput
    Output = LcmSd15I2iOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        strength: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checks: bool | Omit = omit,
        request_id: str | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> LcmSd15I2iOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            image_url: The image to use as a base. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: Mask URL for compatibility with generic LCM processing. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            strength: The strength of the image. Default: 0.8. Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 1. Limits: minimum 0, maximum 16.
            num_inference_steps: The number of inference steps to use for generating the image. The
                more steps the better the image will be but it will also take longer to generate.
                Default: 4. Limits: minimum 1, maximum 12.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. The function will return a list of images
                with the same prompt and negative prompt but different seeds. Default: 1. Limits:
                minimum 1, maximum 8.
            enable_safety_checks: If set to true, the resulting image will be checked whether it
                includes any potentially unsafe content. If it does, it will be replaced with a
                black image. Default: true.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "strength": strength,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checks": enable_safety_checks,
                "request_id": request_id,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        strength: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checks: bool | Omit = omit,
        request_id: str | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LcmSd15I2iOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            image_url: The image to use as a base. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: Mask URL for compatibility with generic LCM processing. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            strength: The strength of the image. Default: 0.8. Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 1. Limits: minimum 0, maximum 16.
            num_inference_steps: The number of inference steps to use for generating the image. The
                more steps the better the image will be but it will also take longer to generate.
                Default: 4. Limits: minimum 1, maximum 12.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. The function will return a list of images
                with the same prompt and negative prompt but different seeds. Default: 1. Limits:
                minimum 1, maximum 8.
            enable_safety_checks: If set to true, the resulting image will be checked whether it
                includes any potentially unsafe content. If it does, it will be replaced with a
                black image. Default: true.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "strength": strength,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checks": enable_safety_checks,
                "request_id": request_id,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        strength: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checks: bool | Omit = omit,
        request_id: str | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LcmSd15I2iOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            image_url: The image to use as a base. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: Mask URL for compatibility with generic LCM processing. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            strength: The strength of the image. Default: 0.8. Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 1. Limits: minimum 0, maximum 16.
            num_inference_steps: The number of inference steps to use for generating the image. The
                more steps the better the image will be but it will also take longer to generate.
                Default: 4. Limits: minimum 1, maximum 12.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. The function will return a list of images
                with the same prompt and negative prompt but different seeds. Default: 1. Limits:
                minimum 1, maximum 8.
            enable_safety_checks: If set to true, the resulting image will be checked whether it
                includes any potentially unsafe content. If it does, it will be replaced with a
                black image. Default: true.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "strength": strength,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checks": enable_safety_checks,
                "request_id": request_id,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        strength: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checks: bool | Omit = omit,
        request_id: str | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LcmSd15I2iOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            image_url: The image to use as a base. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: Mask URL for compatibility with generic LCM processing. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            strength: The strength of the image. Default: 0.8. Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 1. Limits: minimum 0, maximum 16.
            num_inference_steps: The number of inference steps to use for generating the image. The
                more steps the better the image will be but it will also take longer to generate.
                Default: 4. Limits: minimum 1, maximum 12.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. The function will return a list of images
                with the same prompt and negative prompt but different seeds. Default: 1. Limits:
                minimum 1, maximum 8.
            enable_safety_checks: If set to true, the resulting image will be checked whether it
                includes any potentially unsafe content. If it does, it will be replaced with a
                black image. Default: true.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "strength": strength,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checks": enable_safety_checks,
                "request_id": request_id,
            }
        )
        return self._stream(payload, options)


class AsyncLcmSd15I2i(AsyncEndpoint[LcmSd15I2iInput, LcmSd15I2iOutput]):
    """Lcm Sd15 I2i (`fal-ai/lcm-sd15-i2i`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/lcm-sd15-i2i/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/lcm-sd15-i2i"
    input_model: ClassVar[type[LcmSd15I2iInput]] = LcmSd15I2iInput
    output_model: ClassVar[type[LcmSd15I2iOutput]] = LcmSd15I2iOutput
    Input = LcmSd15I2iInput
    Output = LcmSd15I2iOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        strength: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checks: bool | Omit = omit,
        request_id: str | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LcmSd15I2iOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            image_url: The image to use as a base. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: Mask URL for compatibility with generic LCM processing. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            strength: The strength of the image. Default: 0.8. Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 1. Limits: minimum 0, maximum 16.
            num_inference_steps: The number of inference steps to use for generating the image. The
                more steps the better the image will be but it will also take longer to generate.
                Default: 4. Limits: minimum 1, maximum 12.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. The function will return a list of images
                with the same prompt and negative prompt but different seeds. Default: 1. Limits:
                minimum 1, maximum 8.
            enable_safety_checks: If set to true, the resulting image will be checked whether it
                includes any potentially unsafe content. If it does, it will be replaced with a
                black image. Default: true.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "strength": strength,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checks": enable_safety_checks,
                "request_id": request_id,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        strength: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checks: bool | Omit = omit,
        request_id: str | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LcmSd15I2iOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            image_url: The image to use as a base. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: Mask URL for compatibility with generic LCM processing. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            strength: The strength of the image. Default: 0.8. Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 1. Limits: minimum 0, maximum 16.
            num_inference_steps: The number of inference steps to use for generating the image. The
                more steps the better the image will be but it will also take longer to generate.
                Default: 4. Limits: minimum 1, maximum 12.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. The function will return a list of images
                with the same prompt and negative prompt but different seeds. Default: 1. Limits:
                minimum 1, maximum 8.
            enable_safety_checks: If set to true, the resulting image will be checked whether it
                includes any potentially unsafe content. If it does, it will be replaced with a
                black image. Default: true.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "strength": strength,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checks": enable_safety_checks,
                "request_id": request_id,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        strength: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checks: bool | Omit = omit,
        request_id: str | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LcmSd15I2iOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            image_url: The image to use as a base. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: Mask URL for compatibility with generic LCM processing. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            strength: The strength of the image. Default: 0.8. Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 1. Limits: minimum 0, maximum 16.
            num_inference_steps: The number of inference steps to use for generating the image. The
                more steps the better the image will be but it will also take longer to generate.
                Default: 4. Limits: minimum 1, maximum 12.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. The function will return a list of images
                with the same prompt and negative prompt but different seeds. Default: 1. Limits:
                minimum 1, maximum 8.
            enable_safety_checks: If set to true, the resulting image will be checked whether it
                includes any potentially unsafe content. If it does, it will be replaced with a
                black image. Default: true.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "strength": strength,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checks": enable_safety_checks,
                "request_id": request_id,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        strength: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checks: bool | Omit = omit,
        request_id: str | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LcmSd15I2iOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            image_url: The image to use as a base. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: Mask URL for compatibility with generic LCM processing. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            strength: The strength of the image. Default: 0.8. Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 1. Limits: minimum 0, maximum 16.
            num_inference_steps: The number of inference steps to use for generating the image. The
                more steps the better the image will be but it will also take longer to generate.
                Default: 4. Limits: minimum 1, maximum 12.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. The function will return a list of images
                with the same prompt and negative prompt but different seeds. Default: 1. Limits:
                minimum 1, maximum 8.
            enable_safety_checks: If set to true, the resulting image will be checked whether it
                includes any potentially unsafe content. If it does, it will be replaced with a
                black image. Default: true.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "strength": strength,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checks": enable_safety_checks,
                "request_id": request_id,
            }
        )
        return self._stream(payload, options)
