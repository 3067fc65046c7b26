# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-kontext-lora` (Flux Kontext Lora)."""

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
from fal_models.models.flux_kontext_lora import (
    FluxKontextLoraInput,
    FluxKontextLoraOutput,
    LoraWeight,
)

__all__ = [
    "FluxKontextLora",
    "AsyncFluxKontextLora",
    "FluxKontextLoraInput",
    "FluxKontextLoraOutput",
]


class FluxKontextLora(SyncEndpoint[FluxKontextLoraInput, FluxKontextLoraOutput]):
    """Flux Kontext Lora (`fal-ai/flux-kontext-lora`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-kontext-lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-kontext-lora"
    input_model: ClassVar[type[FluxKontextLoraInput]] = FluxKontextLoraInput
    output_model: ClassVar[type[FluxKontextLoraOutput]] = FluxKontextLoraOutput
    Input = FluxKontextLoraInput
    Output = FluxKontextLoraOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        resolution_mode: Literal[
            "auto",
            "match_input",
            "1:1",
            "16:9",
            "21:9",
            "3:2",
            "2:3",
            "4:5",
            "5:4",
            "3:4",
            "4:3",
            "9:16",
            "9:21",
        ]
        | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FluxKontextLoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to edit. Max width: 14142px, Max height: 14142px,
                Timeout: 20s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            prompt: The prompt to edit the image.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 10, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            resolution_mode: Determines how the output resolution is set for image editing. -
                `auto`: The model selects an optimal resolution from a predefined set that best
                matches the input image's aspect ratio. This is the recommended setting for most use
                cases as it's what the model was trained on. - `match_input`: The model will attempt
                to use the same resolution as the input image. The resolution will be adjusted to be
                compatible with the model's requirements (e.g. dimensions must be multiples of 16
                and within supported limits). Apart from these, a few aspect ratios are also
                supported. Default: "match_input".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "loras": loras,
                "acceleration": acceleration,
                "resolution_mode": resolution_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        resolution_mode: Literal[
            "auto",
            "match_input",
            "1:1",
            "16:9",
            "21:9",
            "3:2",
            "2:3",
            "4:5",
            "5:4",
            "3:4",
            "4:3",
            "9:16",
            "9:21",
        ]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FluxKontextLoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to edit. Max width: 14142px, Max height: 14142px,
                Timeout: 20s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            prompt: The prompt to edit the image.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 10, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            resolution_mode: Determines how the output resolution is set for image editing. -
                `auto`: The model selects an optimal resolution from a predefined set that best
                matches the input image's aspect ratio. This is the recommended setting for most use
                cases as it's what the model was trained on. - `match_input`: The model will attempt
                to use the same resolution as the input image. The resolution will be adjusted to be
                compatible with the model's requirements (e.g. dimensions must be multiples of 16
                and within supported limits). Apart from these, a few aspect ratios are also
                supported. Default: "match_input".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "loras": loras,
                "acceleration": acceleration,
                "resolution_mode": resolution_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        resolution_mode: Literal[
            "auto",
            "match_input",
            "1:1",
            "16:9",
            "21:9",
            "3:2",
            "2:3",
            "4:5",
            "5:4",
            "3:4",
            "4:3",
            "9:16",
            "9:21",
        ]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FluxKontextLoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to edit. Max width: 14142px, Max height: 14142px,
                Timeout: 20s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            prompt: The prompt to edit the image.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 10, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            resolution_mode: Determines how the output resolution is set for image editing. -
                `auto`: The model selects an optimal resolution from a predefined set that best
                matches the input image's aspect ratio. This is the recommended setting for most use
                cases as it's what the model was trained on. - `match_input`: The model will attempt
                to use the same resolution as the input image. The resolution will be adjusted to be
                compatible with the model's requirements (e.g. dimensions must be multiples of 16
                and within supported limits). Apart from these, a few aspect ratios are also
                supported. Default: "match_input".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "loras": loras,
                "acceleration": acceleration,
                "resolution_mode": resolution_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        resolution_mode: Literal[
            "auto",
            "match_input",
            "1:1",
            "16:9",
            "21:9",
            "3:2",
            "2:3",
            "4:5",
            "5:4",
            "3:4",
            "4:3",
            "9:16",
            "9:21",
        ]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FluxKontextLoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to edit. Max width: 14142px, Max height: 14142px,
                Timeout: 20s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            prompt: The prompt to edit the image.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 10, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            resolution_mode: Determines how the output resolution is set for image editing. -
                `auto`: The model selects an optimal resolution from a predefined set that best
                matches the input image's aspect ratio. This is the recommended setting for most use
                cases as it's what the model was trained on. - `match_input`: The model will attempt
                to use the same resolution as the input image. The resolution will be adjusted to be
                compatible with the model's requirements (e.g. dimensions must be multiples of 16
                and within supported limits). Apart from these, a few aspect ratios are also
                supported. Default: "match_input".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "loras": loras,
                "acceleration": acceleration,
                "resolution_mode": resolution_mode,
            }
        )
        return self._stream(payload, options)


class AsyncFluxKontextLora(AsyncEndpoint[FluxKontextLoraInput, FluxKontextLoraOutput]):
    """Flux Kontext Lora (`fal-ai/flux-kontext-lora`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-kontext-lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-kontext-lora"
    input_model: ClassVar[type[FluxKontextLoraInput]] = FluxKontextLoraInput
    output_model: ClassVar[type[FluxKontextLoraOutput]] = FluxKontextLoraOutput
    Input = FluxKontextLoraInput
    Output = FluxKontextLoraOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        resolution_mode: Literal[
            "auto",
            "match_input",
            "1:1",
            "16:9",
            "21:9",
            "3:2",
            "2:3",
            "4:5",
            "5:4",
            "3:4",
            "4:3",
            "9:16",
            "9:21",
        ]
        | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FluxKontextLoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to edit. Max width: 14142px, Max height: 14142px,
                Timeout: 20s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            prompt: The prompt to edit the image.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 10, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            resolution_mode: Determines how the output resolution is set for image editing. -
                `auto`: The model selects an optimal resolution from a predefined set that best
                matches the input image's aspect ratio. This is the recommended setting for most use
                cases as it's what the model was trained on. - `match_input`: The model will attempt
                to use the same resolution as the input image. The resolution will be adjusted to be
                compatible with the model's requirements (e.g. dimensions must be multiples of 16
                and within supported limits). Apart from these, a few aspect ratios are also
                supported. Default: "match_input".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "loras": loras,
                "acceleration": acceleration,
                "resolution_mode": resolution_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        resolution_mode: Literal[
            "auto",
            "match_input",
            "1:1",
            "16:9",
            "21:9",
            "3:2",
            "2:3",
            "4:5",
            "5:4",
            "3:4",
            "4:3",
            "9:16",
            "9:21",
        ]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FluxKontextLoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to edit. Max width: 14142px, Max height: 14142px,
                Timeout: 20s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            prompt: The prompt to edit the image.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 10, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            resolution_mode: Determines how the output resolution is set for image editing. -
                `auto`: The model selects an optimal resolution from a predefined set that best
                matches the input image's aspect ratio. This is the recommended setting for most use
                cases as it's what the model was trained on. - `match_input`: The model will attempt
                to use the same resolution as the input image. The resolution will be adjusted to be
                compatible with the model's requirements (e.g. dimensions must be multiples of 16
                and within supported limits). Apart from these, a few aspect ratios are also
                supported. Default: "match_input".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "loras": loras,
                "acceleration": acceleration,
                "resolution_mode": resolution_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        resolution_mode: Literal[
            "auto",
            "match_input",
            "1:1",
            "16:9",
            "21:9",
            "3:2",
            "2:3",
            "4:5",
            "5:4",
            "3:4",
            "4:3",
            "9:16",
            "9:21",
        ]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FluxKontextLoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to edit. Max width: 14142px, Max height: 14142px,
                Timeout: 20s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            prompt: The prompt to edit the image.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 10, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            resolution_mode: Determines how the output resolution is set for image editing. -
                `auto`: The model selects an optimal resolution from a predefined set that best
                matches the input image's aspect ratio. This is the recommended setting for most use
                cases as it's what the model was trained on. - `match_input`: The model will attempt
                to use the same resolution as the input image. The resolution will be adjusted to be
                compatible with the model's requirements (e.g. dimensions must be multiples of 16
                and within supported limits). Apart from these, a few aspect ratios are also
                supported. Default: "match_input".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "loras": loras,
                "acceleration": acceleration,
                "resolution_mode": resolution_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        resolution_mode: Literal[
            "auto",
            "match_input",
            "1:1",
            "16:9",
            "21:9",
            "3:2",
            "2:3",
            "4:5",
            "5:4",
            "3:4",
            "4:3",
            "9:16",
            "9:21",
        ]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FluxKontextLoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to edit. Max width: 14142px, Max height: 14142px,
                Timeout: 20s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            prompt: The prompt to edit the image.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 10, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            resolution_mode: Determines how the output resolution is set for image editing. -
                `auto`: The model selects an optimal resolution from a predefined set that best
                matches the input image's aspect ratio. This is the recommended setting for most use
                cases as it's what the model was trained on. - `match_input`: The model will attempt
                to use the same resolution as the input image. The resolution will be adjusted to be
                compatible with the model's requirements (e.g. dimensions must be multiples of 16
                and within supported limits). Apart from these, a few aspect ratios are also
                supported. Default: "match_input".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "loras": loras,
                "acceleration": acceleration,
                "resolution_mode": resolution_mode,
            }
        )
        return self._stream(payload, options)
