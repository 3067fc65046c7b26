# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/sadtalker` (Sadtalker)."""

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
from fal_models.models.sadtalker import SadtalkerInput, SadtalkerOutput

__all__ = ["Sadtalker", "AsyncSadtalker", "SadtalkerInput", "SadtalkerOutput"]


class Sadtalker(SyncEndpoint[SadtalkerInput, SadtalkerOutput]):
    """Sadtalker (`fal-ai/sadtalker`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/sadtalker/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sadtalker"
    input_model: ClassVar[type[SadtalkerInput]] = SadtalkerInput
    output_model: ClassVar[type[SadtalkerOutput]] = SadtalkerOutput
    Input = SadtalkerInput
    Output = SadtalkerOutput

    def subscribe(
        self,
        *,
        source_image_url: FileInput,
        driven_audio_url: FileInput,
        pose_style: int | Omit = omit,
        face_model_resolution: Literal["256", "512"] | Omit = omit,
        expression_scale: float | Omit = omit,
        face_enhancer: Literal["gfpgan"] | None | Omit = omit,
        still_mode: bool | Omit = omit,
        preprocess: Literal["crop", "extcrop", "resize", "full", "extfull"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> SadtalkerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            source_image_url: URL of the source image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            driven_audio_url: URL of the driven audio. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            pose_style: The style of the pose. Default: 0. Limits: minimum 0, maximum 45.
            face_model_resolution: The resolution of the face model. Default: "256".
            expression_scale: The scale of the expression. Default: 1. Limits: minimum 0, maximum 3,
                multiple of 0.1.
            face_enhancer: The type of face enhancer to use.
            still_mode: Whether to use still mode. Fewer head motion, works with preprocess `full`.
                Default: false.
            preprocess: The type of preprocessing to use. Default: "crop".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "source_image_url": source_image_url,
                "driven_audio_url": driven_audio_url,
                "pose_style": pose_style,
                "face_model_resolution": face_model_resolution,
                "expression_scale": expression_scale,
                "face_enhancer": face_enhancer,
                "still_mode": still_mode,
                "preprocess": preprocess,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        source_image_url: FileInput,
        driven_audio_url: FileInput,
        pose_style: int | Omit = omit,
        face_model_resolution: Literal["256", "512"] | Omit = omit,
        expression_scale: float | Omit = omit,
        face_enhancer: Literal["gfpgan"] | None | Omit = omit,
        still_mode: bool | Omit = omit,
        preprocess: Literal["crop", "extcrop", "resize", "full", "extfull"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[SadtalkerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            source_image_url: URL of the source image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            driven_audio_url: URL of the driven audio. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            pose_style: The style of the pose. Default: 0. Limits: minimum 0, maximum 45.
            face_model_resolution: The resolution of the face model. Default: "256".
            expression_scale: The scale of the expression. Default: 1. Limits: minimum 0, maximum 3,
                multiple of 0.1.
            face_enhancer: The type of face enhancer to use.
            still_mode: Whether to use still mode. Fewer head motion, works with preprocess `full`.
                Default: false.
            preprocess: The type of preprocessing to use. Default: "crop".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "source_image_url": source_image_url,
                "driven_audio_url": driven_audio_url,
                "pose_style": pose_style,
                "face_model_resolution": face_model_resolution,
                "expression_scale": expression_scale,
                "face_enhancer": face_enhancer,
                "still_mode": still_mode,
                "preprocess": preprocess,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        source_image_url: FileInput,
        driven_audio_url: FileInput,
        pose_style: int | Omit = omit,
        face_model_resolution: Literal["256", "512"] | Omit = omit,
        expression_scale: float | Omit = omit,
        face_enhancer: Literal["gfpgan"] | None | Omit = omit,
        still_mode: bool | Omit = omit,
        preprocess: Literal["crop", "extcrop", "resize", "full", "extfull"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SadtalkerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            source_image_url: URL of the source image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            driven_audio_url: URL of the driven audio. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            pose_style: The style of the pose. Default: 0. Limits: minimum 0, maximum 45.
            face_model_resolution: The resolution of the face model. Default: "256".
            expression_scale: The scale of the expression. Default: 1. Limits: minimum 0, maximum 3,
                multiple of 0.1.
            face_enhancer: The type of face enhancer to use.
            still_mode: Whether to use still mode. Fewer head motion, works with preprocess `full`.
                Default: false.
            preprocess: The type of preprocessing to use. Default: "crop".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "source_image_url": source_image_url,
                "driven_audio_url": driven_audio_url,
                "pose_style": pose_style,
                "face_model_resolution": face_model_resolution,
                "expression_scale": expression_scale,
                "face_enhancer": face_enhancer,
                "still_mode": still_mode,
                "preprocess": preprocess,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        source_image_url: FileInput,
        driven_audio_url: FileInput,
        pose_style: int | Omit = omit,
        face_model_resolution: Literal["256", "512"] | Omit = omit,
        expression_scale: float | Omit = omit,
        face_enhancer: Literal["gfpgan"] | None | Omit = omit,
        still_mode: bool | Omit = omit,
        preprocess: Literal["crop", "extcrop", "resize", "full", "extfull"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[SadtalkerOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            source_image_url: URL of the source image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            driven_audio_url: URL of the driven audio. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            pose_style: The style of the pose. Default: 0. Limits: minimum 0, maximum 45.
            face_model_resolution: The resolution of the face model. Default: "256".
            expression_scale: The scale of the expression. Default: 1. Limits: minimum 0, maximum 3,
                multiple of 0.1.
            face_enhancer: The type of face enhancer to use.
            still_mode: Whether to use still mode. Fewer head motion, works with preprocess `full`.
                Default: false.
            preprocess: The type of preprocessing to use. Default: "crop".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "source_image_url": source_image_url,
                "driven_audio_url": driven_audio_url,
                "pose_style": pose_style,
                "face_model_resolution": face_model_resolution,
                "expression_scale": expression_scale,
                "face_enhancer": face_enhancer,
                "still_mode": still_mode,
                "preprocess": preprocess,
            }
        )
        return self._stream(payload, options)


class AsyncSadtalker(AsyncEndpoint[SadtalkerInput, SadtalkerOutput]):
    """Sadtalker (`fal-ai/sadtalker`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/sadtalker/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sadtalker"
    input_model: ClassVar[type[SadtalkerInput]] = SadtalkerInput
    output_model: ClassVar[type[SadtalkerOutput]] = SadtalkerOutput
    Input = SadtalkerInput
    Output = SadtalkerOutput

    async def subscribe(
        self,
        *,
        source_image_url: FileInput,
        driven_audio_url: FileInput,
        pose_style: int | Omit = omit,
        face_model_resolution: Literal["256", "512"] | Omit = omit,
        expression_scale: float | Omit = omit,
        face_enhancer: Literal["gfpgan"] | None | Omit = omit,
        still_mode: bool | Omit = omit,
        preprocess: Literal["crop", "extcrop", "resize", "full", "extfull"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> SadtalkerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            source_image_url: URL of the source image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            driven_audio_url: URL of the driven audio. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            pose_style: The style of the pose. Default: 0. Limits: minimum 0, maximum 45.
            face_model_resolution: The resolution of the face model. Default: "256".
            expression_scale: The scale of the expression. Default: 1. Limits: minimum 0, maximum 3,
                multiple of 0.1.
            face_enhancer: The type of face enhancer to use.
            still_mode: Whether to use still mode. Fewer head motion, works with preprocess `full`.
                Default: false.
            preprocess: The type of preprocessing to use. Default: "crop".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "source_image_url": source_image_url,
                "driven_audio_url": driven_audio_url,
                "pose_style": pose_style,
                "face_model_resolution": face_model_resolution,
                "expression_scale": expression_scale,
                "face_enhancer": face_enhancer,
                "still_mode": still_mode,
                "preprocess": preprocess,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        source_image_url: FileInput,
        driven_audio_url: FileInput,
        pose_style: int | Omit = omit,
        face_model_resolution: Literal["256", "512"] | Omit = omit,
        expression_scale: float | Omit = omit,
        face_enhancer: Literal["gfpgan"] | None | Omit = omit,
        still_mode: bool | Omit = omit,
        preprocess: Literal["crop", "extcrop", "resize", "full", "extfull"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[SadtalkerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            source_image_url: URL of the source image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            driven_audio_url: URL of the driven audio. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            pose_style: The style of the pose. Default: 0. Limits: minimum 0, maximum 45.
            face_model_resolution: The resolution of the face model. Default: "256".
            expression_scale: The scale of the expression. Default: 1. Limits: minimum 0, maximum 3,
                multiple of 0.1.
            face_enhancer: The type of face enhancer to use.
            still_mode: Whether to use still mode. Fewer head motion, works with preprocess `full`.
                Default: false.
            preprocess: The type of preprocessing to use. Default: "crop".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "source_image_url": source_image_url,
                "driven_audio_url": driven_audio_url,
                "pose_style": pose_style,
                "face_model_resolution": face_model_resolution,
                "expression_scale": expression_scale,
                "face_enhancer": face_enhancer,
                "still_mode": still_mode,
                "preprocess": preprocess,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        source_image_url: FileInput,
        driven_audio_url: FileInput,
        pose_style: int | Omit = omit,
        face_model_resolution: Literal["256", "512"] | Omit = omit,
        expression_scale: float | Omit = omit,
        face_enhancer: Literal["gfpgan"] | None | Omit = omit,
        still_mode: bool | Omit = omit,
        preprocess: Literal["crop", "extcrop", "resize", "full", "extfull"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SadtalkerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            source_image_url: URL of the source image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            driven_audio_url: URL of the driven audio. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            pose_style: The style of the pose. Default: 0. Limits: minimum 0, maximum 45.
            face_model_resolution: The resolution of the face model. Default: "256".
            expression_scale: The scale of the expression. Default: 1. Limits: minimum 0, maximum 3,
                multiple of 0.1.
            face_enhancer: The type of face enhancer to use.
            still_mode: Whether to use still mode. Fewer head motion, works with preprocess `full`.
                Default: false.
            preprocess: The type of preprocessing to use. Default: "crop".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "source_image_url": source_image_url,
                "driven_audio_url": driven_audio_url,
                "pose_style": pose_style,
                "face_model_resolution": face_model_resolution,
                "expression_scale": expression_scale,
                "face_enhancer": face_enhancer,
                "still_mode": still_mode,
                "preprocess": preprocess,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        source_image_url: FileInput,
        driven_audio_url: FileInput,
        pose_style: int | Omit = omit,
        face_model_resolution: Literal["256", "512"] | Omit = omit,
        expression_scale: float | Omit = omit,
        face_enhancer: Literal["gfpgan"] | None | Omit = omit,
        still_mode: bool | Omit = omit,
        preprocess: Literal["crop", "extcrop", "resize", "full", "extfull"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[SadtalkerOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            source_image_url: URL of the source image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            driven_audio_url: URL of the driven audio. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            pose_style: The style of the pose. Default: 0. Limits: minimum 0, maximum 45.
            face_model_resolution: The resolution of the face model. Default: "256".
            expression_scale: The scale of the expression. Default: 1. Limits: minimum 0, maximum 3,
                multiple of 0.1.
            face_enhancer: The type of face enhancer to use.
            still_mode: Whether to use still mode. Fewer head motion, works with preprocess `full`.
                Default: false.
            preprocess: The type of preprocessing to use. Default: "crop".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "source_image_url": source_image_url,
                "driven_audio_url": driven_audio_url,
                "pose_style": pose_style,
                "face_model_resolution": face_model_resolution,
                "expression_scale": expression_scale,
                "face_enhancer": face_enhancer,
                "still_mode": still_mode,
                "preprocess": preprocess,
            }
        )
        return self._stream(payload, options)
