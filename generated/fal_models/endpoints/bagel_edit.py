# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/bagel/edit` (Bagel Edit)."""

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
from fal_models.models.bagel_edit import BagelEditInput, BagelEditOutput

__all__ = ["BagelEdit", "AsyncBagelEdit", "BagelEditInput", "BagelEditOutput"]


class BagelEdit(SyncEndpoint[BagelEditInput, BagelEditOutput]):
    """Bagel Edit (`fal-ai/bagel/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/bagel/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bagel/edit"
    input_model: ClassVar[type[BagelEditInput]] = BagelEditInput
    output_model: ClassVar[type[BagelEditOutput]] = BagelEditOutput
    Input = BagelEditInput
    Output = BagelEditOutput

    def subscribe(
        self,
        *,
        prompt: str,
        seed: int | Omit = omit,
        use_thought: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> BagelEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to edit the image with.
            seed: The seed to use for the generation.
            use_thought: Whether to use thought tokens for generation. If set to true, the model
                will "think" to potentially improve generation quality. Increases generation time
                and increases the cost by 20%. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "use_thought": use_thought,
                "enable_safety_checker": enable_safety_checker,
                "image_url": image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        seed: int | Omit = omit,
        use_thought: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BagelEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to edit the image with.
            seed: The seed to use for the generation.
            use_thought: Whether to use thought tokens for generation. If set to true, the model
                will "think" to potentially improve generation quality. Increases generation time
                and increases the cost by 20%. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "use_thought": use_thought,
                "enable_safety_checker": enable_safety_checker,
                "image_url": image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        seed: int | Omit = omit,
        use_thought: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> BagelEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to edit the image with.
            seed: The seed to use for the generation.
            use_thought: Whether to use thought tokens for generation. If set to true, the model
                will "think" to potentially improve generation quality. Increases generation time
                and increases the cost by 20%. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "use_thought": use_thought,
                "enable_safety_checker": enable_safety_checker,
                "image_url": image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        seed: int | Omit = omit,
        use_thought: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BagelEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to edit the image with.
            seed: The seed to use for the generation.
            use_thought: Whether to use thought tokens for generation. If set to true, the model
                will "think" to potentially improve generation quality. Increases generation time
                and increases the cost by 20%. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "use_thought": use_thought,
                "enable_safety_checker": enable_safety_checker,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)


class AsyncBagelEdit(AsyncEndpoint[BagelEditInput, BagelEditOutput]):
    """Bagel Edit (`fal-ai/bagel/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/bagel/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bagel/edit"
    input_model: ClassVar[type[BagelEditInput]] = BagelEditInput
    output_model: ClassVar[type[BagelEditOutput]] = BagelEditOutput
    Input = BagelEditInput
    Output = BagelEditOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        seed: int | Omit = omit,
        use_thought: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BagelEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to edit the image with.
            seed: The seed to use for the generation.
            use_thought: Whether to use thought tokens for generation. If set to true, the model
                will "think" to potentially improve generation quality. Increases generation time
                and increases the cost by 20%. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "use_thought": use_thought,
                "enable_safety_checker": enable_safety_checker,
                "image_url": image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        seed: int | Omit = omit,
        use_thought: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BagelEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to edit the image with.
            seed: The seed to use for the generation.
            use_thought: Whether to use thought tokens for generation. If set to true, the model
                will "think" to potentially improve generation quality. Increases generation time
                and increases the cost by 20%. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "use_thought": use_thought,
                "enable_safety_checker": enable_safety_checker,
                "image_url": image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        seed: int | Omit = omit,
        use_thought: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> BagelEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to edit the image with.
            seed: The seed to use for the generation.
            use_thought: Whether to use thought tokens for generation. If set to true, the model
                will "think" to potentially improve generation quality. Increases generation time
                and increases the cost by 20%. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "use_thought": use_thought,
                "enable_safety_checker": enable_safety_checker,
                "image_url": image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        seed: int | Omit = omit,
        use_thought: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BagelEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to edit the image with.
            seed: The seed to use for the generation.
            use_thought: Whether to use thought tokens for generation. If set to true, the model
                will "think" to potentially improve generation quality. Increases generation time
                and increases the cost by 20%. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "use_thought": use_thought,
                "enable_safety_checker": enable_safety_checker,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)
