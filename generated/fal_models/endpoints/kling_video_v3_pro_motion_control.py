# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-video/v3/pro/motion-control` (Kling Video V3 Pro Motion
Control).
"""

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
from fal_models.models.kling_video_v3_pro_motion_control import (
    KlingV3ImageElementInput,
    KlingVideoV3ProMotionControlInput,
    KlingVideoV3ProMotionControlOutput,
)

__all__ = [
    "KlingVideoV3ProMotionControl",
    "AsyncKlingVideoV3ProMotionControl",
    "KlingVideoV3ProMotionControlInput",
    "KlingVideoV3ProMotionControlOutput",
]


class KlingVideoV3ProMotionControl(
    SyncEndpoint[KlingVideoV3ProMotionControlInput, KlingVideoV3ProMotionControlOutput]
):
    """Kling Video V3 Pro Motion Control (`fal-ai/kling-video/v3/pro/motion-control`).

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/v3/pro/motion-control/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/v3/pro/motion-control"
    input_model: ClassVar[type[KlingVideoV3ProMotionControlInput]] = (
        KlingVideoV3ProMotionControlInput
    )
    output_model: ClassVar[type[KlingVideoV3ProMotionControlOutput]] = (
        KlingVideoV3ProMotionControlOutput
    )
    Input = KlingVideoV3ProMotionControlInput
    Output = KlingVideoV3ProMotionControlOutput

    def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        video_url: FileInput,
        keep_original_sound: bool | Omit = omit,
        character_orientation: Literal["image", "video"],
        elements: list[KlingV3ImageElementInput] | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KlingVideoV3ProMotionControlOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            image_url: Reference image URL. The characters, backgrounds, and other elements in the
                generated video are based on this reference image. Characters should have clear body
                proportions, avoid occlusion, and occupy more than 5% of the image area. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: Reference video URL. The character actions in the generated video will be
                consistent with this reference video. Should contain a realistic style character
                with entire body or upper body visible, including head, without obstruction.
                Duration limit depends on character_orientation: 10s max for 'image', 30s max for
                'video'. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keep_original_sound: Whether to keep the original sound from the reference video.
                Default: true.
            character_orientation: Controls whether the output character's orientation matches the
                reference image or video. 'video': orientation matches reference video - better for
                complex motions (max 30s). 'image': orientation matches reference image - better for
                following camera movements (max 10s).
            elements: Optional element for facial consistency binding. Upload a facial element to
                enhance identity preservation in the generated video. Only 1 element is supported.
                Reference in prompt as @Element1. Element binding is only supported when
                character_orientation is 'video'.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "keep_original_sound": keep_original_sound,
                "character_orientation": character_orientation,
                "elements": elements,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        video_url: FileInput,
        keep_original_sound: bool | Omit = omit,
        character_orientation: Literal["image", "video"],
        elements: list[KlingV3ImageElementInput] | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingVideoV3ProMotionControlOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            image_url: Reference image URL. The characters, backgrounds, and other elements in the
                generated video are based on this reference image. Characters should have clear body
                proportions, avoid occlusion, and occupy more than 5% of the image area. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: Reference video URL. The character actions in the generated video will be
                consistent with this reference video. Should contain a realistic style character
                with entire body or upper body visible, including head, without obstruction.
                Duration limit depends on character_orientation: 10s max for 'image', 30s max for
                'video'. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keep_original_sound: Whether to keep the original sound from the reference video.
                Default: true.
            character_orientation: Controls whether the output character's orientation matches the
                reference image or video. 'video': orientation matches reference video - better for
                complex motions (max 30s). 'image': orientation matches reference image - better for
                following camera movements (max 10s).
            elements: Optional element for facial consistency binding. Upload a facial element to
                enhance identity preservation in the generated video. Only 1 element is supported.
                Reference in prompt as @Element1. Element binding is only supported when
                character_orientation is 'video'.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "keep_original_sound": keep_original_sound,
                "character_orientation": character_orientation,
                "elements": elements,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        video_url: FileInput,
        keep_original_sound: bool | Omit = omit,
        character_orientation: Literal["image", "video"],
        elements: list[KlingV3ImageElementInput] | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoV3ProMotionControlOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            image_url: Reference image URL. The characters, backgrounds, and other elements in the
                generated video are based on this reference image. Characters should have clear body
                proportions, avoid occlusion, and occupy more than 5% of the image area. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: Reference video URL. The character actions in the generated video will be
                consistent with this reference video. Should contain a realistic style character
                with entire body or upper body visible, including head, without obstruction.
                Duration limit depends on character_orientation: 10s max for 'image', 30s max for
                'video'. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keep_original_sound: Whether to keep the original sound from the reference video.
                Default: true.
            character_orientation: Controls whether the output character's orientation matches the
                reference image or video. 'video': orientation matches reference video - better for
                complex motions (max 30s). 'image': orientation matches reference image - better for
                following camera movements (max 10s).
            elements: Optional element for facial consistency binding. Upload a facial element to
                enhance identity preservation in the generated video. Only 1 element is supported.
                Reference in prompt as @Element1. Element binding is only supported when
                character_orientation is 'video'.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "keep_original_sound": keep_original_sound,
                "character_orientation": character_orientation,
                "elements": elements,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        video_url: FileInput,
        keep_original_sound: bool | Omit = omit,
        character_orientation: Literal["image", "video"],
        elements: list[KlingV3ImageElementInput] | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingVideoV3ProMotionControlOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            image_url: Reference image URL. The characters, backgrounds, and other elements in the
                generated video are based on this reference image. Characters should have clear body
                proportions, avoid occlusion, and occupy more than 5% of the image area. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: Reference video URL. The character actions in the generated video will be
                consistent with this reference video. Should contain a realistic style character
                with entire body or upper body visible, including head, without obstruction.
                Duration limit depends on character_orientation: 10s max for 'image', 30s max for
                'video'. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keep_original_sound: Whether to keep the original sound from the reference video.
                Default: true.
            character_orientation: Controls whether the output character's orientation matches the
                reference image or video. 'video': orientation matches reference video - better for
                complex motions (max 30s). 'image': orientation matches reference image - better for
                following camera movements (max 10s).
            elements: Optional element for facial consistency binding. Upload a facial element to
                enhance identity preservation in the generated video. Only 1 element is supported.
                Reference in prompt as @Element1. Element binding is only supported when
                character_orientation is 'video'.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "keep_original_sound": keep_original_sound,
                "character_orientation": character_orientation,
                "elements": elements,
            }
        )
        return self._stream(payload, options)


