# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/leffa/virtual-tryon` (Leffa Virtual Tryon)."""

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
from fal_models.models.leffa_virtual_tryon import LeffaVirtualTryonInput, LeffaVirtualTryonOutput

__all__ = [
    "LeffaVirtualTryon",
    "AsyncLeffaVirtualTryon",
    "LeffaVirtualTryonInput",
    "LeffaVirtualTryonOutput",
]


class LeffaVirtualTryon(SyncEndpoint[LeffaVirtualTryonInput, LeffaVirtualTryonOutput]):
    """Leffa Virtual Tryon (`fal-ai/leffa/virtual-tryon`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/leffa/virtual-tryon/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/leffa/virtual-tryon"
    input_model: ClassVar[type[LeffaVirtualTryonInput]] = LeffaVirtualTryonInput
    output_model: ClassVar[type[LeffaVirtualTryonOutput]] = LeffaVirtualTryonOutput
    Input = LeffaVirtualTryonInput
    Output = LeffaVirtualTryonOutput

    def subscribe(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        human_image_url: FileInput,
        garment_image_url: FileInput,
        garment_type: Literal["upper_body", "lower_body", "dresses"],
        **options: Unpack[SubscribeOptions],
    ) -> LeffaVirtualTryonOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same input given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your input when generating the image. Default: 2.5.
                Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            human_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_type: The type of the garment used for virtual try-on.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "human_image_url": human_image_url,
                "garment_image_url": garment_image_url,
                "garment_type": garment_type,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        human_image_url: FileInput,
        garment_image_url: FileInput,
        garment_type: Literal["upper_body", "lower_body", "dresses"],
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LeffaVirtualTryonOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same input given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your input when generating the image. Default: 2.5.
                Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            human_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_type: The type of the garment used for virtual try-on.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "human_image_url": human_image_url,
                "garment_image_url": garment_image_url,
                "garment_type": garment_type,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        human_image_url: FileInput,
        garment_image_url: FileInput,
        garment_type: Literal["upper_body", "lower_body", "dresses"],
        **options: Unpack[RunOptions],
    ) -> LeffaVirtualTryonOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same input given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your input when generating the image. Default: 2.5.
                Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            human_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_type: The type of the garment used for virtual try-on.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "human_image_url": human_image_url,
                "garment_image_url": garment_image_url,
                "garment_type": garment_type,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        human_image_url: FileInput,
        garment_image_url: FileInput,
        garment_type: Literal["upper_body", "lower_body", "dresses"],
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LeffaVirtualTryonOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same input given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your input when generating the image. Default: 2.5.
                Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            human_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_type: The type of the garment used for virtual try-on.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "human_image_url": human_image_url,
                "garment_image_url": garment_image_url,
                "garment_type": garment_type,
            }
        )
        return self._stream(payload, options)


class AsyncLeffaVirtualTryon(AsyncEndpoint[LeffaVirtualTryonInput, LeffaVirtualTryonOutput]):
    """Leffa Virtual Tryon (`fal-ai/leffa/virtual-tryon`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/leffa/virtual-tryon/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/leffa/virtual-tryon"
    input_model: ClassVar[type[LeffaVirtualTryonInput]] = LeffaVirtualTryonInput
    output_model: ClassVar[type[LeffaVirtualTryonOutput]] = LeffaVirtualTryonOutput
    Input = LeffaVirtualTryonInput
    Output = LeffaVirtualTryonOutput

    async def subscribe(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        human_image_url: FileInput,
        garment_image_url: FileInput,
        garment_type: Literal["upper_body", "lower_body", "dresses"],
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LeffaVirtualTryonOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same input given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your input when generating the image. Default: 2.5.
                Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            human_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_type: The type of the garment used for virtual try-on.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "human_image_url": human_image_url,
                "garment_image_url": garment_image_url,
                "garment_type": garment_type,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        human_image_url: FileInput,
        garment_image_url: FileInput,
        garment_type: Literal["upper_body", "lower_body", "dresses"],
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LeffaVirtualTryonOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same input given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your input when generating the image. Default: 2.5.
                Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            human_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_type: The type of the garment used for virtual try-on.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "human_image_url": human_image_url,
                "garment_image_url": garment_image_url,
                "garment_type": garment_type,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        human_image_url: FileInput,
        garment_image_url: FileInput,
        garment_type: Literal["upper_body", "lower_body", "dresses"],
        **options: Unpack[RunOptions],
    ) -> LeffaVirtualTryonOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same input given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your input when generating the image. Default: 2.5.
                Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            human_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_type: The type of the garment used for virtual try-on.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "human_image_url": human_image_url,
                "garment_image_url": garment_image_url,
                "garment_type": garment_type,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        human_image_url: FileInput,
        garment_image_url: FileInput,
        garment_type: Literal["upper_body", "lower_body", "dresses"],
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LeffaVirtualTryonOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same input given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your input when generating the image. Default: 2.5.
                Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            human_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            garment_type: The type of the garment used for virtual try-on.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "human_image_url": human_image_url,
                "garment_image_url": garment_image_url,
                "garment_type": garment_type,
            }
        )
        return self._stream(payload, options)
