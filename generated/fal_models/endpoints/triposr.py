# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/triposr` (Triposr)."""

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
from fal_models.models.triposr import TriposrInput, TriposrOutput

__all__ = ["Triposr", "AsyncTriposr", "TriposrInput", "TriposrOutput"]


class Triposr(SyncEndpoint[TriposrInput, TriposrOutput]):
    """Triposr (`fal-ai/triposr`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/triposr/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/triposr"
    input_model: ClassVar[type[TriposrInput]] = TriposrInput
    output_model: ClassVar[type[TriposrOutput]] = TriposrOutput
    Input = TriposrInput
    Output = TriposrOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        output_format: Literal["glb", "obj"] | Omit = omit,
        do_remove_background: bool | Omit = omit,
        foreground_ratio: float | Omit = omit,
        mc_resolution: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> TriposrOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Path for the image file to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            output_format: Output format for the 3D model. Default: "glb".
            do_remove_background: Whether to remove the background from the input image. Default:
                true.
            foreground_ratio: Ratio of the foreground image to the original image. Default: 0.9.
                Limits: minimum 0.5, maximum 1.
            mc_resolution: Resolution of the marching cubes. Above 512 is not recommended. Default:
                256. Limits: minimum 32, maximum 1024.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "output_format": output_format,
                "do_remove_background": do_remove_background,
                "foreground_ratio": foreground_ratio,
                "mc_resolution": mc_resolution,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        output_format: Literal["glb", "obj"] | Omit = omit,
        do_remove_background: bool | Omit = omit,
        foreground_ratio: float | Omit = omit,
        mc_resolution: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[TriposrOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Path for the image file to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            output_format: Output format for the 3D model. Default: "glb".
            do_remove_background: Whether to remove the background from the input image. Default:
                true.
            foreground_ratio: Ratio of the foreground image to the original image. Default: 0.9.
                Limits: minimum 0.5, maximum 1.
            mc_resolution: Resolution of the marching cubes. Above 512 is not recommended. Default:
                256. Limits: minimum 32, maximum 1024.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "output_format": output_format,
                "do_remove_background": do_remove_background,
                "foreground_ratio": foreground_ratio,
                "mc_resolution": mc_resolution,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        output_format: Literal["glb", "obj"] | Omit = omit,
        do_remove_background: bool | Omit = omit,
        foreground_ratio: float | Omit = omit,
        mc_resolution: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> TriposrOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Path for the image file to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            output_format: Output format for the 3D model. Default: "glb".
            do_remove_background: Whether to remove the background from the input image. Default:
                true.
            foreground_ratio: Ratio of the foreground image to the original image. Default: 0.9.
                Limits: minimum 0.5, maximum 1.
            mc_resolution: Resolution of the marching cubes. Above 512 is not recommended. Default:
                256. Limits: minimum 32, maximum 1024.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "output_format": output_format,
                "do_remove_background": do_remove_background,
                "foreground_ratio": foreground_ratio,
                "mc_resolution": mc_resolution,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        output_format: Literal["glb", "obj"] | Omit = omit,
        do_remove_background: bool | Omit = omit,
        foreground_ratio: float | Omit = omit,
        mc_resolution: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[TriposrOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Path for the image file to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            output_format: Output format for the 3D model. Default: "glb".
            do_remove_background: Whether to remove the background from the input image. Default:
                true.
            foreground_ratio: Ratio of the foreground image to the original image. Default: 0.9.
                Limits: minimum 0.5, maximum 1.
            mc_resolution: Resolution of the marching cubes. Above 512 is not recommended. Default:
                256. Limits: minimum 32, maximum 1024.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "output_format": output_format,
                "do_remove_background": do_remove_background,
                "foreground_ratio": foreground_ratio,
                "mc_resolution": mc_resolution,
            }
        )
        return self._stream(payload, options)


class AsyncTriposr(AsyncEndpoint[TriposrInput, TriposrOutput]):
    """Triposr (`fal-ai/triposr`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/triposr/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/triposr"
    input_model: ClassVar[type[TriposrInput]] = TriposrInput
    output_model: ClassVar[type[TriposrOutput]] = TriposrOutput
    Input = TriposrInput
    Output = TriposrOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        output_format: Literal["glb", "obj"] | Omit = omit,
        do_remove_background: bool | Omit = omit,
        foreground_ratio: float | Omit = omit,
        mc_resolution: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> TriposrOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Path for the image file to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            output_format: Output format for the 3D model. Default: "glb".
            do_remove_background: Whether to remove the background from the input image. Default:
                true.
            foreground_ratio: Ratio of the foreground image to the original image. Default: 0.9.
                Limits: minimum 0.5, maximum 1.
            mc_resolution: Resolution of the marching cubes. Above 512 is not recommended. Default:
                256. Limits: minimum 32, maximum 1024.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "output_format": output_format,
                "do_remove_background": do_remove_background,
                "foreground_ratio": foreground_ratio,
                "mc_resolution": mc_resolution,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        output_format: Literal["glb", "obj"] | Omit = omit,
        do_remove_background: bool | Omit = omit,
        foreground_ratio: float | Omit = omit,
        mc_resolution: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[TriposrOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Path for the image file to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            output_format: Output format for the 3D model. Default: "glb".
            do_remove_background: Whether to remove the background from the input image. Default:
                true.
            foreground_ratio: Ratio of the foreground image to the original image. Default: 0.9.
                Limits: minimum 0.5, maximum 1.
            mc_resolution: Resolution of the marching cubes. Above 512 is not recommended. Default:
                256. Limits: minimum 32, maximum 1024.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "output_format": output_format,
                "do_remove_background": do_remove_background,
                "foreground_ratio": foreground_ratio,
                "mc_resolution": mc_resolution,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        output_format: Literal["glb", "obj"] | Omit = omit,
        do_remove_background: bool | Omit = omit,
        foreground_ratio: float | Omit = omit,
        mc_resolution: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> TriposrOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Path for the image file to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            output_format: Output format for the 3D model. Default: "glb".
            do_remove_background: Whether to remove the background from the input image. Default:
                true.
            foreground_ratio: Ratio of the foreground image to the original image. Default: 0.9.
                Limits: minimum 0.5, maximum 1.
            mc_resolution: Resolution of the marching cubes. Above 512 is not recommended. Default:
                256. Limits: minimum 32, maximum 1024.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "output_format": output_format,
                "do_remove_background": do_remove_background,
                "foreground_ratio": foreground_ratio,
                "mc_resolution": mc_resolution,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        output_format: Literal["glb", "obj"] | Omit = omit,
        do_remove_background: bool | Omit = omit,
        foreground_ratio: float | Omit = omit,
        mc_resolution: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[TriposrOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Path for the image file to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            output_format: Output format for the 3D model. Default: "glb".
            do_remove_background: Whether to remove the background from the input image. Default:
                true.
            foreground_ratio: Ratio of the foreground image to the original image. Default: 0.9.
                Limits: minimum 0.5, maximum 1.
            mc_resolution: Resolution of the marching cubes. Above 512 is not recommended. Default:
                256. Limits: minimum 32, maximum 1024.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "output_format": output_format,
                "do_remove_background": do_remove_background,
                "foreground_ratio": foreground_ratio,
                "mc_resolution": mc_resolution,
            }
        )
        return self._stream(payload, options)
