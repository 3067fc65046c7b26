# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/luma-photon/modify` (Luma Photon Modify)."""

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
from fal_models.models.luma_photon_modify import LumaPhotonModifyInput, LumaPhotonModifyOutput

__all__ = [
    "LumaPhotonModify",
    "AsyncLumaPhotonModify",
    "LumaPhotonModifyInput",
    "LumaPhotonModifyOutput",
]


class LumaPhotonModify(SyncEndpoint[LumaPhotonModifyInput, LumaPhotonModifyOutput]):
    """Luma Photon Modify (`fal-ai/luma-photon/modify`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/luma-photon/modify/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/luma-photon/modify"
    input_model: ClassVar[type[LumaPhotonModifyInput]] = LumaPhotonModifyInput
    output_model: ClassVar[type[LumaPhotonModifyOutput]] = LumaPhotonModifyOutput
    Input = LumaPhotonModifyInput
    Output = LumaPhotonModifyOutput

    def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        strength: float,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        **options: Unpack[SubscribeOptions],
    ) -> LumaPhotonModifyOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Instruction for modifying the image. Limits: min length 3, max length 5000.
            image_url: URL of the input image to reframe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength of the initial image. Higher strength values are corresponding to
                more influence of the initial image on the output. Limits: minimum 0, maximum 1.
            aspect_ratio: The aspect ratio of the reframed image.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "strength": strength,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        strength: float,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LumaPhotonModifyOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Instruction for modifying the image. Limits: min length 3, max length 5000.
            image_url: URL of the input image to reframe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength of the initial image. Higher strength values are corresponding to
                more influence of the initial image on the output. Limits: minimum 0, maximum 1.
            aspect_ratio: The aspect ratio of the reframed image.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "strength": strength,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        strength: float,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        **options: Unpack[RunOptions],
    ) -> LumaPhotonModifyOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Instruction for modifying the image. Limits: min length 3, max length 5000.
            image_url: URL of the input image to reframe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength of the initial image. Higher strength values are corresponding to
                more influence of the initial image on the output. Limits: minimum 0, maximum 1.
            aspect_ratio: The aspect ratio of the reframed image.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "strength": strength,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        strength: float,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LumaPhotonModifyOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Instruction for modifying the image. Limits: min length 3, max length 5000.
            image_url: URL of the input image to reframe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength of the initial image. Higher strength values are corresponding to
                more influence of the initial image on the output. Limits: minimum 0, maximum 1.
            aspect_ratio: The aspect ratio of the reframed image.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "strength": strength,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)


class AsyncLumaPhotonModify(AsyncEndpoint[LumaPhotonModifyInput, LumaPhotonModifyOutput]):
    """Luma Photon Modify (`fal-ai/luma-photon/modify`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/luma-photon/modify/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/luma-photon/modify"
    input_model: ClassVar[type[LumaPhotonModifyInput]] = LumaPhotonModifyInput
    output_model: ClassVar[type[LumaPhotonModifyOutput]] = LumaPhotonModifyOutput
    Input = LumaPhotonModifyInput
    Output = LumaPhotonModifyOutput

    async def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        strength: float,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LumaPhotonModifyOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Instruction for modifying the image. Limits: min length 3, max length 5000.
            image_url: URL of the input image to reframe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength of the initial image. Higher strength values are corresponding to
                more influence of the initial image on the output. Limits: minimum 0, maximum 1.
            aspect_ratio: The aspect ratio of the reframed image.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "strength": strength,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        strength: float,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LumaPhotonModifyOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Instruction for modifying the image. Limits: min length 3, max length 5000.
            image_url: URL of the input image to reframe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength of the initial image. Higher strength values are corresponding to
                more influence of the initial image on the output. Limits: minimum 0, maximum 1.
            aspect_ratio: The aspect ratio of the reframed image.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "strength": strength,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        strength: float,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        **options: Unpack[RunOptions],
    ) -> LumaPhotonModifyOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Instruction for modifying the image. Limits: min length 3, max length 5000.
            image_url: URL of the input image to reframe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength of the initial image. Higher strength values are corresponding to
                more influence of the initial image on the output. Limits: minimum 0, maximum 1.
            aspect_ratio: The aspect ratio of the reframed image.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "strength": strength,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        strength: float,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LumaPhotonModifyOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Instruction for modifying the image. Limits: min length 3, max length 5000.
            image_url: URL of the input image to reframe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength of the initial image. Higher strength values are corresponding to
                more influence of the initial image on the output. Limits: minimum 0, maximum 1.
            aspect_ratio: The aspect ratio of the reframed image.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "strength": strength,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)
