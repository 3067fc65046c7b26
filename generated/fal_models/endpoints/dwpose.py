# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/dwpose` (Dwpose)."""

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
from fal_models.models.dwpose import DwposeInput, DwposeOutput

__all__ = ["Dwpose", "AsyncDwpose", "DwposeInput", "DwposeOutput"]


class Dwpose(SyncEndpoint[DwposeInput, DwposeOutput]):
    """Dwpose (`fal-ai/dwpose`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/dwpose/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/dwpose"
    input_model: ClassVar[type[DwposeInput]] = DwposeInput
    output_model: ClassVar[type[DwposeOutput]] = DwposeOutput
    Input = DwposeInput
    Output = DwposeOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        draw_mode: Literal[
            "full-pose",
            "body-pose",
            "face-pose",
            "hand-pose",
            "face-hand-mask",
            "face-mask",
            "hand-mask",
        ]
        | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> DwposeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            draw_mode: Mode of drawing the pose on the image. Options are: 'full-pose', 'body-pose',
                'face-pose', 'hand-pose', 'face-hand-mask', 'face-mask', 'hand-mask'. Default:
                "body-pose".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "draw_mode": draw_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        draw_mode: Literal[
            "full-pose",
            "body-pose",
            "face-pose",
            "hand-pose",
            "face-hand-mask",
            "face-mask",
            "hand-mask",
        ]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[DwposeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            draw_mode: Mode of drawing the pose on the image. Options are: 'full-pose', 'body-pose',
                'face-pose', 'hand-pose', 'face-hand-mask', 'face-mask', 'hand-mask'. Default:
                "body-pose".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "draw_mode": draw_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        draw_mode: Literal[
            "full-pose",
            "body-pose",
            "face-pose",
            "hand-pose",
            "face-hand-mask",
            "face-mask",
            "hand-mask",
        ]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DwposeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            draw_mode: Mode of drawing the pose on the image. Options are: 'full-pose', 'body-pose',
                'face-pose', 'hand-pose', 'face-hand-mask', 'face-mask', 'hand-mask'. Default:
                "body-pose".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "draw_mode": draw_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        draw_mode: Literal[
            "full-pose",
            "body-pose",
            "face-pose",
            "hand-pose",
            "face-hand-mask",
            "face-mask",
            "hand-mask",
        ]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[DwposeOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            draw_mode: Mode of drawing the pose on the image. Options are: 'full-pose', 'body-pose',
                'face-pose', 'hand-pose', 'face-hand-mask', 'face-mask', 'hand-mask'. Default:
                "body-pose".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "draw_mode": draw_mode,
            }
        )
        return self._stream(payload, options)


class AsyncDwpose(AsyncEndpoint[DwposeInput, DwposeOutput]):
    """Dwpose (`fal-ai/dwpose`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/dwpose/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/dwpose"
    input_model: ClassVar[type[DwposeInput]] = DwposeInput
    output_model: ClassVar[type[DwposeOutput]] = DwposeOutput
    Input = DwposeInput
    Output = DwposeOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        draw_mode: Literal[
            "full-pose",
            "body-pose",
            "face-pose",
            "hand-pose",
            "face-hand-mask",
            "face-mask",
            "hand-mask",
        ]
        | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> DwposeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            draw_mode: Mode of drawing the pose on the image. Options are: 'full-pose', 'body-pose',
                'face-pose', 'hand-pose', 'face-hand-mask', 'face-mask', 'hand-mask'. Default:
                "body-pose".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "draw_mode": draw_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        draw_mode: Literal[
            "full-pose",
            "body-pose",
            "face-pose",
            "hand-pose",
            "face-hand-mask",
            "face-mask",
            "hand-mask",
        ]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[DwposeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            draw_mode: Mode of drawing the pose on the image. Options are: 'full-pose', 'body-pose',
                'face-pose', 'hand-pose', 'face-hand-mask', 'face-mask', 'hand-mask'. Default:
                "body-pose".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "draw_mode": draw_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        draw_mode: Literal[
            "full-pose",
            "body-pose",
            "face-pose",
            "hand-pose",
            "face-hand-mask",
            "face-mask",
            "hand-mask",
        ]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DwposeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            draw_mode: Mode of drawing the pose on the image. Options are: 'full-pose', 'body-pose',
                'face-pose', 'hand-pose', 'face-hand-mask', 'face-mask', 'hand-mask'. Default:
                "body-pose".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "draw_mode": draw_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        draw_mode: Literal[
            "full-pose",
            "body-pose",
            "face-pose",
            "hand-pose",
            "face-hand-mask",
            "face-mask",
            "hand-mask",
        ]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[DwposeOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            draw_mode: Mode of drawing the pose on the image. Options are: 'full-pose', 'body-pose',
                'face-pose', 'hand-pose', 'face-hand-mask', 'face-mask', 'hand-mask'. Default:
                "body-pose".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "draw_mode": draw_mode,
            }
        )
        return self._stream(payload, options)
