# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `bria/replace-background` (Bria Replace Background)."""

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
from fal_models.models.bria_replace_background import (
    BriaReplaceBackgroundInput,
    BriaReplaceBackgroundOutput,
)

__all__ = [
    "BriaReplaceBackground",
    "AsyncBriaReplaceBackground",
    "BriaReplaceBackgroundInput",
    "BriaReplaceBackgroundOutput",
]


class BriaReplaceBackground(SyncEndpoint[BriaReplaceBackgroundInput, BriaReplaceBackgroundOutput]):
    """Bria Replace Background (`bria/replace-background`).

    Category: text-to-image. Docs: https://fal.ai/models/bria/replace-background/api
    """

    endpoint_id: ClassVar[str] = "bria/replace-background"
    input_model: ClassVar[type[BriaReplaceBackgroundInput]] = BriaReplaceBackgroundInput
    output_model: ClassVar[type[BriaReplaceBackgroundOutput]] = BriaReplaceBackgroundOutput
    Input = BriaReplaceBackgroundInput
    Output = BriaReplaceBackgroundOutput

    def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        steps_num: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BriaReplaceBackgroundOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Prompt for background replacement.
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image). Default:
                "https://v3b.fal.media/files/b/0a8bea8c/Mztgx0NG3HPdby-4iPqwH_a_coffee_machine_standing_in_the_kitchen.png".
            seed: Random seed for reproducibility. Default: 4925634.
            steps_num: Number of inference steps. Default: 30.
            negative_prompt: Negative prompt for background replacement. Default: "".
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "steps_num": steps_num,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        steps_num: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaReplaceBackgroundOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Prompt for background replacement.
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image). Default:
                "https://v3b.fal.media/files/b/0a8bea8c/Mztgx0NG3HPdby-4iPqwH_a_coffee_machine_standing_in_the_kitchen.png".
            seed: Random seed for reproducibility. Default: 4925634.
            steps_num: Number of inference steps. Default: 30.
            negative_prompt: Negative prompt for background replacement. Default: "".
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "steps_num": steps_num,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        steps_num: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaReplaceBackgroundOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Prompt for background replacement.
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image). Default:
                "https://v3b.fal.media/files/b/0a8bea8c/Mztgx0NG3HPdby-4iPqwH_a_coffee_machine_standing_in_the_kitchen.png".
            seed: Random seed for reproducibility. Default: 4925634.
            steps_num: Number of inference steps. Default: 30.
            negative_prompt: Negative prompt for background replacement. Default: "".
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "steps_num": steps_num,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        steps_num: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaReplaceBackgroundOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Prompt for background replacement.
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image). Default:
                "https://v3b.fal.media/files/b/0a8bea8c/Mztgx0NG3HPdby-4iPqwH_a_coffee_machine_standing_in_the_kitchen.png".
            seed: Random seed for reproducibility. Default: 4925634.
            steps_num: Number of inference steps. Default: 30.
            negative_prompt: Negative prompt for background replacement. Default: "".
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "steps_num": steps_num,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncBriaReplaceBackground(
    AsyncEndpoint[BriaReplaceBackgroundInput, BriaReplaceBackgroundOutput]
):
    """Bria Replace Background (`bria/replace-background`).

    Category: text-to-image. Docs: https://fal.ai/models/bria/replace-background/api
    """

    endpoint_id: ClassVar[str] = "bria/replace-background"
    input_model: ClassVar[type[BriaReplaceBackgroundInput]] = BriaReplaceBackgroundInput
    output_model: ClassVar[type[BriaReplaceBackgroundOutput]] = BriaReplaceBackgroundOutput
    Input = BriaReplaceBackgroundInput
    Output = BriaReplaceBackgroundOutput

    async def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        steps_num: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaReplaceBackgroundOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Prompt for background replacement.
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image). Default:
                "https://v3b.fal.media/files/b/0a8bea8c/Mztgx0NG3HPdby-4iPqwH_a_coffee_machine_standing_in_the_kitchen.png".
            seed: Random seed for reproducibility. Default: 4925634.
            steps_num: Number of inference steps. Default: 30.
            negative_prompt: Negative prompt for background replacement. Default: "".
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "steps_num": steps_num,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        steps_num: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaReplaceBackgroundOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Prompt for background replacement.
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image). Default:
                "https://v3b.fal.media/files/b/0a8bea8c/Mztgx0NG3HPdby-4iPqwH_a_coffee_machine_standing_in_the_kitchen.png".
            seed: Random seed for reproducibility. Default: 4925634.
            steps_num: Number of inference steps. Default: 30.
            negative_prompt: Negative prompt for background replacement. Default: "".
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "steps_num": steps_num,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        steps_num: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaReplaceBackgroundOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Prompt for background replacement.
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image). Default:
                "https://v3b.fal.media/files/b/0a8bea8c/Mztgx0NG3HPdby-4iPqwH_a_coffee_machine_standing_in_the_kitchen.png".
            seed: Random seed for reproducibility. Default: 4925634.
            steps_num: Number of inference steps. Default: 30.
            negative_prompt: Negative prompt for background replacement. Default: "".
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "steps_num": steps_num,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        steps_num: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaReplaceBackgroundOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Prompt for background replacement.
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image). Default:
                "https://v3b.fal.media/files/b/0a8bea8c/Mztgx0NG3HPdby-4iPqwH_a_coffee_machine_standing_in_the_kitchen.png".
            seed: Random seed for reproducibility. Default: 4925634.
            steps_num: Number of inference steps. Default: 30.
            negative_prompt: Negative prompt for background replacement. Default: "".
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "steps_num": steps_num,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
