# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hunyuan_world` (Hunyuan World)."""

from __future__ import annotations

from typing import ClassVar, Unpack

from fal_models._endpoint import AsyncEndpoint, SyncEndpoint
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._streams import AsyncEndpointStream, EndpointStream
from fal_models._types import (
    AsyncSubscribeOptions,
    RunOptions,
    StreamOptions,
    SubmitOptions,
    SubscribeOptions,
)
from fal_models._uploads import FileInput
from fal_models.models.hunyuan_world import HunyuanWorldInput, HunyuanWorldOutput

__all__ = ["HunyuanWorld", "AsyncHunyuanWorld", "HunyuanWorldInput", "HunyuanWorldOutput"]


class HunyuanWorld(SyncEndpoint[HunyuanWorldInput, HunyuanWorldOutput]):
    """Hunyuan World (`fal-ai/hunyuan_world`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/hunyuan_world/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan_world"
    input_model: ClassVar[type[HunyuanWorldInput]] = HunyuanWorldInput
    output_model: ClassVar[type[HunyuanWorldOutput]] = HunyuanWorldOutput
    Input = HunyuanWorldInput
    Output = HunyuanWorldOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        **options: Unpack[SubscribeOptions],
    ) -> HunyuanWorldOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to convert to a panorama. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the panorama generation.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[HunyuanWorldOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to convert to a panorama. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the panorama generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        **options: Unpack[RunOptions],
    ) -> HunyuanWorldOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to convert to a panorama. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the panorama generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[HunyuanWorldOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to convert to a panorama. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the panorama generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        return self._stream(payload, options)


class AsyncHunyuanWorld(AsyncEndpoint[HunyuanWorldInput, HunyuanWorldOutput]):
    """Hunyuan World (`fal-ai/hunyuan_world`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/hunyuan_world/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan_world"
    input_model: ClassVar[type[HunyuanWorldInput]] = HunyuanWorldInput
    output_model: ClassVar[type[HunyuanWorldOutput]] = HunyuanWorldOutput
    Input = HunyuanWorldInput
    Output = HunyuanWorldOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> HunyuanWorldOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to convert to a panorama. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the panorama generation.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[HunyuanWorldOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to convert to a panorama. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the panorama generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        **options: Unpack[RunOptions],
    ) -> HunyuanWorldOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to convert to a panorama. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the panorama generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[HunyuanWorldOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to convert to a panorama. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the panorama generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        return self._stream(payload, options)
