# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-pro/v1.1-ultra-finetuned` (Flux Pro V1.1 Ultra Finetuned)."""

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
from fal_models.models.flux_pro_v1_1_ultra_finetuned import (
    AspectRatioPreset,
    FluxProV1_1UltraFinetunedInput,
    FluxProV1_1UltraFinetunedOutput,
)

__all__ = [
    "FluxProV1_1UltraFinetuned",
    "AsyncFluxProV1_1UltraFinetuned",
    "FluxProV1_1UltraFinetunedInput",
    "FluxProV1_1UltraFinetunedOutput",
]


class FluxProV1_1UltraFinetuned(
    SyncEndpoint[FluxProV1_1UltraFinetunedInput, FluxProV1_1UltraFinetunedOutput]
):
    """Flux Pro V1.1 Ultra Finetuned (`fal-ai/flux-pro/v1.1-ultra-finetuned`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/flux-pro/v1.1-ultra-finetuned/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-pro/v1.1-ultra-finetuned"
    input_model: ClassVar[type[FluxProV1_1UltraFinetunedInput]] = FluxProV1_1UltraFinetunedInput
    output_model: ClassVar[type[FluxProV1_1UltraFinetunedOutput]] = FluxProV1_1UltraFinetunedOutput
    Input = FluxProV1_1UltraFinetunedInput
    Output = FluxProV1_1UltraFinetunedOutput

    def subscribe(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        image_prompt_strength: float | Omit = omit,
        aspect_ratio: AspectRatioPreset | str | Omit = omit,
        raw: bool | Omit = omit,
        finetune_id: str,
        finetune_strength: float,
        **options: Unpack[SubscribeOptions],
    ) -> FluxProV1_1UltraFinetunedOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            image_url: The image URL to generate an image from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            image_prompt_strength: The strength of the image prompt, between 0 and 1. Default: 0.1.
                Limits: minimum 0, maximum 1.
            aspect_ratio: The aspect ratio of the generated image. Default: "16:9".
            raw: Generate less processed, more natural-looking images. Default: false.
            finetune_id: References your specific model.
            finetune_strength: Controls finetune influence. Increase this value if your target
                concept isn't showing up strongly enough. The optimal setting depends on your
                finetune and prompt. Limits: minimum 0, maximum 2.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "image_url": image_url,
                "image_prompt_strength": image_prompt_strength,
                "aspect_ratio": aspect_ratio,
                "raw": raw,
                "finetune_id": finetune_id,
                "finetune_strength": finetune_strength,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        image_prompt_strength: float | Omit = omit,
        aspect_ratio: AspectRatioPreset | str | Omit = omit,
        raw: bool | Omit = omit,
        finetune_id: str,
        finetune_strength: float,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FluxProV1_1UltraFinetunedOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            image_url: The image URL to generate an image from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            image_prompt_strength: The strength of the image prompt, between 0 and 1. Default: 0.1.
                Limits: minimum 0, maximum 1.
            aspect_ratio: The aspect ratio of the generated image. Default: "16:9".
            raw: Generate less processed, more natural-looking images. Default: false.
            finetune_id: References your specific model.
            finetune_strength: Controls finetune influence. Increase this value if your target
                concept isn't showing up strongly enough. The optimal setting depends on your
                finetune and prompt. Limits: minimum 0, maximum 2.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "image_url": image_url,
                "image_prompt_strength": image_prompt_strength,
                "aspect_ratio": aspect_ratio,
                "raw": raw,
                "finetune_id": finetune_id,
                "finetune_strength": finetune_strength,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        image_prompt_strength: float | Omit = omit,
        aspect_ratio: AspectRatioPreset | str | Omit = omit,
        raw: bool | Omit = omit,
        finetune_id: str,
        finetune_strength: float,
        **options: Unpack[RunOptions],
    ) -> FluxProV1_1UltraFinetunedOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            image_url: The image URL to generate an image from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            image_prompt_strength: The strength of the image prompt, between 0 and 1. Default: 0.1.
                Limits: minimum 0, maximum 1.
            aspect_ratio: The aspect ratio of the generated image. Default: "16:9".
            raw: Generate less processed, more natural-looking images. Default: false.
            finetune_id: References your specific model.
            finetune_strength: Controls finetune influence. Increase this value if your target
                concept isn't showing up strongly enough. The optimal setting depends on your
                finetune and prompt. Limits: minimum 0, maximum 2.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "image_url": image_url,
                "image_prompt_strength": image_prompt_strength,
                "aspect_ratio": aspect_ratio,
                "raw": raw,
                "finetune_id": finetune_id,
                "finetune_strength": finetune_strength,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        image_prompt_strength: float | Omit = omit,
        aspect_ratio: AspectRatioPreset | str | Omit = omit,
        raw: bool | Omit = omit,
        finetune_id: str,
        finetune_strength: float,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FluxProV1_1UltraFinetunedOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            image_url: The image URL to generate an image from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            image_prompt_strength: The strength of the image prompt, between 0 and 1. Default: 0.1.
                Limits: minimum 0, maximum 1.
            aspect_ratio: The aspect ratio of the generated image. Default: "16:9".
            raw: Generate less processed, more natural-looking images. Default: false.
            finetune_id: References your specific model.
            finetune_strength: Controls finetune influence. Increase this value if your target
                concept isn't showing up strongly enough. The optimal setting depends on your
                finetune and prompt. Limits: minimum 0, maximum 2.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "image_url": image_url,
                "image_prompt_strength": image_prompt_strength,
                "aspect_ratio": aspect_ratio,
                "raw": raw,
                "finetune_id": finetune_id,
                "finetune_strength": finetune_strength,
            }
        )
        return self._stream(payload, options)


class AsyncFluxProV1_1UltraFinetuned(
    AsyncEndpoint[FluxProV1_1UltraFinetunedInput, FluxProV1_1UltraFinetunedOutput]
):
    """Flux Pro V1.1 Ultra Finetuned (`fal-ai/flux-pro/v1.1-ultra-finetuned`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/flux-pro/v1.1-ultra-finetuned/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-pro/v1.1-ultra-finetuned"
    input_model: ClassVar[type[FluxProV1_1UltraFinetunedInput]] = FluxProV1_1UltraFinetunedInput
    output_model: ClassVar[type[FluxProV1_1UltraFinetunedOutput]] = FluxProV1_1UltraFinetunedOutput
    Input = FluxProV1_1UltraFinetunedInput
    Output = FluxProV1_1UltraFinetunedOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        image_prompt_strength: float | Omit = omit,
        aspect_ratio: AspectRatioPreset | str | Omit = omit,
        raw: bool | Omit = omit,
        finetune_id: str,
        finetune_strength: float,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FluxProV1_1UltraFinetunedOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            image_url: The image URL to generate an image from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            image_prompt_strength: The strength of the image prompt, between 0 and 1. Default: 0.1.
                Limits: minimum 0, maximum 1.
            aspect_ratio: The aspect ratio of the generated image. Default: "16:9".
            raw: Generate less processed, more natural-looking images. Default: false.
            finetune_id: References your specific model.
            finetune_strength: Controls finetune influence. Increase this value if your target
                concept isn't showing up strongly enough. The optimal setting depends on your
                finetune and prompt. Limits: minimum 0, maximum 2.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "image_url": image_url,
                "image_prompt_strength": image_prompt_strength,
                "aspect_ratio": aspect_ratio,
                "raw": raw,
                "finetune_id": finetune_id,
                "finetune_strength": finetune_strength,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        image_prompt_strength: float | Omit = omit,
        aspect_ratio: AspectRatioPreset | str | Omit = omit,
        raw: bool | Omit = omit,
        finetune_id: str,
        finetune_strength: float,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FluxProV1_1UltraFinetunedOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            image_url: The image URL to generate an image from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            image_prompt_strength: The strength of the image prompt, between 0 and 1. Default: 0.1.
                Limits: minimum 0, maximum 1.
            aspect_ratio: The aspect ratio of the generated image. Default: "16:9".
            raw: Generate less processed, more natural-looking images. Default: false.
            finetune_id: References your specific model.
            finetune_strength: Controls finetune influence. Increase this value if your target
                concept isn't showing up strongly enough. The optimal setting depends on your
                finetune and prompt. Limits: minimum 0, maximum 2.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "image_url": image_url,
                "image_prompt_strength": image_prompt_strength,
                "aspect_ratio": aspect_ratio,
                "raw": raw,
                "finetune_id": finetune_id,
                "finetune_strength": finetune_strength,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        image_prompt_strength: float | Omit = omit,
        aspect_ratio: AspectRatioPreset | str | Omit = omit,
        raw: bool | Omit = omit,
        finetune_id: str,
        finetune_strength: float,
        **options: Unpack[RunOptions],
    ) -> FluxProV1_1UltraFinetunedOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            image_url: The image URL to generate an image from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            image_prompt_strength: The strength of the image prompt, between 0 and 1. Default: 0.1.
                Limits: minimum 0, maximum 1.
            aspect_ratio: The aspect ratio of the generated image. Default: "16:9".
            raw: Generate less processed, more natural-looking images. Default: false.
            finetune_id: References your specific model.
            finetune_strength: Controls finetune influence. Increase this value if your target
                concept isn't showing up strongly enough. The optimal setting depends on your
                finetune and prompt. Limits: minimum 0, maximum 2.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "image_url": image_url,
                "image_prompt_strength": image_prompt_strength,
                "aspect_ratio": aspect_ratio,
                "raw": raw,
                "finetune_id": finetune_id,
                "finetune_strength": finetune_strength,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        image_prompt_strength: float | Omit = omit,
        aspect_ratio: AspectRatioPreset | str | Omit = omit,
        raw: bool | Omit = omit,
        finetune_id: str,
        finetune_strength: float,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FluxProV1_1UltraFinetunedOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            image_url: The image URL to generate an image from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            image_prompt_strength: The strength of the image prompt, between 0 and 1. Default: 0.1.
                Limits: minimum 0, maximum 1.
            aspect_ratio: The aspect ratio of the generated image. Default: "16:9".
            raw: Generate less processed, more natural-looking images. Default: false.
            finetune_id: References your specific model.
            finetune_strength: Controls finetune influence. Increase this value if your target
                concept isn't showing up strongly enough. The optimal setting depends on your
                finetune and prompt. Limits: minimum 0, maximum 2.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "image_url": image_url,
                "image_prompt_strength": image_prompt_strength,
                "aspect_ratio": aspect_ratio,
                "raw": raw,
                "finetune_id": finetune_id,
                "finetune_strength": finetune_strength,
            }
        )
        return self._stream(payload, options)
