# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/phota` (Phota)."""

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
from fal_models.models.phota import PhotaInput, PhotaOutput

__all__ = ["Phota", "AsyncPhota", "PhotaInput", "PhotaOutput"]


class Phota(SyncEndpoint[PhotaInput, PhotaOutput]):
    """Phota (`fal-ai/phota`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/phota/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/phota"
    input_model: ClassVar[type[PhotaInput]] = PhotaInput
    output_model: ClassVar[type[PhotaOutput]] = PhotaOutput
    Input = PhotaInput
    Output = PhotaOutput

    def subscribe(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        resolution: Literal["1K", "4K"] | Omit = omit,
        aspect_ratio: Literal["auto", "1:1", "16:9", "4:3", "3:4", "9:16"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PhotaOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of the desired image. In case you wish to use specific
                profiles, refer to them as [[profile_id_1]], [[profile_id_2]], etc.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            resolution: Resolution of the generated image. Default: "1K".
            aspect_ratio: Aspect ratio of the generated image. Default: "auto".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        resolution: Literal["1K", "4K"] | Omit = omit,
        aspect_ratio: Literal["auto", "1:1", "16:9", "4:3", "3:4", "9:16"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PhotaOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of the desired image. In case you wish to use specific
                profiles, refer to them as [[profile_id_1]], [[profile_id_2]], etc.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            resolution: Resolution of the generated image. Default: "1K".
            aspect_ratio: Aspect ratio of the generated image. Default: "auto".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        resolution: Literal["1K", "4K"] | Omit = omit,
        aspect_ratio: Literal["auto", "1:1", "16:9", "4:3", "3:4", "9:16"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PhotaOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of the desired image. In case you wish to use specific
                profiles, refer to them as [[profile_id_1]], [[profile_id_2]], etc.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            resolution: Resolution of the generated image. Default: "1K".
            aspect_ratio: Aspect ratio of the generated image. Default: "auto".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        resolution: Literal["1K", "4K"] | Omit = omit,
        aspect_ratio: Literal["auto", "1:1", "16:9", "4:3", "3:4", "9:16"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PhotaOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of the desired image. In case you wish to use specific
                profiles, refer to them as [[profile_id_1]], [[profile_id_2]], etc.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            resolution: Resolution of the generated image. Default: "1K".
            aspect_ratio: Aspect ratio of the generated image. Default: "auto".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)


class AsyncPhota(AsyncEndpoint[PhotaInput, PhotaOutput]):
    """Phota (`fal-ai/phota`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/phota/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/phota"
    input_model: ClassVar[type[PhotaInput]] = PhotaInput
    output_model: ClassVar[type[PhotaOutput]] = PhotaOutput
    Input = PhotaInput
    Output = PhotaOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        resolution: Literal["1K", "4K"] | Omit = omit,
        aspect_ratio: Literal["auto", "1:1", "16:9", "4:3", "3:4", "9:16"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PhotaOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of the desired image. In case you wish to use specific
                profiles, refer to them as [[profile_id_1]], [[profile_id_2]], etc.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            resolution: Resolution of the generated image. Default: "1K".
            aspect_ratio: Aspect ratio of the generated image. Default: "auto".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        resolution: Literal["1K", "4K"] | Omit = omit,
        aspect_ratio: Literal["auto", "1:1", "16:9", "4:3", "3:4", "9:16"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PhotaOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of the desired image. In case you wish to use specific
                profiles, refer to them as [[profile_id_1]], [[profile_id_2]], etc.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            resolution: Resolution of the generated image. Default: "1K".
            aspect_ratio: Aspect ratio of the generated image. Default: "auto".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        resolution: Literal["1K", "4K"] | Omit = omit,
        aspect_ratio: Literal["auto", "1:1", "16:9", "4:3", "3:4", "9:16"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PhotaOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of the desired image. In case you wish to use specific
                profiles, refer to them as [[profile_id_1]], [[profile_id_2]], etc.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            resolution: Resolution of the generated image. Default: "1K".
            aspect_ratio: Aspect ratio of the generated image. Default: "auto".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        resolution: Literal["1K", "4K"] | Omit = omit,
        aspect_ratio: Literal["auto", "1:1", "16:9", "4:3", "3:4", "9:16"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PhotaOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of the desired image. In case you wish to use specific
                profiles, refer to them as [[profile_id_1]], [[profile_id_2]], etc.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            resolution: Resolution of the generated image. Default: "1K".
            aspect_ratio: Aspect ratio of the generated image. Default: "auto".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)
