# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hunyuan_world/image-to-world` (Hunyuan World Image To World)."""

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
from fal_models.models.hunyuan_world_image_to_world import (
    HunyuanWorldImageToWorldInput,
    HunyuanWorldImageToWorldOutput,
)

__all__ = [
    "HunyuanWorldImageToWorld",
    "AsyncHunyuanWorldImageToWorld",
    "HunyuanWorldImageToWorldInput",
    "HunyuanWorldImageToWorldOutput",
]


class HunyuanWorldImageToWorld(
    SyncEndpoint[HunyuanWorldImageToWorldInput, HunyuanWorldImageToWorldOutput]
):
    """Hunyuan World Image To World (`fal-ai/hunyuan_world/image-to-world`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/hunyuan_world/image-to-world/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan_world/image-to-world"
    input_model: ClassVar[type[HunyuanWorldImageToWorldInput]] = HunyuanWorldImageToWorldInput
    output_model: ClassVar[type[HunyuanWorldImageToWorldOutput]] = HunyuanWorldImageToWorldOutput
    Input = HunyuanWorldImageToWorldInput
    Output = HunyuanWorldImageToWorldOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        labels_fg1: str,
        labels_fg2: str,
        classes: str,
        export_drc: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> HunyuanWorldImageToWorldOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to convert to a world. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            labels_fg1: Labels for the first foreground object.
            labels_fg2: Labels for the second foreground object.
            classes: Classes to use for the world generation.
            export_drc: Whether to export DRC (Dynamic Resource Configuration). Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "labels_fg1": labels_fg1,
                "labels_fg2": labels_fg2,
                "classes": classes,
                "export_drc": export_drc,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        labels_fg1: str,
        labels_fg2: str,
        classes: str,
        export_drc: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[HunyuanWorldImageToWorldOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to convert to a world. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            labels_fg1: Labels for the first foreground object.
            labels_fg2: Labels for the second foreground object.
            classes: Classes to use for the world generation.
            export_drc: Whether to export DRC (Dynamic Resource Configuration). Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "labels_fg1": labels_fg1,
                "labels_fg2": labels_fg2,
                "classes": classes,
                "export_drc": export_drc,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        labels_fg1: str,
        labels_fg2: str,
        classes: str,
        export_drc: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HunyuanWorldImageToWorldOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to convert to a world. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            labels_fg1: Labels for the first foreground object.
            labels_fg2: Labels for the second foreground object.
            classes: Classes to use for the world generation.
            export_drc: Whether to export DRC (Dynamic Resource Configuration). Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "labels_fg1": labels_fg1,
                "labels_fg2": labels_fg2,
                "classes": classes,
                "export_drc": export_drc,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        labels_fg1: str,
        labels_fg2: str,
        classes: str,
        export_drc: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[HunyuanWorldImageToWorldOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to convert to a world. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            labels_fg1: Labels for the first foreground object.
            labels_fg2: Labels for the second foreground object.
            classes: Classes to use for the world generation.
            export_drc: Whether to export DRC (Dynamic Resource Configuration). Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "labels_fg1": labels_fg1,
                "labels_fg2": labels_fg2,
                "classes": classes,
                "export_drc": export_drc,
            }
        )
        return self._stream(payload, options)


class AsyncHunyuanWorldImageToWorld(
    AsyncEndpoint[HunyuanWorldImageToWorldInput, HunyuanWorldImageToWorldOutput]
):
    """Hunyuan World Image To World (`fal-ai/hunyuan_world/image-to-world`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/hunyuan_world/image-to-world/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan_world/image-to-world"
    input_model: ClassVar[type[HunyuanWorldImageToWorldInput]] = HunyuanWorldImageToWorldInput
    output_model: ClassVar[type[HunyuanWorldImageToWorldOutput]] = HunyuanWorldImageToWorldOutput
    Input = HunyuanWorldImageToWorldInput
    Output = HunyuanWorldImageToWorldOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        labels_fg1: str,
        labels_fg2: str,
        classes: str,
        export_drc: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> HunyuanWorldImageToWorldOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to convert to a world. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            labels_fg1: Labels for the first foreground object.
            labels_fg2: Labels for the second foreground object.
            classes: Classes to use for the world generation.
            export_drc: Whether to export DRC (Dynamic Resource Configuration). Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "labels_fg1": labels_fg1,
                "labels_fg2": labels_fg2,
                "classes": classes,
                "export_drc": export_drc,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        labels_fg1: str,
        labels_fg2: str,
        classes: str,
        export_drc: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[HunyuanWorldImageToWorldOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to convert to a world. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            labels_fg1: Labels for the first foreground object.
            labels_fg2: Labels for the second foreground object.
            classes: Classes to use for the world generation.
            export_drc: Whether to export DRC (Dynamic Resource Configuration). Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "labels_fg1": labels_fg1,
                "labels_fg2": labels_fg2,
                "classes": classes,
                "export_drc": export_drc,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        labels_fg1: str,
        labels_fg2: str,
        classes: str,
        export_drc: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HunyuanWorldImageToWorldOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to convert to a world. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            labels_fg1: Labels for the first foreground object.
            labels_fg2: Labels for the second foreground object.
            classes: Classes to use for the world generation.
            export_drc: Whether to export DRC (Dynamic Resource Configuration). Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "labels_fg1": labels_fg1,
                "labels_fg2": labels_fg2,
                "classes": classes,
                "export_drc": export_drc,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        labels_fg1: str,
        labels_fg2: str,
        classes: str,
        export_drc: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[HunyuanWorldImageToWorldOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to convert to a world. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            labels_fg1: Labels for the first foreground object.
            labels_fg2: Labels for the second foreground object.
            classes: Classes to use for the world generation.
            export_drc: Whether to export DRC (Dynamic Resource Configuration). Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "labels_fg1": labels_fg1,
                "labels_fg2": labels_fg2,
                "classes": classes,
                "export_drc": export_drc,
            }
        )
        return self._stream(payload, options)
