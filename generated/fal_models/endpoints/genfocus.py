# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/genfocus` (Genfocus)."""

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
from fal_models.models.genfocus import GenfocusInput, GenfocusOutput

__all__ = ["Genfocus", "AsyncGenfocus", "GenfocusInput", "GenfocusOutput"]


class Genfocus(SyncEndpoint[GenfocusInput, GenfocusOutput]):
    """Genfocus (`fal-ai/genfocus`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/genfocus/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/genfocus"
    input_model: ClassVar[type[GenfocusInput]] = GenfocusInput
    output_model: ClassVar[type[GenfocusOutput]] = GenfocusOutput
    Input = GenfocusInput
    Output = GenfocusOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        focus_point: list[float] | None | Omit = omit,
        blur_strength: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        target_long_side: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> GenfocusOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to refocus. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            focus_point: The [x, y] coordinates of the focus point as fractions of image dimensions
                (0.0 to 1.0). For example, [0.5, 0.5] means center. If not provided, the center of
                the image is used. Must contain exactly two elements. Default: [0.5, 0.5]. Limits:
                min items 2, max items 2.
            blur_strength: Blur strength (K value). Higher values produce stronger bokeh/defocus.
                Set to 0 to only perform all-in-focus (deblur) estimation without bokeh. Default: 8.
                Limits: minimum 0, maximum 50.
            num_inference_steps: The number of inference steps to perform. Lower values are faster
                but may reduce quality. Default: 28. Limits: minimum 25, maximum 50.
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
                "focus_point": focus_point,
                "blur_strength": blur_strength,
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
        focus_point: list[float] | None | Omit = omit,
        blur_strength: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        target_long_side: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[GenfocusOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to refocus. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            focus_point: The [x, y] coordinates of the focus point as fractions of image dimensions
                (0.0 to 1.0). For example, [0.5, 0.5] means center. If not provided, the center of
                the image is used. Must contain exactly two elements. Default: [0.5, 0.5]. Limits:
                min items 2, max items 2.
            blur_strength: Blur strength (K value). Higher values produce stronger bokeh/defocus.
                Set to 0 to only perform all-in-focus (deblur) estimation without bokeh. Default: 8.
                Limits: minimum 0, maximum 50.
            num_inference_steps: The number of inference steps to perform. Lower values are faster
                but may reduce quality. Default: 28. Limits: minimum 25, maximum 50.
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
                "focus_point": focus_point,
                "blur_strength": blur_strength,
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
        focus_point: list[float] | None | Omit = omit,
        blur_strength: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        target_long_side: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> GenfocusOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to refocus. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            focus_point: The [x, y] coordinates of the focus point as fractions of image dimensions
                (0.0 to 1.0). For example, [0.5, 0.5] means center. If not provided, the center of
                the image is used. Must contain exactly two elements. Default: [0.5, 0.5]. Limits:
                min items 2, max items 2.
            blur_strength: Blur strength (K value). Higher values produce stronger bokeh/defocus.
                Set to 0 to only perform all-in-focus (deblur) estimation without bokeh. Default: 8.
                Limits: minimum 0, maximum 50.
            num_inference_steps: The number of inference steps to perform. Lower values are faster
                but may reduce quality. Default: 28. Limits: minimum 25, maximum 50.
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
                "focus_point": focus_point,
                "blur_strength": blur_strength,
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
        focus_point: list[float] | None | Omit = omit,
        blur_strength: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        target_long_side: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[GenfocusOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to refocus. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            focus_point: The [x, y] coordinates of the focus point as fractions of image dimensions
                (0.0 to 1.0). For example, [0.5, 0.5] means center. If not provided, the center of
                the image is used. Must contain exactly two elements. Default: [0.5, 0.5]. Limits:
                min items 2, max items 2.
            blur_strength: Blur strength (K value). Higher values produce stronger bokeh/defocus.
                Set to 0 to only perform all-in-focus (deblur) estimation without bokeh. Default: 8.
                Limits: minimum 0, maximum 50.
            num_inference_steps: The number of inference steps to perform. Lower values are faster
                but may reduce quality. Default: 28. Limits: minimum 25, maximum 50.
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
                "focus_point": focus_point,
                "blur_strength": blur_strength,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "target_long_side": target_long_side,
            }
        )
        return self._stream(payload, options)


class AsyncGenfocus(AsyncEndpoint[GenfocusInput, GenfocusOutput]):
    """Genfocus (`fal-ai/genfocus`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/genfocus/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/genfocus"
    input_model: ClassVar[type[GenfocusInput]] = GenfocusInput
    output_model: ClassVar[type[GenfocusOutput]] = GenfocusOutput
    Input = GenfocusInput
    Output = GenfocusOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        focus_point: list[float] | None | Omit = omit,
        blur_strength: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        target_long_side: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> GenfocusOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to refocus. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            focus_point: The [x, y] coordinates of the focus point as fractions of image dimensions
                (0.0 to 1.0). For example, [0.5, 0.5] means center. If not provided, the center of
                the image is used. Must contain exactly two elements. Default: [0.5, 0.5]. Limits:
                min items 2, max items 2.
            blur_strength: Blur strength (K value). Higher values produce stronger bokeh/defocus.
                Set to 0 to only perform all-in-focus (deblur) estimation without bokeh. Default: 8.
                Limits: minimum 0, maximum 50.
            num_inference_steps: The number of inference steps to perform. Lower values are faster
                but may reduce quality. Default: 28. Limits: minimum 25, maximum 50.
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
                "focus_point": focus_point,
                "blur_strength": blur_strength,
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
        focus_point: list[float] | None | Omit = omit,
        blur_strength: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        target_long_side: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[GenfocusOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to refocus. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            focus_point: The [x, y] coordinates of the focus point as fractions of image dimensions
                (0.0 to 1.0). For example, [0.5, 0.5] means center. If not provided, the center of
                the image is used. Must contain exactly two elements. Default: [0.5, 0.5]. Limits:
                min items 2, max items 2.
            blur_strength: Blur strength (K value). Higher values produce stronger bokeh/defocus.
                Set to 0 to only perform all-in-focus (deblur) estimation without bokeh. Default: 8.
                Limits: minimum 0, maximum 50.
            num_inference_steps: The number of inference steps to perform. Lower values are faster
                but may reduce quality. Default: 28. Limits: minimum 25, maximum 50.
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
                "focus_point": focus_point,
                "blur_strength": blur_strength,
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
        focus_point: list[float] | None | Omit = omit,
        blur_strength: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        target_long_side: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> GenfocusOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to refocus. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            focus_point: The [x, y] coordinates of the focus point as fractions of image dimensions
                (0.0 to 1.0). For example, [0.5, 0.5] means center. If not provided, the center of
                the image is used. Must contain exactly two elements. Default: [0.5, 0.5]. Limits:
                min items 2, max items 2.
            blur_strength: Blur strength (K value). Higher values produce stronger bokeh/defocus.
                Set to 0 to only perform all-in-focus (deblur) estimation without bokeh. Default: 8.
                Limits: minimum 0, maximum 50.
            num_inference_steps: The number of inference steps to perform. Lower values are faster
                but may reduce quality. Default: 28. Limits: minimum 25, maximum 50.
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
                "focus_point": focus_point,
                "blur_strength": blur_strength,
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
        focus_point: list[float] | None | Omit = omit,
        blur_strength: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        target_long_side: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[GenfocusOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to refocus. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            focus_point: The [x, y] coordinates of the focus point as fractions of image dimensions
                (0.0 to 1.0). For example, [0.5, 0.5] means center. If not provided, the center of
                the image is used. Must contain exactly two elements. Default: [0.5, 0.5]. Limits:
                min items 2, max items 2.
            blur_strength: Blur strength (K value). Higher values produce stronger bokeh/defocus.
                Set to 0 to only perform all-in-focus (deblur) estimation without bokeh. Default: 8.
                Limits: minimum 0, maximum 50.
            num_inference_steps: The number of inference steps to perform. Lower values are faster
                but may reduce quality. Default: 28. Limits: minimum 25, maximum 50.
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
                "focus_point": focus_point,
                "blur_strength": blur_strength,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "target_long_side": target_long_side,
            }
        )
        return self._stream(payload, options)
