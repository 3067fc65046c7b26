# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/lightx/relight` (Lightx Relight)."""

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
from fal_models.models.lightx_relight import (
    LightxRelightInput,
    LightxRelightOutput,
    RelightParameters,
)

__all__ = ["LightxRelight", "AsyncLightxRelight", "LightxRelightInput", "LightxRelightOutput"]


class LightxRelight(SyncEndpoint[LightxRelightInput, LightxRelightOutput]):
    """Lightx Relight (`fal-ai/lightx/relight`).

    Relighting-only request (minimal schema).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/lightx/relight/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/lightx/relight"
    input_model: ClassVar[type[LightxRelightInput]] = LightxRelightInput
    output_model: ClassVar[type[LightxRelightOutput]] = LightxRelightOutput
    Input = LightxRelightInput
    Output = LightxRelightOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        relit_cond_type: Literal["ic", "ref", "hdr", "bg"] | Omit = omit,
        relight_parameters: RelightParameters | None | Omit = omit,
        relit_cond_img_url: FileInput | None | Omit = omit,
        ref_id: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> LightxRelightOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Optional text prompt. If omitted, Light-X will auto-caption the video.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            relit_cond_type: Relight condition type. Default: "ic".
            relight_parameters: Relighting parameters (required for relight_condition_type='ic').
                Not used for 'bg' (which expects a background image URL instead).
            relit_cond_img_url: URL of conditioning image. Required for
                relight_condition_type='ref'/'hdr'. Also required for relight_condition_type='bg'
                (background image). Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            ref_id: Frame index to use as referencen to relight the video with reference. Default:
                0. Limits: minimum 0.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "relit_cond_type": relit_cond_type,
                "relight_parameters": relight_parameters,
                "relit_cond_img_url": relit_cond_img_url,
                "ref_id": ref_id,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        relit_cond_type: Literal["ic", "ref", "hdr", "bg"] | Omit = omit,
        relight_parameters: RelightParameters | None | Omit = omit,
        relit_cond_img_url: FileInput | None | Omit = omit,
        ref_id: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LightxRelightOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Optional text prompt. If omitted, Light-X will auto-caption the video.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            relit_cond_type: Relight condition type. Default: "ic".
            relight_parameters: Relighting parameters (required for relight_condition_type='ic').
                Not used for 'bg' (which expects a background image URL instead).
            relit_cond_img_url: URL of conditioning image. Required for
                relight_condition_type='ref'/'hdr'. Also required for relight_condition_type='bg'
                (background image). Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            ref_id: Frame index to use as referencen to relight the video with reference. Default:
                0. Limits: minimum 0.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "relit_cond_type": relit_cond_type,
                "relight_parameters": relight_parameters,
                "relit_cond_img_url": relit_cond_img_url,
                "ref_id": ref_id,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        relit_cond_type: Literal["ic", "ref", "hdr", "bg"] | Omit = omit,
        relight_parameters: RelightParameters | None | Omit = omit,
        relit_cond_img_url: FileInput | None | Omit = omit,
        ref_id: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LightxRelightOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Optional text prompt. If omitted, Light-X will auto-caption the video.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            relit_cond_type: Relight condition type. Default: "ic".
            relight_parameters: Relighting parameters (required for relight_condition_type='ic').
                Not used for 'bg' (which expects a background image URL instead).
            relit_cond_img_url: URL of conditioning image. Required for
                relight_condition_type='ref'/'hdr'. Also required for relight_condition_type='bg'
                (background image). Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            ref_id: Frame index to use as referencen to relight the video with reference. Default:
                0. Limits: minimum 0.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "relit_cond_type": relit_cond_type,
                "relight_parameters": relight_parameters,
                "relit_cond_img_url": relit_cond_img_url,
                "ref_id": ref_id,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        relit_cond_type: Literal["ic", "ref", "hdr", "bg"] | Omit = omit,
        relight_parameters: RelightParameters | None | Omit = omit,
        relit_cond_img_url: FileInput | None | Omit = omit,
        ref_id: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LightxRelightOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Optional text prompt. If omitted, Light-X will auto-caption the video.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            relit_cond_type: Relight condition type. Default: "ic".
            relight_parameters: Relighting parameters (required for relight_condition_type='ic').
                Not used for 'bg' (which expects a background image URL instead).
            relit_cond_img_url: URL of conditioning image. Required for
                relight_condition_type='ref'/'hdr'. Also required for relight_condition_type='bg'
                (background image). Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            ref_id: Frame index to use as referencen to relight the video with reference. Default:
                0. Limits: minimum 0.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "relit_cond_type": relit_cond_type,
                "relight_parameters": relight_parameters,
                "relit_cond_img_url": relit_cond_img_url,
                "ref_id": ref_id,
            }
        )
        return self._stream(payload, options)


class AsyncLightxRelight(AsyncEndpoint[LightxRelightInput, LightxRelightOutput]):
    """Lightx Relight (`fal-ai/lightx/relight`).

    Relighting-only request (minimal schema).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/lightx/relight/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/lightx/relight"
    input_model: ClassVar[type[LightxRelightInput]] = LightxRelightInput
    output_model: ClassVar[type[LightxRelightOutput]] = LightxRelightOutput
    Input = LightxRelightInput
    Output = LightxRelightOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        relit_cond_type: Literal["ic", "ref", "hdr", "bg"] | Omit = omit,
        relight_parameters: RelightParameters | None | Omit = omit,
        relit_cond_img_url: FileInput | None | Omit = omit,
        ref_id: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LightxRelightOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Optional text prompt. If omitted, Light-X will auto-caption the video.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            relit_cond_type: Relight condition type. Default: "ic".
            relight_parameters: Relighting parameters (required for relight_condition_type='ic').
                Not used for 'bg' (which expects a background image URL instead).
            relit_cond_img_url: URL of conditioning image. Required for
                relight_condition_type='ref'/'hdr'. Also required for relight_condition_type='bg'
                (background image). Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            ref_id: Frame index to use as referencen to relight the video with reference. Default:
                0. Limits: minimum 0.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "relit_cond_type": relit_cond_type,
                "relight_parameters": relight_parameters,
                "relit_cond_img_url": relit_cond_img_url,
                "ref_id": ref_id,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        relit_cond_type: Literal["ic", "ref", "hdr", "bg"] | Omit = omit,
        relight_parameters: RelightParameters | None | Omit = omit,
        relit_cond_img_url: FileInput | None | Omit = omit,
        ref_id: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LightxRelightOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Optional text prompt. If omitted, Light-X will auto-caption the video.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            relit_cond_type: Relight condition type. Default: "ic".
            relight_parameters: Relighting parameters (required for relight_condition_type='ic').
                Not used for 'bg' (which expects a background image URL instead).
            relit_cond_img_url: URL of conditioning image. Required for
                relight_condition_type='ref'/'hdr'. Also required for relight_condition_type='bg'
                (background image). Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            ref_id: Frame index to use as referencen to relight the video with reference. Default:
                0. Limits: minimum 0.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "relit_cond_type": relit_cond_type,
                "relight_parameters": relight_parameters,
                "relit_cond_img_url": relit_cond_img_url,
                "ref_id": ref_id,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        relit_cond_type: Literal["ic", "ref", "hdr", "bg"] | Omit = omit,
        relight_parameters: RelightParameters | None | Omit = omit,
        relit_cond_img_url: FileInput | None | Omit = omit,
        ref_id: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LightxRelightOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Optional text prompt. If omitted, Light-X will auto-caption the video.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            relit_cond_type: Relight condition type. Default: "ic".
            relight_parameters: Relighting parameters (required for relight_condition_type='ic').
                Not used for 'bg' (which expects a background image URL instead).
            relit_cond_img_url: URL of conditioning image. Required for
                relight_condition_type='ref'/'hdr'. Also required for relight_condition_type='bg'
                (background image). Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            ref_id: Frame index to use as referencen to relight the video with reference. Default:
                0. Limits: minimum 0.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "relit_cond_type": relit_cond_type,
                "relight_parameters": relight_parameters,
                "relit_cond_img_url": relit_cond_img_url,
                "ref_id": ref_id,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        relit_cond_type: Literal["ic", "ref", "hdr", "bg"] | Omit = omit,
        relight_parameters: RelightParameters | None | Omit = omit,
        relit_cond_img_url: FileInput | None | Omit = omit,
        ref_id: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LightxRelightOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Optional text prompt. If omitted, Light-X will auto-caption the video.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            relit_cond_type: Relight condition type. Default: "ic".
            relight_parameters: Relighting parameters (required for relight_condition_type='ic').
                Not used for 'bg' (which expects a background image URL instead).
            relit_cond_img_url: URL of conditioning image. Required for
                relight_condition_type='ref'/'hdr'. Also required for relight_condition_type='bg'
                (background image). Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            ref_id: Frame index to use as referencen to relight the video with reference. Default:
                0. Limits: minimum 0.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "seed": seed,
                "relit_cond_type": relit_cond_type,
                "relight_parameters": relight_parameters,
                "relit_cond_img_url": relit_cond_img_url,
                "ref_id": ref_id,
            }
        )
        return self._stream(payload, options)
