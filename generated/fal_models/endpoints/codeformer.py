# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/codeformer` (Codeformer)."""

from __future__ import annotations

from typing import ClassVar, Unpack

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
from fal_models.models.codeformer import CodeformerInput, CodeformerOutput

__all__ = ["Codeformer", "AsyncCodeformer", "CodeformerInput", "CodeformerOutput"]


class Codeformer(SyncEndpoint[CodeformerInput, CodeformerOutput]):
    """Codeformer (`fal-ai/codeformer`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/codeformer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/codeformer"
    input_model: ClassVar[type[CodeformerInput]] = CodeformerInput
    output_model: ClassVar[type[CodeformerOutput]] = CodeformerOutput
    Input = CodeformerInput
    Output = CodeformerOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        fidelity: float | Omit = omit,
        upscale_factor: float | Omit = omit,
        aligned: bool | Omit = omit,
        only_center_face: bool | Omit = omit,
        face_upscale: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> CodeformerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            fidelity: Weight of the fidelity factor. Default: 0.5.
            upscale_factor: Upscaling factor. Default: 2.
            aligned: Should faces etc should be aligned. Default: false.
            only_center_face: Should only center face be restored. Default: false.
            face_upscale: Should faces be upscaled. Default: true.
            seed: Random seed for reproducible generation.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "fidelity": fidelity,
                "upscale_factor": upscale_factor,
                "aligned": aligned,
                "only_center_face": only_center_face,
                "face_upscale": face_upscale,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        fidelity: float | Omit = omit,
        upscale_factor: float | Omit = omit,
        aligned: bool | Omit = omit,
        only_center_face: bool | Omit = omit,
        face_upscale: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[CodeformerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            fidelity: Weight of the fidelity factor. Default: 0.5.
            upscale_factor: Upscaling factor. Default: 2.
            aligned: Should faces etc should be aligned. Default: false.
            only_center_face: Should only center face be restored. Default: false.
            face_upscale: Should faces be upscaled. Default: true.
            seed: Random seed for reproducible generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "fidelity": fidelity,
                "upscale_factor": upscale_factor,
                "aligned": aligned,
                "only_center_face": only_center_face,
                "face_upscale": face_upscale,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        fidelity: float | Omit = omit,
        upscale_factor: float | Omit = omit,
        aligned: bool | Omit = omit,
        only_center_face: bool | Omit = omit,
        face_upscale: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> CodeformerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            fidelity: Weight of the fidelity factor. Default: 0.5.
            upscale_factor: Upscaling factor. Default: 2.
            aligned: Should faces etc should be aligned. Default: false.
            only_center_face: Should only center face be restored. Default: false.
            face_upscale: Should faces be upscaled. Default: true.
            seed: Random seed for reproducible generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "fidelity": fidelity,
                "upscale_factor": upscale_factor,
                "aligned": aligned,
                "only_center_face": only_center_face,
                "face_upscale": face_upscale,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        fidelity: float | Omit = omit,
        upscale_factor: float | Omit = omit,
        aligned: bool | Omit = omit,
        only_center_face: bool | Omit = omit,
        face_upscale: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[CodeformerOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            fidelity: Weight of the fidelity factor. Default: 0.5.
            upscale_factor: Upscaling factor. Default: 2.
            aligned: Should faces etc should be aligned. Default: false.
            only_center_face: Should only center face be restored. Default: false.
            face_upscale: Should faces be upscaled. Default: true.
            seed: Random seed for reproducible generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "fidelity": fidelity,
                "upscale_factor": upscale_factor,
                "aligned": aligned,
                "only_center_face": only_center_face,
                "face_upscale": face_upscale,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncCodeformer(AsyncEndpoint[CodeformerInput, CodeformerOutput]):
    """Codeformer (`fal-ai/codeformer`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/codeformer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/codeformer"
    input_model: ClassVar[type[CodeformerInput]] = CodeformerInput
    output_model: ClassVar[type[CodeformerOutput]] = CodeformerOutput
    Input = CodeformerInput
    Output = CodeformerOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        fidelity: float | Omit = omit,
        upscale_factor: float | Omit = omit,
        aligned: bool | Omit = omit,
        only_center_face: bool | Omit = omit,
        face_upscale: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> CodeformerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            fidelity: Weight of the fidelity factor. Default: 0.5.
            upscale_factor: Upscaling factor. Default: 2.
            aligned: Should faces etc should be aligned. Default: false.
            only_center_face: Should only center face be restored. Default: false.
            face_upscale: Should faces be upscaled. Default: true.
            seed: Random seed for reproducible generation.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "fidelity": fidelity,
                "upscale_factor": upscale_factor,
                "aligned": aligned,
                "only_center_face": only_center_face,
                "face_upscale": face_upscale,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        fidelity: float | Omit = omit,
        upscale_factor: float | Omit = omit,
        aligned: bool | Omit = omit,
        only_center_face: bool | Omit = omit,
        face_upscale: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[CodeformerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            fidelity: Weight of the fidelity factor. Default: 0.5.
            upscale_factor: Upscaling factor. Default: 2.
            aligned: Should faces etc should be aligned. Default: false.
            only_center_face: Should only center face be restored. Default: false.
            face_upscale: Should faces be upscaled. Default: true.
            seed: Random seed for reproducible generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "fidelity": fidelity,
                "upscale_factor": upscale_factor,
                "aligned": aligned,
                "only_center_face": only_center_face,
                "face_upscale": face_upscale,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        fidelity: float | Omit = omit,
        upscale_factor: float | Omit = omit,
        aligned: bool | Omit = omit,
        only_center_face: bool | Omit = omit,
        face_upscale: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> CodeformerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            fidelity: Weight of the fidelity factor. Default: 0.5.
            upscale_factor: Upscaling factor. Default: 2.
            aligned: Should faces etc should be aligned. Default: false.
            only_center_face: Should only center face be restored. Default: false.
            face_upscale: Should faces be upscaled. Default: true.
            seed: Random seed for reproducible generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "fidelity": fidelity,
                "upscale_factor": upscale_factor,
                "aligned": aligned,
                "only_center_face": only_center_face,
                "face_upscale": face_upscale,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        fidelity: float | Omit = omit,
        upscale_factor: float | Omit = omit,
        aligned: bool | Omit = omit,
        only_center_face: bool | Omit = omit,
        face_upscale: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[CodeformerOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            fidelity: Weight of the fidelity factor. Default: 0.5.
            upscale_factor: Upscaling factor. Default: 2.
            aligned: Should faces etc should be aligned. Default: false.
            only_center_face: Should only center face be restored. Default: false.
            face_upscale: Should faces be upscaled. Default: true.
            seed: Random seed for reproducible generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "fidelity": fidelity,
                "upscale_factor": upscale_factor,
                "aligned": aligned,
                "only_center_face": only_center_face,
                "face_upscale": face_upscale,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
