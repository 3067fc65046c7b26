# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `pixelcut/background-removal` (Pixelcut Background Removal)."""

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
from fal_models.models.pixelcut_background_removal import (
    PixelcutBackgroundRemovalInput,
    PixelcutBackgroundRemovalOutput,
)

__all__ = [
    "PixelcutBackgroundRemoval",
    "AsyncPixelcutBackgroundRemoval",
    "PixelcutBackgroundRemovalInput",
    "PixelcutBackgroundRemovalOutput",
]


class PixelcutBackgroundRemoval(
    SyncEndpoint[PixelcutBackgroundRemovalInput, PixelcutBackgroundRemovalOutput]
):
    """Pixelcut Background Removal (`pixelcut/background-removal`).

    Category: image-to-image. Docs: https://fal.ai/models/pixelcut/background-removal/api
    """

    endpoint_id: ClassVar[str] = "pixelcut/background-removal"
    input_model: ClassVar[type[PixelcutBackgroundRemovalInput]] = PixelcutBackgroundRemovalInput
    output_model: ClassVar[type[PixelcutBackgroundRemovalOutput]] = PixelcutBackgroundRemovalOutput
    Input = PixelcutBackgroundRemovalInput
    Output = PixelcutBackgroundRemovalOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        output_format: Literal["rgba", "alpha", "zip"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PixelcutBackgroundRemovalOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Input image (JPEG or PNG). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            output_format: Output format. Default: "rgba".
            sync_mode: When true, return result as a data URL instead of uploading to storage.
                Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        output_format: Literal["rgba", "alpha", "zip"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PixelcutBackgroundRemovalOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Input image (JPEG or PNG). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            output_format: Output format. Default: "rgba".
            sync_mode: When true, return result as a data URL instead of uploading to storage.
                Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        output_format: Literal["rgba", "alpha", "zip"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PixelcutBackgroundRemovalOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Input image (JPEG or PNG). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            output_format: Output format. Default: "rgba".
            sync_mode: When true, return result as a data URL instead of uploading to storage.
                Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        output_format: Literal["rgba", "alpha", "zip"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PixelcutBackgroundRemovalOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Input image (JPEG or PNG). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            output_format: Output format. Default: "rgba".
            sync_mode: When true, return result as a data URL instead of uploading to storage.
                Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncPixelcutBackgroundRemoval(
    AsyncEndpoint[PixelcutBackgroundRemovalInput, PixelcutBackgroundRemovalOutput]
):
    """Pixelcut Background Removal (`pixelcut/background-removal`).

    Category: image-to-image. Docs: https://fal.ai/models/pixelcut/background-removal/api
    """

    endpoint_id: ClassVar[str] = "pixelcut/background-removal"
    input_model: ClassVar[type[PixelcutBackgroundRemovalInput]] = PixelcutBackgroundRemovalInput
    output_model: ClassVar[type[PixelcutBackgroundRemovalOutput]] = PixelcutBackgroundRemovalOutput
    Input = PixelcutBackgroundRemovalInput
    Output = PixelcutBackgroundRemovalOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        output_format: Literal["rgba", "alpha", "zip"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PixelcutBackgroundRemovalOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Input image (JPEG or PNG). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            output_format: Output format. Default: "rgba".
            sync_mode: When true, return result as a data URL instead of uploading to storage.
                Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        output_format: Literal["rgba", "alpha", "zip"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PixelcutBackgroundRemovalOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Input image (JPEG or PNG). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            output_format: Output format. Default: "rgba".
            sync_mode: When true, return result as a data URL instead of uploading to storage.
                Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        output_format: Literal["rgba", "alpha", "zip"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PixelcutBackgroundRemovalOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Input image (JPEG or PNG). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            output_format: Output format. Default: "rgba".
            sync_mode: When true, return result as a data URL instead of uploading to storage.
                Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        output_format: Literal["rgba", "alpha", "zip"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PixelcutBackgroundRemovalOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Input image (JPEG or PNG). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            output_format: Output format. Default: "rgba".
            sync_mode: When true, return result as a data URL instead of uploading to storage.
                Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