class AsyncKlingVideoV3ProMotionControl(
    AsyncEndpoint[KlingVideoV3ProMotionControlInput, KlingVideoV3ProMotionControlOutput]
):
    """Kling Video V3 Pro Motion Control (`fal-ai/kling-video/v3/pro/motion-control`).

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/v3/pro/motion-control/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/v3/pro/motion-control"
    input_model: ClassVar[type[KlingVideoV3ProMotionControlInput]] = (
        KlingVideoV3ProMotionControlInput
    )
    output_model: ClassVar[type[KlingVideoV3ProMotionControlOutput]] = (
        KlingVideoV3ProMotionControlOutput
    )
    Input = KlingVideoV3ProMotionControlInput
    Output = KlingVideoV3ProMotionControlOutput

    async def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        video_url: FileInput,
        keep_original_sound: bool | Omit = omit,
        character_orientation: Literal["image", "video"],
        elements: list[KlingV3ImageElementInput] | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingVideoV3ProMotionControlOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            image_url: Reference image URL. The characters, backgrounds, and other elements in the
                generated video are based on this reference image. Characters should have clear body
                proportions, avoid occlusion, and occupy more than 5% of the image area. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: Reference video URL. The character actions in the generated video will be
                consistent with this reference video. Should contain a realistic style character
                with entire body or upper body visible, including head, without obstruction.
                Duration limit depends on character_orientation: 10s max for 'image', 30s max for
                'video'. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keep_original_sound: Whether to keep the original sound from the reference video.
                Default: true.
            character_orientation: Controls whether the output character's orientation matches the
                reference image or video. 'video': orientation matches reference video - better for
                complex motions (max 30s). 'image': orientation matches reference image - better for
                following camera movements (max 10s).
            elements: Optional element for facial consistency binding. Upload a facial element to
                enhance identity preservation in the generated video. Only 1 element is supported.
                Reference in prompt as @Element1. Element binding is only supported when
                character_orientation is 'video'.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "keep_original_sound": keep_original_sound,
                "character_orientation": character_orientation,
                "elements": elements,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        video_url: FileInput,
        keep_original_sound: bool | Omit = omit,
        character_orientation: Literal["image", "video"],
        elements: list[KlingV3ImageElementInput] | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingVideoV3ProMotionControlOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            image_url: Reference image URL. The characters, backgrounds, and other elements in the
                generated video are based on this reference image. Characters should have clear body
                proportions, avoid occlusion, and occupy more than 5% of the image area. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: Reference video URL. The character actions in the generated video will be
                consistent with this reference video. Should contain a realistic style character
                with entire body or upper body visible, including head, without obstruction.
                Duration limit depends on character_orientation: 10s max for 'image', 30s max for
                'video'. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keep_original_sound: Whether to keep the original sound from the reference video.
                Default: true.
            character_orientation: Controls whether the output character's orientation matches the
                reference image or video. 'video': orientation matches reference video - better for
                complex motions (max 30s). 'image': orientation matches reference image - better for
                following camera movements (max 10s).
            elements: Optional element for facial consistency binding. Upload a facial element to
                enhance identity preservation in the generated video. Only 1 element is supported.
                Reference in prompt as @Element1. Element binding is only supported when
                character_orientation is 'video'.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "keep_original_sound": keep_original_sound,
                "character_orientation": character_orientation,
                "elements": elements,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        video_url: FileInput,
        keep_original_sound: bool | Omit = omit,
        character_orientation: Literal["image", "video"],
        elements: list[KlingV3ImageElementInput] | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoV3ProMotionControlOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            image_url: Reference image URL. The characters, backgrounds, and other elements in the
                generated video are based on this reference image. Characters should have clear body
                proportions, avoid occlusion, and occupy more than 5% of the image area. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: Reference video URL. The character actions in the generated video will be
                consistent with this reference video. Should contain a realistic style character
                with entire body or upper body visible, including head, without obstruction.
                Duration limit depends on character_orientation: 10s max for 'image', 30s max for
                'video'. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keep_original_sound: Whether to keep the original sound from the reference video.
                Default: true.
            character_orientation: Controls whether the output character's orientation matches the
                reference image or video. 'video': orientation matches reference video - better for
                complex motions (max 30s). 'image': orientation matches reference image - better for
                following camera movements (max 10s).
            elements: Optional element for facial consistency binding. Upload a facial element to
                enhance identity preservation in the generated video. Only 1 element is supported.
                Reference in prompt as @Element1. Element binding is only supported when
                character_orientation is 'video'.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "keep_original_sound": keep_original_sound,
                "character_orientation": character_orientation,
                "elements": elements,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        image_url: FileInput,
        video_url: FileInput,
        keep_original_sound: bool | Omit = omit,
        character_orientation: Literal["image", "video"],
        elements: list[KlingV3ImageElementInput] | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingVideoV3ProMotionControlOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            image_url: Reference image URL. The characters, backgrounds, and other elements in the
                generated video are based on this reference image. Characters should have clear body
                proportions, avoid occlusion, and occupy more than 5% of the image area. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: Reference video URL. The character actions in the generated video will be
                consistent with this reference video. Should contain a realistic style character
                with entire body or upper body visible, including head, without obstruction.
                Duration limit depends on character_orientation: 10s max for 'image', 30s max for
                'video'. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keep_original_sound: Whether to keep the original sound from the reference video.
                Default: true.
            character_orientation: Controls whether the output character's orientation matches the
                reference image or video. 'video': orientation matches reference video - better for
                complex motions (max 30s). 'image': orientation matches reference image - better for
                following camera movements (max 10s).
            elements: Optional element for facial consistency binding. Upload a facial element to
                enhance identity preservation in the generated video. Only 1 element is supported.
                Reference in prompt as @Element1. Element binding is only supported when
                character_orientation is 'video'.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "keep_original_sound": keep_original_sound,
                "character_orientation": character_orientation,
                "elements": elements,
            }
        )
        return self._stream(payload, options)
