# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-2-pro/edit` (Flux 2 Pro Edit)."""

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
from fal_models.models import shared
from fal_models.models.flux_2_pro_edit import Flux2ProEditInput, Flux2ProEditOutput, ImageSizePreset

__all__ = ["Flux2ProEdit", "AsyncFlux2ProEdit", "Flux2ProEditInput", "Flux2ProEditOutput"]


class Flux2ProEdit(SyncEndpoint[Flux2ProEditInput, Flux2ProEditOutput]):
    """Flux 2 Pro Edit (`fal-ai/flux-2-pro/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-2-pro/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-2-pro/edit"
    input_model: ClassVar[type[Flux2ProEditInput]] = Flux2ProEditInput
    output_model: ClassVar[type[Flux2ProEditOutput]] = Flux2ProEditOutput
    Input = Flux2ProEditInput
    Output = Flux2ProEditOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[SubscribeOptions],
    ) -> Flux2ProEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. If `auto`, the size will be determined by
                the model. Default: "auto".
            seed: The seed to use for the generation.
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            image_urls: List of URLs of input images for editing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "seed": seed,
                "safety_tolerance": safety_tolerance,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "image_urls": image_urls,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Flux2ProEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. If `auto`, the size will be determined by
                the model. Default: "auto".
            seed: The seed to use for the generation.
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            image_urls: List of URLs of input images for editing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "seed": seed,
                "safety_tolerance": safety_tolerance,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "image_urls": image_urls,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[RunOptions],
    ) -> Flux2ProEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. If `auto`, the size will be determined by
                the model. Default: "auto".
            seed: The seed to use for the generation.
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            image_urls: List of URLs of input images for editing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "seed": seed,
                "safety_tolerance": safety_tolerance,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "image_urls": image_urls,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Flux2ProEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. If `auto`, the size will be determined by
                the model. Default: "auto".
            seed: The seed to use for the generation.
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            image_urls: List of URLs of input images for editing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "seed": seed,
                "safety_tolerance": safety_tolerance,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "image_urls": image_urls,
            }
        )
        return self._stream(payload, options)


class AsyncFlux2ProEdit(AsyncEndpoint[Flux2ProEditInput, Flux2ProEditOutput]):
    """Flux 2 Pro Edit (`fal-ai/flux-2-pro/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-2-pro/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-2-pro/edit"
    input_model: ClassVar[type[Flux2ProEditInput]] = Flux2ProEditInput
    output_model: ClassVar[type[Flux2ProEditOutput]] = Flux2ProEditOutput
    Input = Flux2ProEditInput
    Output = Flux2ProEditOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Flux2ProEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. If `auto`, the size will be determined by
                the model. Default: "auto".
            seed: The seed to use for the generation.
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            image_urls: List of URLs of input images for editing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "seed": seed,
                "safety_tolerance": safety_tolerance,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "image_urls": image_urls,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Flux2ProEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. If `auto`, the size will be determined by
                the model. Default: "auto".
            seed: The seed to use for the generation.
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            image_urls: List of URLs of input images for editing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "seed": seed,
                "safety_tolerance": safety_tolerance,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "image_urls": image_urls,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[RunOptions],
    ) -> Flux2ProEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. If `auto`, the size will be determined by
                the model. Default: "auto".
            seed: The seed to use for the generation.
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            image_urls: List of URLs of input images for editing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "seed": seed,
                "safety_tolerance": safety_tolerance,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "image_urls": image_urls,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Flux2ProEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. If `auto`, the size will be determined by
                the model. Default: "auto".
            seed: The seed to use for the generation.
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            image_urls: List of URLs of input images for editing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "seed": seed,
                "safety_tolerance": safety_tolerance,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "image_urls": image_urls,
            }
        )
        return self._stream(payload, options)
