# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/esrgan` (Esrgan)."""

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
from fal_models.models.esrgan import EsrganInput, EsrganOutput

__all__ = ["Esrgan", "AsyncEsrgan", "EsrganInput", "EsrganOutput"]


class Esrgan(SyncEndpoint[EsrganInput, EsrganOutput]):
    """Esrgan (`fal-ai/esrgan`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/esrgan/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/esrgan"
    input_model: ClassVar[type[EsrganInput]] = EsrganInput
    output_model: ClassVar[type[EsrganOutput]] = EsrganOutput
    Input = EsrganInput
    Output = EsrganOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        tile: int | Omit = omit,
        face: bool | Omit = omit,
        model: Literal[
            "RealESRGAN_x4plus",
            "RealESRGAN_x2plus",
            "RealESRGAN_x4plus_anime_6B",
            "RealESRGAN_x4_v3",
            "RealESRGAN_x4_wdn_v3",
            "RealESRGAN_x4_anime_v3",
        ]
        | Omit = omit,
        output_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> EsrganOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Url to input image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            scale: Rescaling factor. Default: 2. Limits: minimum 1, maximum 8.
            tile: Tile size. Default is 0, that is no tile. When encountering the out-of-GPU-memory
                issue, please specify it, e.g., 400 or 200. Default: 0.
            face: Upscaling a face. Default: false.
            model: Model to use for upscaling. Default: "RealESRGAN_x4plus".
            output_format: Output image format (png or jpeg). Default: "png".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "tile": tile,
                "face": face,
                "model": model,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        tile: int | Omit = omit,
        face: bool | Omit = omit,
        model: Literal[
            "RealESRGAN_x4plus",
            "RealESRGAN_x2plus",
            "RealESRGAN_x4plus_anime_6B",
            "RealESRGAN_x4_v3",
            "RealESRGAN_x4_wdn_v3",
            "RealESRGAN_x4_anime_v3",
        ]
        | Omit = omit,
        output_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[EsrganOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Url to input image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            scale: Rescaling factor. Default: 2. Limits: minimum 1, maximum 8.
            tile: Tile size. Default is 0, that is no tile. When encountering the out-of-GPU-memory
                issue, please specify it, e.g., 400 or 200. Default: 0.
            face: Upscaling a face. Default: false.
            model: Model to use for upscaling. Default: "RealESRGAN_x4plus".
            output_format: Output image format (png or jpeg). Default: "png".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "tile": tile,
                "face": face,
                "model": model,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        tile: int | Omit = omit,
        face: bool | Omit = omit,
        model: Literal[
            "RealESRGAN_x4plus",
            "RealESRGAN_x2plus",
            "RealESRGAN_x4plus_anime_6B",
            "RealESRGAN_x4_v3",
            "RealESRGAN_x4_wdn_v3",
            "RealESRGAN_x4_anime_v3",
        ]
        | Omit = omit,
        output_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> EsrganOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Url to input image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            scale: Rescaling factor. Default: 2. Limits: minimum 1, maximum 8.
            tile: Tile size. Default is 0, that is no tile. When encountering the out-of-GPU-memory
                issue, please specify it, e.g., 400 or 200. Default: 0.
            face: Upscaling a face. Default: false.
            model: Model to use for upscaling. Default: "RealESRGAN_x4plus".
            output_format: Output image format (png or jpeg). Default: "png".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "tile": tile,
                "face": face,
                "model": model,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        tile: int | Omit = omit,
        face: bool | Omit = omit,
        model: Literal[
            "RealESRGAN_x4plus",
            "RealESRGAN_x2plus",
            "RealESRGAN_x4plus_anime_6B",
            "RealESRGAN_x4_v3",
            "RealESRGAN_x4_wdn_v3",
            "RealESRGAN_x4_anime_v3",
        ]
        | Omit = omit,
        output_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[EsrganOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Url to input image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            scale: Rescaling factor. Default: 2. Limits: minimum 1, maximum 8.
            tile: Tile size. Default is 0, that is no tile. When encountering the out-of-GPU-memory
                issue, please specify it, e.g., 400 or 200. Default: 0.
            face: Upscaling a face. Default: false.
            model: Model to use for upscaling. Default: "RealESRGAN_x4plus".
            output_format: Output image format (png or jpeg). Default: "png".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "tile": tile,
                "face": face,
                "model": model,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncEsrgan(AsyncEndpoint[EsrganInput, EsrganOutput]):
    """Esrgan (`fal-ai/esrgan`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/esrgan/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/esrgan"
    input_model: ClassVar[type[EsrganInput]] = EsrganInput
    output_model: ClassVar[type[EsrganOutput]] = EsrganOutput
    Input = EsrganInput
    Output = EsrganOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        tile: int | Omit = omit,
        face: bool | Omit = omit,
        model: Literal[
            "RealESRGAN_x4plus",
            "RealESRGAN_x2plus",
            "RealESRGAN_x4plus_anime_6B",
            "RealESRGAN_x4_v3",
            "RealESRGAN_x4_wdn_v3",
            "RealESRGAN_x4_anime_v3",
        ]
        | Omit = omit,
        output_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> EsrganOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Url to input image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            scale: Rescaling factor. Default: 2. Limits: minimum 1, maximum 8.
            tile: Tile size. Default is 0, that is no tile. When encountering the out-of-GPU-memory
                issue, please specify it, e.g., 400 or 200. Default: 0.
            face: Upscaling a face. Default: false.
            model: Model to use for upscaling. Default: "RealESRGAN_x4plus".
            output_format: Output image format (png or jpeg). Default: "png".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "tile": tile,
                "face": face,
                "model": model,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        tile: int | Omit = omit,
        face: bool | Omit = omit,
        model: Literal[
            "RealESRGAN_x4plus",
            "RealESRGAN_x2plus",
            "RealESRGAN_x4plus_anime_6B",
            "RealESRGAN_x4_v3",
            "RealESRGAN_x4_wdn_v3",
            "RealESRGAN_x4_anime_v3",
        ]
        | Omit = omit,
        output_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[EsrganOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Url to input image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            scale: Rescaling factor. Default: 2. Limits: minimum 1, maximum 8.
            tile: Tile size. Default is 0, that is no tile. When encountering the out-of-GPU-memory
                issue, please specify it, e.g., 400 or 200. Default: 0.
            face: Upscaling a face. Default: false.
            model: Model to use for upscaling. Default: "RealESRGAN_x4plus".
            output_format: Output image format (png or jpeg). Default: "png".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "tile": tile,
                "face": face,
                "model": model,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        tile: int | Omit = omit,
        face: bool | Omit = omit,
        model: Literal[
            "RealESRGAN_x4plus",
            "RealESRGAN_x2plus",
            "RealESRGAN_x4plus_anime_6B",
            "RealESRGAN_x4_v3",
            "RealESRGAN_x4_wdn_v3",
            "RealESRGAN_x4_anime_v3",
        ]
        | Omit = omit,
        output_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> EsrganOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Url to input image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            scale: Rescaling factor. Default: 2. Limits: minimum 1, maximum 8.
            tile: Tile size. Default is 0, that is no tile. When encountering the out-of-GPU-memory
                issue, please specify it, e.g., 400 or 200. Default: 0.
            face: Upscaling a face. Default: false.
            model: Model to use for upscaling. Default: "RealESRGAN_x4plus".
            output_format: Output image format (png or jpeg). Default: "png".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "tile": tile,
                "face": face,
                "model": model,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        scale: float | Omit = omit,
        tile: int | Omit = omit,
        face: bool | Omit = omit,
        model: Literal[
            "RealESRGAN_x4plus",
            "RealESRGAN_x2plus",
            "RealESRGAN_x4plus_anime_6B",
            "RealESRGAN_x4_v3",
            "RealESRGAN_x4_wdn_v3",
            "RealESRGAN_x4_anime_v3",
        ]
        | Omit = omit,
        output_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[EsrganOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Url to input image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            scale: Rescaling factor. Default: 2. Limits: minimum 1, maximum 8.
            tile: Tile size. Default is 0, that is no tile. When encountering the out-of-GPU-memory
                issue, please specify it, e.g., 400 or 200. Default: 0.
            face: Upscaling a face. Default: false.
            model: Model to use for upscaling. Default: "RealESRGAN_x4plus".
            output_format: Output image format (png or jpeg). Default: "png".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale": scale,
                "tile": tile,
                "face": face,
                "model": model,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
