# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/heygen/avatar4/image-to-video` (Heygen Avatar4 Image To Video)."""

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
from fal_models.models.heygen_avatar4_image_to_video import (
    AvatarIVBackground,
    HeygenAvatar4ImageToVideoInput,
    HeygenAvatar4ImageToVideoOutput,
)

__all__ = [
    "HeygenAvatar4ImageToVideo",
    "AsyncHeygenAvatar4ImageToVideo",
    "HeygenAvatar4ImageToVideoInput",
    "HeygenAvatar4ImageToVideoOutput",
]


class HeygenAvatar4ImageToVideo(
    SyncEndpoint[HeygenAvatar4ImageToVideoInput, HeygenAvatar4ImageToVideoOutput]
):
    """Heygen Avatar4 Image To Video (`fal-ai/heygen/avatar4/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/heygen/avatar4/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/heygen/avatar4/image-to-video"
    input_model: ClassVar[type[HeygenAvatar4ImageToVideoInput]] = HeygenAvatar4ImageToVideoInput
    output_model: ClassVar[type[HeygenAvatar4ImageToVideoOutput]] = HeygenAvatar4ImageToVideoOutput
    Input = HeygenAvatar4ImageToVideoInput
    Output = HeygenAvatar4ImageToVideoOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        voice: str | None | Omit = omit,
        audio_url: FileInput | None | Omit = omit,
        talking_style: Literal["stable", "expressive"] | Omit = omit,
        expression: Literal["happy"] | None | Omit = omit,
        background: AvatarIVBackground | Omit = omit,
        resolution: Literal["360p", "480p", "540p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        caption: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> HeygenAvatar4ImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to animate. The image should contain a clear face. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The text the avatar will speak.
            voice: Name of the voice to use for the avatar.
            audio_url: URL of an audio file for the avatar to lip-sync to. When provided, overrides
                prompt and voice. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            talking_style: Talking style - 'stable' for minimal movement, 'expressive' for more
                animation. Default: "stable".
            expression: Facial expression.
            background: Background configuration.
            resolution: Video resolution preset. Options: 360p, 480p, 540p, 720p, 1080p. Default:
                "720p".
            aspect_ratio: Aspect ratio of the output video. Use '9:16' for portrait (vertical)
                videos, '16:9' for landscape, or '1:1' for square. Default: "16:9".
            caption: Whether to add captions to the video. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "voice": voice,
                "audio_url": audio_url,
                "talking_style": talking_style,
                "expression": expression,
                "background": background,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "caption": caption,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        voice: str | None | Omit = omit,
        audio_url: FileInput | None | Omit = omit,
        talking_style: Literal["stable", "expressive"] | Omit = omit,
        expression: Literal["happy"] | None | Omit = omit,
        background: AvatarIVBackground | Omit = omit,
        resolution: Literal["360p", "480p", "540p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        caption: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[HeygenAvatar4ImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to animate. The image should contain a clear face. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The text the avatar will speak.
            voice: Name of the voice to use for the avatar.
            audio_url: URL of an audio file for the avatar to lip-sync to. When provided, overrides
                prompt and voice. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            talking_style: Talking style - 'stable' for minimal movement, 'expressive' for more
                animation. Default: "stable".
            expression: Facial expression.
            background: Background configuration.
            resolution: Video resolution preset. Options: 360p, 480p, 540p, 720p, 1080p. Default:
                "720p".
            aspect_ratio: Aspect ratio of the output video. Use '9:16' for portrait (vertical)
                videos, '16:9' for landscape, or '1:1' for square. Default: "16:9".
            caption: Whether to add captions to the video. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "voice": voice,
                "audio_url": audio_url,
                "talking_style": talking_style,
                "expression": expression,
                "background": background,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "caption": caption,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        voice: str | None | Omit = omit,
        audio_url: FileInput | None | Omit = omit,
        talking_style: Literal["stable", "expressive"] | Omit = omit,
        expression: Literal["happy"] | None | Omit = omit,
        background: AvatarIVBackground | Omit = omit,
        resolution: Literal["360p", "480p", "540p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        caption: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HeygenAvatar4ImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to animate. The image should contain a clear face. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The text the avatar will speak.
            voice: Name of the voice to use for the avatar.
            audio_url: URL of an audio file for the avatar to lip-sync to. When provided, overrides
                prompt and voice. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            talking_style: Talking style - 'stable' for minimal movement, 'expressive' for more
                animation. Default: "stable".
            expression: Facial expression.
            background: Background configuration.
            resolution: Video resolution preset. Options: 360p, 480p, 540p, 720p, 1080p. Default:
                "720p".
            aspect_ratio: Aspect ratio of the output video. Use '9:16' for portrait (vertical)
                videos, '16:9' for landscape, or '1:1' for square. Default: "16:9".
            caption: Whether to add captions to the video. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "voice": voice,
                "audio_url": audio_url,
                "talking_style": talking_style,
                "expression": expression,
                "background": background,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "caption": caption,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        voice: str | None | Omit = omit,
        audio_url: FileInput | None | Omit = omit,
        talking_style: Literal["stable", "expressive"] | Omit = omit,
        expression: Literal["happy"] | None | Omit = omit,
        background: AvatarIVBackground | Omit = omit,
        resolution: Literal["360p", "480p", "540p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        caption: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[HeygenAvatar4ImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to animate. The image should contain a clear face. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The text the avatar will speak.
            voice: Name of the voice to use for the avatar.
            audio_url: URL of an audio file for the avatar to lip-sync to. When provided, overrides
                prompt and voice. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            talking_style: Talking style - 'stable' for minimal movement, 'expressive' for more
                animation. Default: "stable".
            expression: Facial expression.
            background: Background configuration.
            resolution: Video resolution preset. Options: 360p, 480p, 540p, 720p, 1080p. Default:
                "720p".
            aspect_ratio: Aspect ratio of the output video. Use '9:16' for portrait (vertical)
                videos, '16:9' for landscape, or '1:1' for square. Default: "16:9".
            caption: Whether to add captions to the video. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "voice": voice,
                "audio_url": audio_url,
                "talking_style": talking_style,
                "expression": expression,
                "background": background,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "caption": caption,
            }
        )
        return self._stream(payload, options)


class AsyncHeygenAvatar4ImageToVideo(
    AsyncEndpoint[HeygenAvatar4ImageToVideoInput, HeygenAvatar4ImageToVideoOutput]
):
    """Heygen Avatar4 Image To Video (`fal-ai/heygen/avatar4/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/heygen/avatar4/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/heygen/avatar4/image-to-video"
    input_model: ClassVar[type[HeygenAvatar4ImageToVideoInput]] = HeygenAvatar4ImageToVideoInput
    output_model: ClassVar[type[HeygenAvatar4ImageToVideoOutput]] = HeygenAvatar4ImageToVideoOutput
    Input = HeygenAvatar4ImageToVideoInput
    Output = HeygenAvatar4ImageToVideoOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        voice: str | None | Omit = omit,
        audio_url: FileInput | None | Omit = omit,
        talking_style: Literal["stable", "expressive"] | Omit = omit,
        expression: Literal["happy"] | None | Omit = omit,
        background: AvatarIVBackground | Omit = omit,
        resolution: Literal["360p", "480p", "540p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        caption: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> HeygenAvatar4ImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to animate. The image should contain a clear face. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The text the avatar will speak.
            voice: Name of the voice to use for the avatar.
            audio_url: URL of an audio file for the avatar to lip-sync to. When provided, overrides
                prompt and voice. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            talking_style: Talking style - 'stable' for minimal movement, 'expressive' for more
                animation. Default: "stable".
            expression: Facial expression.
            background: Background configuration.
            resolution: Video resolution preset. Options: 360p, 480p, 540p, 720p, 1080p. Default:
                "720p".
            aspect_ratio: Aspect ratio of the output video. Use '9:16' for portrait (vertical)
                videos, '16:9' for landscape, or '1:1' for square. Default: "16:9".
            caption: Whether to add captions to the video. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "voice": voice,
                "audio_url": audio_url,
                "talking_style": talking_style,
                "expression": expression,
                "background": background,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "caption": caption,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        voice: str | None | Omit = omit,
        audio_url: FileInput | None | Omit = omit,
        talking_style: Literal["stable", "expressive"] | Omit = omit,
        expression: Literal["happy"] | None | Omit = omit,
        background: AvatarIVBackground | Omit = omit,
        resolution: Literal["360p", "480p", "540p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        caption: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[HeygenAvatar4ImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to animate. The image should contain a clear face. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The text the avatar will speak.
            voice: Name of the voice to use for the avatar.
            audio_url: URL of an audio file for the avatar to lip-sync to. When provided, overrides
                prompt and voice. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            talking_style: Talking style - 'stable' for minimal movement, 'expressive' for more
                animation. Default: "stable".
            expression: Facial expression.
            background: Background configuration.
            resolution: Video resolution preset. Options: 360p, 480p, 540p, 720p, 1080p. Default:
                "720p".
            aspect_ratio: Aspect ratio of the output video. Use '9:16' for portrait (vertical)
                videos, '16:9' for landscape, or '1:1' for square. Default: "16:9".
            caption: Whether to add captions to the video. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "voice": voice,
                "audio_url": audio_url,
                "talking_style": talking_style,
                "expression": expression,
                "background": background,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "caption": caption,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        voice: str | None | Omit = omit,
        audio_url: FileInput | None | Omit = omit,
        talking_style: Literal["stable", "expressive"] | Omit = omit,
        expression: Literal["happy"] | None | Omit = omit,
        background: AvatarIVBackground | Omit = omit,
        resolution: Literal["360p", "480p", "540p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        caption: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HeygenAvatar4ImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to animate. The image should contain a clear face. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The text the avatar will speak.
            voice: Name of the voice to use for the avatar.
            audio_url: URL of an audio file for the avatar to lip-sync to. When provided, overrides
                prompt and voice. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            talking_style: Talking style - 'stable' for minimal movement, 'expressive' for more
                animation. Default: "stable".
            expression: Facial expression.
            background: Background configuration.
            resolution: Video resolution preset. Options: 360p, 480p, 540p, 720p, 1080p. Default:
                "720p".
            aspect_ratio: Aspect ratio of the output video. Use '9:16' for portrait (vertical)
                videos, '16:9' for landscape, or '1:1' for square. Default: "16:9".
            caption: Whether to add captions to the video. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "voice": voice,
                "audio_url": audio_url,
                "talking_style": talking_style,
                "expression": expression,
                "background": background,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "caption": caption,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        voice: str | None | Omit = omit,
        audio_url: FileInput | None | Omit = omit,
        talking_style: Literal["stable", "expressive"] | Omit = omit,
        expression: Literal["happy"] | None | Omit = omit,
        background: AvatarIVBackground | Omit = omit,
        resolution: Literal["360p", "480p", "540p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        caption: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[HeygenAvatar4ImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to animate. The image should contain a clear face. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The text the avatar will speak.
            voice: Name of the voice to use for the avatar.
            audio_url: URL of an audio file for the avatar to lip-sync to. When provided, overrides
                prompt and voice. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            talking_style: Talking style - 'stable' for minimal movement, 'expressive' for more
                animation. Default: "stable".
            expression: Facial expression.
            background: Background configuration.
            resolution: Video resolution preset. Options: 360p, 480p, 540p, 720p, 1080p. Default:
                "720p".
            aspect_ratio: Aspect ratio of the output video. Use '9:16' for portrait (vertical)
                videos, '16:9' for landscape, or '1:1' for square. Default: "16:9".
            caption: Whether to add captions to the video. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "voice": voice,
                "audio_url": audio_url,
                "talking_style": talking_style,
                "expression": expression,
                "background": background,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "caption": caption,
            }
        )
        return self._stream(payload, options)
