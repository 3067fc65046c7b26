# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/leffa/pose-transfer` (Leffa Pose Transfer)."""

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
from fal_models.models.leffa_pose_transfer import LeffaPoseTransferInput, LeffaPoseTransferOutput

__all__ = [
    "LeffaPoseTransfer",
    "AsyncLeffaPoseTransfer",
    "LeffaPoseTransferInput",
    "LeffaPoseTransferOutput",
]


class LeffaPoseTransfer(SyncEndpoint[LeffaPoseTransferInput, LeffaPoseTransferOutput]):
    """Leffa Pose Transfer (`fal-ai/leffa/pose-transfer`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/leffa/pose-transfer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/leffa/pose-transfer"
    input_model: ClassVar[type[LeffaPoseTransferInput]] = LeffaPoseTransferInput
    output_model: ClassVar[type[LeffaPoseTransferOutput]] = LeffaPoseTransferOutput
    Input = LeffaPoseTransferInput
    Output = LeffaPoseTransferOutput

    def subscribe(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        pose_image_url: FileInput,
        person_image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> LeffaPoseTransferOutput:
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
            pose_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            person_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
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
                "pose_image_url": pose_image_url,
                "person_image_url": person_image_url,
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
        pose_image_url: FileInput,
        person_image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LeffaPoseTransferOutput]:
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
            pose_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            person_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
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
                "pose_image_url": pose_image_url,
                "person_image_url": person_image_url,
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
        pose_image_url: FileInput,
        person_image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> LeffaPoseTransferOutput:
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
            pose_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            person_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
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
                "pose_image_url": pose_image_url,
                "person_image_url": person_image_url,
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
        pose_image_url: FileInput,
        person_image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LeffaPoseTransferOutput]:
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
            pose_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            person_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
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
                "pose_image_url": pose_image_url,
                "person_image_url": person_image_url,
            }
        )
        return self._stream(payload, options)


class AsyncLeffaPoseTransfer(AsyncEndpoint[LeffaPoseTransferInput, LeffaPoseTransferOutput]):
    """Leffa Pose Transfer (`fal-ai/leffa/pose-transfer`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/leffa/pose-transfer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/leffa/pose-transfer"
    input_model: ClassVar[type[LeffaPoseTransferInput]] = LeffaPoseTransferInput
    output_model: ClassVar[type[LeffaPoseTransferOutput]] = LeffaPoseTransferOutput
    Input = LeffaPoseTransferInput
    Output = LeffaPoseTransferOutput

    async def subscribe(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        pose_image_url: FileInput,
        person_image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LeffaPoseTransferOutput:
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
            pose_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            person_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
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
                "pose_image_url": pose_image_url,
                "person_image_url": person_image_url,
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
        pose_image_url: FileInput,
        person_image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LeffaPoseTransferOutput]:
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
            pose_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            person_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
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
                "pose_image_url": pose_image_url,
                "person_image_url": person_image_url,
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
        pose_image_url: FileInput,
        person_image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> LeffaPoseTransferOutput:
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
            pose_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            person_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
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
                "pose_image_url": pose_image_url,
                "person_image_url": person_image_url,
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
        pose_image_url: FileInput,
        person_image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LeffaPoseTransferOutput]:
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
            pose_image_url: Url for the human image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            person_image_url: Url to the garment image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
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
                "pose_image_url": pose_image_url,
                "person_image_url": person_image_url,
            }
        )
        return self._stream(payload, options)
