# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/patina` (Patina)."""

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
from fal_models.models.patina import MapsPreset, PatinaInput, PatinaOutput

__all__ = ["Patina", "AsyncPatina", "PatinaInput", "PatinaOutput"]


class Patina(SyncEndpoint[PatinaInput, PatinaOutput]):
    """Patina (`fal-ai/patina`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/patina/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/patina"
    input_model: ClassVar[type[PatinaInput]] = PatinaInput
    output_model: ClassVar[type[PatinaOutput]] = PatinaOutput
    Input = PatinaInput
    Output = PatinaOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        maps: list[MapsPreset] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PatinaOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image (photograph or render). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            maps: Which PBR maps to predict. Defaults to all five. Default: ["basecolor", "normal",
                "roughness", "metalness", "height"].
            seed: Random seed for reproducible denoising. If not set, a random seed is used.
            sync_mode: If True, return images as data URIs instead of CDN URLs. Default: false.
            enable_safety_checker: Enable the safety checker for images. Default: true.
            output_format: Output image format. Default: "png".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "maps": maps,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        maps: list[MapsPreset] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PatinaOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image (photograph or render). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            maps: Which PBR maps to predict. Defaults to all five. Default: ["basecolor", "normal",
                "roughness", "metalness", "height"].
            seed: Random seed for reproducible denoising. If not set, a random seed is used.
            sync_mode: If True, return images as data URIs instead of CDN URLs. Default: false.
            enable_safety_checker: Enable the safety checker for images. Default: true.
            output_format: Output image format. Default: "png".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "maps": maps,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        maps: list[MapsPreset] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PatinaOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image (photograph or render). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            maps: Which PBR maps to predict. Defaults to all five. Default: ["basecolor", "normal",
                "roughness", "metalness", "height"].
            seed: Random seed for reproducible denoising. If not set, a random seed is used.
            sync_mode: If True, return images as data URIs instead of CDN URLs. Default: false.
            enable_safety_checker: Enable the safety checker for images. Default: true.
            output_format: Output image format. Default: "png".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "maps": maps,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        maps: list[MapsPreset] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PatinaOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image (photograph or render). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            maps: Which PBR maps to predict. Defaults to all five. Default: ["basecolor", "normal",
                "roughness", "metalness", "height"].
            seed: Random seed for reproducible denoising. If not set, a random seed is used.
            sync_mode: If True, return images as data URIs instead of CDN URLs. Default: false.
            enable_safety_checker: Enable the safety checker for images. Default: true.
            output_format: Output image format. Default: "png".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "maps": maps,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncPatina(AsyncEndpoint[PatinaInput, PatinaOutput]):
    """Patina (`fal-ai/patina`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/patina/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/patina"
    input_model: ClassVar[type[PatinaInput]] = PatinaInput
    output_model: ClassVar[type[PatinaOutput]] = PatinaOutput
    Input = PatinaInput
    Output = PatinaOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        maps: list[MapsPreset] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PatinaOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image (photograph or render). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            maps: Which PBR maps to predict. Defaults to all five. Default: ["basecolor", "normal",
                "roughness", "metalness", "height"].
            seed: Random seed for reproducible denoising. If not set, a random seed is used.
            sync_mode: If True, return images as data URIs instead of CDN URLs. Default: false.
            enable_safety_checker: Enable the safety checker for images. Default: true.
            output_format: Output image format. Default: "png".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "maps": maps,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        maps: list[MapsPreset] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PatinaOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image (photograph or render). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            maps: Which PBR maps to predict. Defaults to all five. Default: ["basecolor", "normal",
                "roughness", "metalness", "height"].
            seed: Random seed for reproducible denoising. If not set, a random seed is used.
            sync_mode: If True, return images as data URIs instead of CDN URLs. Default: false.
            enable_safety_checker: Enable the safety checker for images. Default: true.
            output_format: Output image format. Default: "png".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "maps": maps,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        maps: list[MapsPreset] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PatinaOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image (photograph or render). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            maps: Which PBR maps to predict. Defaults to all five. Default: ["basecolor", "normal",
                "roughness", "metalness", "height"].
            seed: Random seed for reproducible denoising. If not set, a random seed is used.
            sync_mode: If True, return images as data URIs instead of CDN URLs. Default: false.
            enable_safety_checker: Enable the safety checker for images. Default: true.
            output_format: Output image format. Default: "png".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "maps": maps,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        maps: list[MapsPreset] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PatinaOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image (photograph or render). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            maps: Which PBR maps to predict. Defaults to all five. Default: ["basecolor", "normal",
                "roughness", "metalness", "height"].
            seed: Random seed for reproducible denoising. If not set, a random seed is used.
            sync_mode: If True, return images as data URIs instead of CDN URLs. Default: false.
            enable_safety_checker: Enable the safety checker for images. Default: true.
            output_format: Output image format. Default: "png".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "maps": maps,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
