# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ideogram/v2/turbo/edit` (Ideogram V2 Turbo Edit)."""

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
from fal_models.models.ideogram_v2_turbo_edit import (
    IdeogramV2TurboEditInput,
    IdeogramV2TurboEditOutput,
)

__all__ = [
    "IdeogramV2TurboEdit",
    "AsyncIdeogramV2TurboEdit",
    "IdeogramV2TurboEditInput",
    "IdeogramV2TurboEditOutput",
]


class IdeogramV2TurboEdit(SyncEndpoint[IdeogramV2TurboEditInput, IdeogramV2TurboEditOutput]):
    """Ideogram V2 Turbo Edit (`fal-ai/ideogram/v2/turbo/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/ideogram/v2/turbo/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ideogram/v2/turbo/edit"
    input_model: ClassVar[type[IdeogramV2TurboEditInput]] = IdeogramV2TurboEditInput
    output_model: ClassVar[type[IdeogramV2TurboEditOutput]] = IdeogramV2TurboEditOutput
    Input = IdeogramV2TurboEditInput
    Output = IdeogramV2TurboEditOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        mask_url: FileInput,
        seed: int | None | Omit = omit,
        style: Literal["auto", "general", "realistic", "design", "render_3D", "anime"]
        | Omit = omit,
        expand_prompt: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> IdeogramV2TurboEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to fill the masked part of the image.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: The mask URL to inpaint the image. Needs to match the dimensions of the input
                image. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: Seed for the random number generator.
            style: The style of the generated image. Default: "auto".
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "seed": seed,
                "style": style,
                "expand_prompt": expand_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        mask_url: FileInput,
        seed: int | None | Omit = omit,
        style: Literal["auto", "general", "realistic", "design", "render_3D", "anime"]
        | Omit = omit,
        expand_prompt: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[IdeogramV2TurboEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to fill the masked part of the image.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: The mask URL to inpaint the image. Needs to match the dimensions of the input
                image. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: Seed for the random number generator.
            style: The style of the generated image. Default: "auto".
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "seed": seed,
                "style": style,
                "expand_prompt": expand_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        mask_url: FileInput,
        seed: int | None | Omit = omit,
        style: Literal["auto", "general", "realistic", "design", "render_3D", "anime"]
        | Omit = omit,
        expand_prompt: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> IdeogramV2TurboEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to fill the masked part of the image.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: The mask URL to inpaint the image. Needs to match the dimensions of the input
                image. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: Seed for the random number generator.
            style: The style of the generated image. Default: "auto".
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "seed": seed,
                "style": style,
                "expand_prompt": expand_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        mask_url: FileInput,
        seed: int | None | Omit = omit,
        style: Literal["auto", "general", "realistic", "design", "render_3D", "anime"]
        | Omit = omit,
        expand_prompt: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[IdeogramV2TurboEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to fill the masked part of the image.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: The mask URL to inpaint the image. Needs to match the dimensions of the input
                image. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: Seed for the random number generator.
            style: The style of the generated image. Default: "auto".
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "seed": seed,
                "style": style,
                "expand_prompt": expand_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncIdeogramV2TurboEdit(AsyncEndpoint[IdeogramV2TurboEditInput, IdeogramV2TurboEditOutput]):
    """Ideogram V2 Turbo Edit (`fal-ai/ideogram/v2/turbo/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/ideogram/v2/turbo/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ideogram/v2/turbo/edit"
    input_model: ClassVar[type[IdeogramV2TurboEditInput]] = IdeogramV2TurboEditInput
    output_model: ClassVar[type[IdeogramV2TurboEditOutput]] = IdeogramV2TurboEditOutput
    Input = IdeogramV2TurboEditInput
    Output = IdeogramV2TurboEditOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        mask_url: FileInput,
        seed: int | None | Omit = omit,
        style: Literal["auto", "general", "realistic", "design", "render_3D", "anime"]
        | Omit = omit,
        expand_prompt: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> IdeogramV2TurboEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to fill the masked part of the image.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: The mask URL to inpaint the image. Needs to match the dimensions of the input
                image. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: Seed for the random number generator.
            style: The style of the generated image. Default: "auto".
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "seed": seed,
                "style": style,
                "expand_prompt": expand_prompt,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        mask_url: FileInput,
        seed: int | None | Omit = omit,
        style: Literal["auto", "general", "realistic", "design", "render_3D", "anime"]
        | Omit = omit,
        expand_prompt: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[IdeogramV2TurboEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to fill the masked part of the image.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: The mask URL to inpaint the image. Needs to match the dimensions of the input
                image. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: Seed for the random number generator.
            style: The style of the generated image. Default: "auto".
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "seed": seed,
                "style": style,
                "expand_prompt": expand_prompt,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        mask_url: FileInput,
        seed: int | None | Omit = omit,
        style: Literal["auto", "general", "realistic", "design", "render_3D", "anime"]
        | Omit = omit,
        expand_prompt: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> IdeogramV2TurboEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to fill the masked part of the image.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: The mask URL to inpaint the image. Needs to match the dimensions of the input
                image. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: Seed for the random number generator.
            style: The style of the generated image. Default: "auto".
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "seed": seed,
                "style": style,
                "expand_prompt": expand_prompt,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        mask_url: FileInput,
        seed: int | None | Omit = omit,
        style: Literal["auto", "general", "realistic", "design", "render_3D", "anime"]
        | Omit = omit,
        expand_prompt: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[IdeogramV2TurboEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to fill the masked part of the image.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: The mask URL to inpaint the image. Needs to match the dimensions of the input
                image. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: Seed for the random number generator.
            style: The style of the generated image. Default: "auto".
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "seed": seed,
                "style": style,
                "expand_prompt": expand_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
