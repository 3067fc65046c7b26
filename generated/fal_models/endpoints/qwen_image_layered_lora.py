# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/qwen-image-layered/lora` (Qwen Image Layered Lora)."""

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
from fal_models.models.qwen_image_layered_lora import (
    LoRAInput,
    QwenImageLayeredLoraInput,
    QwenImageLayeredLoraOutput,
)

__all__ = [
    "QwenImageLayeredLora",
    "AsyncQwenImageLayeredLora",
    "QwenImageLayeredLoraInput",
    "QwenImageLayeredLoraOutput",
]


class QwenImageLayeredLora(SyncEndpoint[QwenImageLayeredLoraInput, QwenImageLayeredLoraOutput]):
    """Qwen Image Layered Lora (`fal-ai/qwen-image-layered/lora`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/qwen-image-layered/lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image-layered/lora"
    input_model: ClassVar[type[QwenImageLayeredLoraInput]] = QwenImageLayeredLoraInput
    output_model: ClassVar[type[QwenImageLayeredLoraOutput]] = QwenImageLayeredLoraOutput
    Input = QwenImageLayeredLoraInput
    Output = QwenImageLayeredLoraOutput

    def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_layers: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoRAInput] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> QwenImageLayeredLoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: A caption for the input image.
            image_url: The URL of the input image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            negative_prompt: The negative prompt to generate an image from. Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 5. Limits:
                minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_layers: The number of layers to generate. Default: 4. Limits: minimum 1, maximum 10.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            loras: List of LoRA weights to apply (maximum 3). Default: [].
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_layers": num_layers,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "loras": loras,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_layers: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoRAInput] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[QwenImageLayeredLoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: A caption for the input image.
            image_url: The URL of the input image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            negative_prompt: The negative prompt to generate an image from. Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 5. Limits:
                minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_layers: The number of layers to generate. Default: 4. Limits: minimum 1, maximum 10.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            loras: List of LoRA weights to apply (maximum 3). Default: [].
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_layers": num_layers,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "loras": loras,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_layers: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoRAInput] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> QwenImageLayeredLoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: A caption for the input image.
            image_url: The URL of the input image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            negative_prompt: The negative prompt to generate an image from. Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 5. Limits:
                minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_layers: The number of layers to generate. Default: 4. Limits: minimum 1, maximum 10.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            loras: List of LoRA weights to apply (maximum 3). Default: [].
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_layers": num_layers,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "loras": loras,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_layers: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoRAInput] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[QwenImageLayeredLoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: A caption for the input image.
            image_url: The URL of the input image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            negative_prompt: The negative prompt to generate an image from. Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 5. Limits:
                minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_layers: The number of layers to generate. Default: 4. Limits: minimum 1, maximum 10.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            loras: List of LoRA weights to apply (maximum 3). Default: [].
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_layers": num_layers,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "loras": loras,
            }
        )
        return self._stream(payload, options)


class AsyncQwenImageLayeredLora(
    AsyncEndpoint[QwenImageLayeredLoraInput, QwenImageLayeredLoraOutput]
):
    """Qwen Image Layered Lora (`fal-ai/qwen-image-layered/lora`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/qwen-image-layered/lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image-layered/lora"
    input_model: ClassVar[type[QwenImageLayeredLoraInput]] = QwenImageLayeredLoraInput
    output_model: ClassVar[type[QwenImageLayeredLoraOutput]] = QwenImageLayeredLoraOutput
    Input = QwenImageLayeredLoraInput
    Output = QwenImageLayeredLoraOutput

    async def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_layers: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoRAInput] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> QwenImageLayeredLoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: A caption for the input image.
            image_url: The URL of the input image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            negative_prompt: The negative prompt to generate an image from. Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 5. Limits:
                minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_layers: The number of layers to generate. Default: 4. Limits: minimum 1, maximum 10.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            loras: List of LoRA weights to apply (maximum 3). Default: [].
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_layers": num_layers,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "loras": loras,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_layers: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoRAInput] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[QwenImageLayeredLoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: A caption for the input image.
            image_url: The URL of the input image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            negative_prompt: The negative prompt to generate an image from. Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 5. Limits:
                minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_layers: The number of layers to generate. Default: 4. Limits: minimum 1, maximum 10.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            loras: List of LoRA weights to apply (maximum 3). Default: [].
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_layers": num_layers,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "loras": loras,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_layers: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoRAInput] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> QwenImageLayeredLoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: A caption for the input image.
            image_url: The URL of the input image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            negative_prompt: The negative prompt to generate an image from. Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 5. Limits:
                minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_layers: The number of layers to generate. Default: 4. Limits: minimum 1, maximum 10.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            loras: List of LoRA weights to apply (maximum 3). Default: [].
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_layers": num_layers,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "loras": loras,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_layers: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoRAInput] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[QwenImageLayeredLoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: A caption for the input image.
            image_url: The URL of the input image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            negative_prompt: The negative prompt to generate an image from. Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 5. Limits:
                minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_layers: The number of layers to generate. Default: 4. Limits: minimum 1, maximum 10.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            loras: List of LoRA weights to apply (maximum 3). Default: [].
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_layers": num_layers,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "loras": loras,
            }
        )
        return self._stream(payload, options)
