# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `decart/lucy2-vton/realtime` (Decart Lucy2 Vton Realtime)."""

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
from fal_models.models.decart_lucy2_vton_realtime_ import (
    DecartLucy2VtonRealtimeInput,
    DecartLucy2VtonRealtimeOutput,
)

__all__ = [
    "DecartLucy2VtonRealtime",
    "AsyncDecartLucy2VtonRealtime",
    "DecartLucy2VtonRealtimeInput",
    "DecartLucy2VtonRealtimeOutput",
]


class DecartLucy2VtonRealtime(
    SyncEndpoint[DecartLucy2VtonRealtimeInput, DecartLucy2VtonRealtimeOutput]
):
    """Decart Lucy2 Vton Realtime (`decart/lucy2-vton/realtime`).

    Input model for the Lucy 2 RT signaling proxy.  Uses extra="allow" so WebRTC signaling
    messages ({type: "offer", sdp: ...}) pass validation alongside application messages. The
    schema exposes prompt, image_url, and reference_image_url for playground form rendering.

    Category: text-to-video. Docs: https://fal.ai/models/decart/lucy2-vton/realtime/api
    """

    endpoint_id: ClassVar[str] = "decart/lucy2-vton/realtime"
    input_model: ClassVar[type[DecartLucy2VtonRealtimeInput]] = DecartLucy2VtonRealtimeInput
    output_model: ClassVar[type[DecartLucy2VtonRealtimeOutput]] = DecartLucy2VtonRealtimeOutput
    Input = DecartLucy2VtonRealtimeInput
    Output = DecartLucy2VtonRealtimeOutput

    def subscribe(
        self,
        *,
        prompt: str | Omit = omit,
        image_url: FileInput | Omit = omit,
        reference_image_url: FileInput | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> DecartLucy2VtonRealtimeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for the real-time transformation. Default: "Substitute the current
                top with the outfit from the reference image, matching its color, material, and
                fit".
            image_url: Image data URI or HTTP(S) URL for realtime frame input. Data URI format:
                data:image/<type>;base64,. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Default: "".
            reference_image_url: Reference image URL or data URI. When set, Lucy 2 will use this as
                a character reference for the transformation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default:
                "https://v3b.fal.media/files/b/0a985506/y57_APcgGHlPxOOHIOqYO_15129.png".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "reference_image_url": reference_image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str | Omit = omit,
        image_url: FileInput | Omit = omit,
        reference_image_url: FileInput | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[DecartLucy2VtonRealtimeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for the real-time transformation. Default: "Substitute the current
                top with the outfit from the reference image, matching its color, material, and
                fit".
            image_url: Image data URI or HTTP(S) URL for realtime frame input. Data URI format:
                data:image/<type>;base64,. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Default: "".
            reference_image_url: Reference image URL or data URI. When set, Lucy 2 will use this as
                a character reference for the transformation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default:
                "https://v3b.fal.media/files/b/0a985506/y57_APcgGHlPxOOHIOqYO_15129.png".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "reference_image_url": reference_image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str | Omit = omit,
        image_url: FileInput | Omit = omit,
        reference_image_url: FileInput | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DecartLucy2VtonRealtimeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for the real-time transformation. Default: "Substitute the current
                top with the outfit from the reference image, matching its color, material, and
                fit".
            image_url: Image data URI or HTTP(S) URL for realtime frame input. Data URI format:
                data:image/<type>;base64,. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Default: "".
            reference_image_url: Reference image URL or data URI. When set, Lucy 2 will use this as
                a character reference for the transformation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default:
                "https://v3b.fal.media/files/b/0a985506/y57_APcgGHlPxOOHIOqYO_15129.png".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "reference_image_url": reference_image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | Omit = omit,
        image_url: FileInput | Omit = omit,
        reference_image_url: FileInput | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[DecartLucy2VtonRealtimeOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for the real-time transformation. Default: "Substitute the current
                top with the outfit from the reference image, matching its color, material, and
                fit".
            image_url: Image data URI or HTTP(S) URL for realtime frame input. Data URI format:
                data:image/<type>;base64,. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Default: "".
            reference_image_url: Reference image URL or data URI. When set, Lucy 2 will use this as
                a character reference for the transformation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default:
                "https://v3b.fal.media/files/b/0a985506/y57_APcgGHlPxOOHIOqYO_15129.png".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "reference_image_url": reference_image_url,
            }
        )
        return self._stream(payload, options)


class AsyncDecartLucy2VtonRealtime(
    AsyncEndpoint[DecartLucy2VtonRealtimeInput, DecartLucy2VtonRealtimeOutput]
):
    """Decart Lucy2 Vton Realtime (`decart/lucy2-vton/realtime`).

    Input model for the Lucy 2 RT signaling proxy.  Uses extra="allow" so WebRTC signaling
    messages ({type: "offer", sdp: ...}) pass validation alongside application messages. The
    schema exposes prompt, image_url, and reference_image_url for playground form rendering.

    Category: text-to-video. Docs: https://fal.ai/models/decart/lucy2-vton/realtime/api
    """

    endpoint_id: ClassVar[str] = "decart/lucy2-vton/realtime"
    input_model: ClassVar[type[DecartLucy2VtonRealtimeInput]] = DecartLucy2VtonRealtimeInput
    output_model: ClassVar[type[DecartLucy2VtonRealtimeOutput]] = DecartLucy2VtonRealtimeOutput
    Input = DecartLucy2VtonRealtimeInput
    Output = DecartLucy2VtonRealtimeOutput

    async def subscribe(
        self,
        *,
        prompt: str | Omit = omit,
        image_url: FileInput | Omit = omit,
        reference_image_url: FileInput | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> DecartLucy2VtonRealtimeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for the real-time transformation. Default: "Substitute the current
                top with the outfit from the reference image, matching its color, material, and
                fit".
            image_url: Image data URI or HTTP(S) URL for realtime frame input. Data URI format:
                data:image/<type>;base64,. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Default: "".
            reference_image_url: Reference image URL or data URI. When set, Lucy 2 will use this as
                a character reference for the transformation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default:
                "https://v3b.fal.media/files/b/0a985506/y57_APcgGHlPxOOHIOqYO_15129.png".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "reference_image_url": reference_image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str | Omit = omit,
        image_url: FileInput | Omit = omit,
        reference_image_url: FileInput | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[DecartLucy2VtonRealtimeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for the real-time transformation. Default: "Substitute the current
                top with the outfit from the reference image, matching its color, material, and
                fit".
            image_url: Image data URI or HTTP(S) URL for realtime frame input. Data URI format:
                data:image/<type>;base64,. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Default: "".
            reference_image_url: Reference image URL or data URI. When set, Lucy 2 will use this as
                a character reference for the transformation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default:
                "https://v3b.fal.media/files/b/0a985506/y57_APcgGHlPxOOHIOqYO_15129.png".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "reference_image_url": reference_image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str | Omit = omit,
        image_url: FileInput | Omit = omit,
        reference_image_url: FileInput | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DecartLucy2VtonRealtimeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for the real-time transformation. Default: "Substitute the current
                top with the outfit from the reference image, matching its color, material, and
                fit".
            image_url: Image data URI or HTTP(S) URL for realtime frame input. Data URI format:
                data:image/<type>;base64,. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Default: "".
            reference_image_url: Reference image URL or data URI. When set, Lucy 2 will use this as
                a character reference for the transformation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default:
                "https://v3b.fal.media/files/b/0a985506/y57_APcgGHlPxOOHIOqYO_15129.png".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "reference_image_url": reference_image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | Omit = omit,
        image_url: FileInput | Omit = omit,
        reference_image_url: FileInput | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[DecartLucy2VtonRealtimeOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for the real-time transformation. Default: "Substitute the current
                top with the outfit from the reference image, matching its color, material, and
                fit".
            image_url: Image data URI or HTTP(S) URL for realtime frame input. Data URI format:
                data:image/<type>;base64,. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Default: "".
            reference_image_url: Reference image URL or data URI. When set, Lucy 2 will use this as
                a character reference for the transformation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default:
                "https://v3b.fal.media/files/b/0a985506/y57_APcgGHlPxOOHIOqYO_15129.png".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "reference_image_url": reference_image_url,
            }
        )
        return self._stream(payload, options)
