# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/face-to-sticker` (Face To Sticker)."""

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
from fal_models.models import shared
from fal_models.models.face_to_sticker import (
    FaceToStickerInput,
    FaceToStickerOutput,
    ImageSizePreset,
)

__all__ = ["FaceToSticker", "AsyncFaceToSticker", "FaceToStickerInput", "FaceToStickerOutput"]


class FaceToSticker(SyncEndpoint[FaceToStickerInput, FaceToStickerOutput]):
    """Face To Sticker (`fal-ai/face-to-sticker`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/face-to-sticker/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/face-to-sticker"
    input_model: ClassVar[type[FaceToStickerInput]] = FaceToStickerInput
    output_model: ClassVar[type[FaceToStickerOutput]] = FaceToStickerOutput
    Input = FaceToStickerInput
    Output = FaceToStickerOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        instant_id_strength: float | Omit = omit,
        ip_adapter_weight: float | Omit = omit,
        ip_adapter_noise: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        upscale: bool | Omit = omit,
        upscale_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FaceToStickerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the video. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 20. Limits: minimum 10, maximum 40.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4.5. Limits: minimum 0, maximum 10.
            instant_id_strength: The strength of the instant ID. Default: 0.7. Limits: minimum 0,
                maximum 1.
            ip_adapter_weight: The weight of the IP adapter. Default: 0.2. Limits: minimum 0,
                maximum 1.
            ip_adapter_noise: The amount of noise to add to the IP adapter. Default: 0.5. Limits:
                minimum 0, maximum 1.
            image_size: The size of the generated image. Default: "square_hd".
            upscale: Whether to upscale the image 2x. Default: false.
            upscale_steps: The number of steps to use for upscaling. Only used if `upscale` is
                `true`. Default: 10. Limits: minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "instant_id_strength": instant_id_strength,
                "ip_adapter_weight": ip_adapter_weight,
                "ip_adapter_noise": ip_adapter_noise,
                "image_size": image_size,
                "upscale": upscale,
                "upscale_steps": upscale_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        instant_id_strength: float | Omit = omit,
        ip_adapter_weight: float | Omit = omit,
        ip_adapter_noise: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        upscale: bool | Omit = omit,
        upscale_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FaceToStickerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the video. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 20. Limits: minimum 10, maximum 40.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4.5. Limits: minimum 0, maximum 10.
            instant_id_strength: The strength of the instant ID. Default: 0.7. Limits: minimum 0,
                maximum 1.
            ip_adapter_weight: The weight of the IP adapter. Default: 0.2. Limits: minimum 0,
                maximum 1.
            ip_adapter_noise: The amount of noise to add to the IP adapter. Default: 0.5. Limits:
                minimum 0, maximum 1.
            image_size: The size of the generated image. Default: "square_hd".
            upscale: Whether to upscale the image 2x. Default: false.
            upscale_steps: The number of steps to use for upscaling. Only used if `upscale` is
                `true`. Default: 10. Limits: minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "instant_id_strength": instant_id_strength,
                "ip_adapter_weight": ip_adapter_weight,
                "ip_adapter_noise": ip_adapter_noise,
                "image_size": image_size,
                "upscale": upscale,
                "upscale_steps": upscale_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        instant_id_strength: float | Omit = omit,
        ip_adapter_weight: float | Omit = omit,
        ip_adapter_noise: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        upscale: bool | Omit = omit,
        upscale_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FaceToStickerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the video. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 20. Limits: minimum 10, maximum 40.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4.5. Limits: minimum 0, maximum 10.
            instant_id_strength: The strength of the instant ID. Default: 0.7. Limits: minimum 0,
                maximum 1.
            ip_adapter_weight: The weight of the IP adapter. Default: 0.2. Limits: minimum 0,
                maximum 1.
            ip_adapter_noise: The amount of noise to add to the IP adapter. Default: 0.5. Limits:
                minimum 0, maximum 1.
            image_size: The size of the generated image. Default: "square_hd".
            upscale: Whether to upscale the image 2x. Default: false.
            upscale_steps: The number of steps to use for upscaling. Only used if `upscale` is
                `true`. Default: 10. Limits: minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "instant_id_strength": instant_id_strength,
                "ip_adapter_weight": ip_adapter_weight,
                "ip_adapter_noise": ip_adapter_noise,
                "image_size": image_size,
                "upscale": upscale,
                "upscale_steps": upscale_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        instant_id_strength: float | Omit = omit,
        ip_adapter_weight: float | Omit = omit,
        ip_adapter_noise: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        upscale: bool | Omit = omit,
        upscale_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FaceToStickerOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the video. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 20. Limits: minimum 10, maximum 40.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4.5. Limits: minimum 0, maximum 10.
            instant_id_strength: The strength of the instant ID. Default: 0.7. Limits: minimum 0,
                maximum 1.
            ip_adapter_weight: The weight of the IP adapter. Default: 0.2. Limits: minimum 0,
                maximum 1.
            ip_adapter_noise: The amount of noise to add to the IP adapter. Default: 0.5. Limits:
                minimum 0, maximum 1.
            image_size: The size of the generated image. Default: "square_hd".
            upscale: Whether to upscale the image 2x. Default: false.
            upscale_steps: The number of steps to use for upscaling. Only used if `upscale` is
                `true`. Default: 10. Limits: minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "instant_id_strength": instant_id_strength,
                "ip_adapter_weight": ip_adapter_weight,
                "ip_adapter_noise": ip_adapter_noise,
                "image_size": image_size,
                "upscale": upscale,
                "upscale_steps": upscale_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncFaceToSticker(AsyncEndpoint[FaceToStickerInput, FaceToStickerOutput]):
    """Face To Sticker (`fal-ai/face-to-sticker`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/face-to-sticker/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/face-to-sticker"
    input_model: ClassVar[type[FaceToStickerInput]] = FaceToStickerInput
    output_model: ClassVar[type[FaceToStickerOutput]] = FaceToStickerOutput
    Input = FaceToStickerInput
    Output = FaceToStickerOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        instant_id_strength: float | Omit = omit,
        ip_adapter_weight: float | Omit = omit,
        ip_adapter_noise: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        upscale: bool | Omit = omit,
        upscale_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FaceToStickerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the video. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 20. Limits: minimum 10, maximum 40.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4.5. Limits: minimum 0, maximum 10.
            instant_id_strength: The strength of the instant ID. Default: 0.7. Limits: minimum 0,
                maximum 1.
            ip_adapter_weight: The weight of the IP adapter. Default: 0.2. Limits: minimum 0,
                maximum 1.
            ip_adapter_noise: The amount of noise to add to the IP adapter. Default: 0.5. Limits:
                minimum 0, maximum 1.
            image_size: The size of the generated image. Default: "square_hd".
            upscale: Whether to upscale the image 2x. Default: false.
            upscale_steps: The number of steps to use for upscaling. Only used if `upscale` is
                `true`. Default: 10. Limits: minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "instant_id_strength": instant_id_strength,
                "ip_adapter_weight": ip_adapter_weight,
                "ip_adapter_noise": ip_adapter_noise,
                "image_size": image_size,
                "upscale": upscale,
                "upscale_steps": upscale_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        instant_id_strength: float | Omit = omit,
        ip_adapter_weight: float | Omit = omit,
        ip_adapter_noise: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        upscale: bool | Omit = omit,
        upscale_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FaceToStickerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the video. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 20. Limits: minimum 10, maximum 40.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4.5. Limits: minimum 0, maximum 10.
            instant_id_strength: The strength of the instant ID. Default: 0.7. Limits: minimum 0,
                maximum 1.
            ip_adapter_weight: The weight of the IP adapter. Default: 0.2. Limits: minimum 0,
                maximum 1.
            ip_adapter_noise: The amount of noise to add to the IP adapter. Default: 0.5. Limits:
                minimum 0, maximum 1.
            image_size: The size of the generated image. Default: "square_hd".
            upscale: Whether to upscale the image 2x. Default: false.
            upscale_steps: The number of steps to use for upscaling. Only used if `upscale` is
                `true`. Default: 10. Limits: minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "instant_id_strength": instant_id_strength,
                "ip_adapter_weight": ip_adapter_weight,
                "ip_adapter_noise": ip_adapter_noise,
                "image_size": image_size,
                "upscale": upscale,
                "upscale_steps": upscale_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        instant_id_strength: float | Omit = omit,
        ip_adapter_weight: float | Omit = omit,
        ip_adapter_noise: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        upscale: bool | Omit = omit,
        upscale_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FaceToStickerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the video. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 20. Limits: minimum 10, maximum 40.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4.5. Limits: minimum 0, maximum 10.
            instant_id_strength: The strength of the instant ID. Default: 0.7. Limits: minimum 0,
                maximum 1.
            ip_adapter_weight: The weight of the IP adapter. Default: 0.2. Limits: minimum 0,
                maximum 1.
            ip_adapter_noise: The amount of noise to add to the IP adapter. Default: 0.5. Limits:
                minimum 0, maximum 1.
            image_size: The size of the generated image. Default: "square_hd".
            upscale: Whether to upscale the image 2x. Default: false.
            upscale_steps: The number of steps to use for upscaling. Only used if `upscale` is
                `true`. Default: 10. Limits: minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "instant_id_strength": instant_id_strength,
                "ip_adapter_weight": ip_adapter_weight,
                "ip_adapter_noise": ip_adapter_noise,
                "image_size": image_size,
                "upscale": upscale,
                "upscale_steps": upscale_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        instant_id_strength: float | Omit = omit,
        ip_adapter_weight: float | Omit = omit,
        ip_adapter_noise: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        upscale: bool | Omit = omit,
        upscale_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FaceToStickerOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the video. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 20. Limits: minimum 10, maximum 40.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4.5. Limits: minimum 0, maximum 10.
            instant_id_strength: The strength of the instant ID. Default: 0.7. Limits: minimum 0,
                maximum 1.
            ip_adapter_weight: The weight of the IP adapter. Default: 0.2. Limits: minimum 0,
                maximum 1.
            ip_adapter_noise: The amount of noise to add to the IP adapter. Default: 0.5. Limits:
                minimum 0, maximum 1.
            image_size: The size of the generated image. Default: "square_hd".
            upscale: Whether to upscale the image 2x. Default: false.
            upscale_steps: The number of steps to use for upscaling. Only used if `upscale` is
                `true`. Default: 10. Limits: minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "instant_id_strength": instant_id_strength,
                "ip_adapter_weight": ip_adapter_weight,
                "ip_adapter_noise": ip_adapter_noise,
                "image_size": image_size,
                "upscale": upscale,
                "upscale_steps": upscale_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
