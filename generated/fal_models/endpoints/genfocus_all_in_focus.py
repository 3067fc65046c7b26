# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/genfocus/all-in-focus` (Genfocus All In Focus)."""

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
from fal_models.models.genfocus_all_in_focus import (
    GenfocusAllInFocusInput,
    GenfocusAllInFocusOutput,
)

__all__ = [
    "GenfocusAllInFocus",
    "AsyncGenfocusAllInFocus",
    "GenfocusAllInFocusInput",
    "GenfocusAllInFocusOutput",
]


class GenfocusAllInFocus(SyncEndpoint[GenfocusAllInFocusInput, GenfocusAllInFocusOutput]):
    """Genfocus All In Focus (`fal-ai/genfocus/all-in-focus`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/genfocus/all-in-focus/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/genfocus/all-in-focus"
    input_model: ClassVar[type[GenfocusAllInFocusInput]] = GenfocusAllInFocusInput
    output_model: ClassVar[type[GenfocusAllInFocusOutput]] = GenfocusAllInFocusOutput
    Input = GenfocusAllInFocusInput
    Output = GenfocusAllInFocusOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        target_long_side: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> GenfocusAllInFocusOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to deblur and restore to all-in-focus. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Lower values are faster
                but may reduce quality. Default: 28. Limits: minimum 8, maximum 50.
            seed: The same seed and the same input given to the same version of the model will
                output the same image every time.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            target_long_side: Resize the image so the longer side matches this value (in pixels). If
                not set, the original resolution is used (aligned to 16px). Recommended range: 512
                to 2000. Default: 512. Limits: minimum 256, maximum 2048.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "target_long_side": target_long_side,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        target_long_side: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[GenfocusAllInFocusOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to deblur and restore to all-in-focus. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Lower values are faster
                but may reduce quality. Default: 28. Limits: minimum 8, maximum 50.
            seed: The same seed and the same input given to the same version of the model will
                output the same image every time.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            target_long_side: Resize the image so the longer side matches this value (in pixels). If
                not set, the original resolution is used (aligned to 16px). Recommended range: 512
                to 2000. Default: 512. Limits: minimum 256, maximum 2048.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "target_long_side": target_long_side,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        target_long_side: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> GenfocusAllInFocusOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to deblur and restore to all-in-focus. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Lower values are faster
                but may reduce quality. Default: 28. Limits: minimum 8, maximum 50.
            seed: The same seed and the same input given to the same version of the model will
                output the same image every time.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            target_long_side: Resize the image so the longer side matches this value (in pixels). If
                not set, the original resolution is used (aligned to 16px). Recommended range: 512
                to 2000. Default: 512. Limits: minimum 256, maximum 2048.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "target_long_side": target_long_side,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        target_long_side: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[GenfocusAllInFocusOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to deblur and restore to all-in-focus. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Lower values are faster
                but may reduce quality. Default: 28. Limits: minimum 8, maximum 50.
            seed: The same seed and the same input given to the same version of the model will
                output the same image every time.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            target_long_side: Resize the image so the longer side matches this value (in pixels). If
                not set, the original resolution is used (aligned to 16px). Recommended range: 512
                to 2000. Default: 512. Limits: minimum 256, maximum 2048.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "target_long_side": target_long_side,
            }
        )
        return self._stream(payload, options)


class AsyncGenfocusAllInFocus(AsyncEndpoint[GenfocusAllInFocusInput, GenfocusAllInFocusOutput]):
    """Genfocus All In Focus (`fal-ai/genfocus/all-in-focus`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/genfocus/all-in-focus/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/genfocus/all-in-focus"
    input_model: ClassVar[type[GenfocusAllInFocusInput]] = GenfocusAllInFocusInput
    output_model: ClassVar[type[GenfocusAllInFocusOutput]] = GenfocusAllInFocusOutput
    Input = GenfocusAllInFocusInput
    Output = GenfocusAllInFocusOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        target_long_side: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> GenfocusAllInFocusOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to deblur and restore to all-in-focus. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Lower values are faster
                but may reduce quality. Default: 28. Limits: minimum 8, maximum 50.
            seed: The same seed and the same input given to the same version of the model will
                output the same image every time.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            target_long_side: Resize the image so the longer side matches this value (in pixels). If
                not set, the original resolution is used (aligned to 16px). Recommended range: 512
                to 2000. Default: 512. Limits: minimum 256, maximum 2048.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "target_long_side": target_long_side,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        target_long_side: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[GenfocusAllInFocusOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to deblur and restore to all-in-focus. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Lower values are faster
                but may reduce quality. Default: 28. Limits: minimum 8, maximum 50.
            seed: The same seed and the same input given to the same version of the model will
                output the same image every time.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            target_long_side: Resize the image so the longer side matches this value (in pixels). If
                not set, the original resolution is used (aligned to 16px). Recommended range: 512
                to 2000. Default: 512. Limits: minimum 256, maximum 2048.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "target_long_side": target_long_side,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        target_long_side: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> GenfocusAllInFocusOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to deblur and restore to all-in-focus. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Lower values are faster
                but may reduce quality. Default: 28. Limits: minimum 8, maximum 50.
            seed: The same seed and the same input given to the same version of the model will
                output the same image every time.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            target_long_side: Resize the image so the longer side matches this value (in pixels). If
                not set, the original resolution is used (aligned to 16px). Recommended range: 512
                to 2000. Default: 512. Limits: minimum 256, maximum 2048.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "target_long_side": target_long_side,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        target_long_side: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[GenfocusAllInFocusOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to deblur and restore to all-in-focus. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Lower values are faster
                but may reduce quality. Default: 28. Limits: minimum 8, maximum 50.
            seed: The same seed and the same input given to the same version of the model will
                output the same image every time.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            target_long_side: Resize the image so the longer side matches this value (in pixels). If
                not set, the original resolution is used (aligned to 16px). Recommended range: 512
                to 2000. Default: 512. Limits: minimum 256, maximum 2048.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "target_long_side": target_long_side,
            }
        )
        return self._stream(payload, options)
