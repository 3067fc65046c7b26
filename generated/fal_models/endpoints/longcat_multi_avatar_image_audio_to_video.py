# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/longcat-multi-avatar/image-audio-to-video` (Longcat Multi Avatar
Image Audio To Video).
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
from fal_models.models.longcat_multi_avatar_image_audio_to_video import (
    BoundingBox,
    LongcatMultiAvatarImageAudioToVideoInput,
    LongcatMultiAvatarImageAudioToVideoOutput,
)

__all__ = [
    "LongcatMultiAvatarImageAudioToVideo",
    "AsyncLongcatMultiAvatarImageAudioToVideo",
    "LongcatMultiAvatarImageAudioToVideoInput",
    "LongcatMultiAvatarImageAudioToVideoOutput",
]


class LongcatMultiAvatarImageAudioToVideo(
    SyncEndpoint[
        LongcatMultiAvatarImageAudioToVideoInput, LongcatMultiAvatarImageAudioToVideoOutput
    ]
):
    """Longcat Multi Avatar Image Audio To Video
    (`fal-ai/longcat-multi-avatar/image-audio-to-video`).

    Request model for multi-speaker image+audio to video generation.

    Category: audio-to-video.
    Docs: https://fal.ai/models/fal-ai/longcat-multi-avatar/image-audio-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/longcat-multi-avatar/image-audio-to-video"
    input_model: ClassVar[type[LongcatMultiAvatarImageAudioToVideoInput]] = (
        LongcatMultiAvatarImageAudioToVideoInput
    )
    output_model: ClassVar[type[LongcatMultiAvatarImageAudioToVideoOutput]] = (
        LongcatMultiAvatarImageAudioToVideoOutput
    )
    Input = LongcatMultiAvatarImageAudioToVideoInput
    Output = LongcatMultiAvatarImageAudioToVideoOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        audio_url_person1: str | None | Omit = omit,
        audio_url_person2: str | None | Omit = omit,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        bbox_person1: BoundingBox | None | Omit = omit,
        bbox_person2: BoundingBox | None | Omit = omit,
        audio_type: Literal["para", "add"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        text_guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_segments: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> LongcatMultiAvatarImageAudioToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image containing two speakers. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            audio_url_person1: The URL of the audio file for person 1 (left side). Default:
                "https://raw.githubusercontent.com/meituan-longcat/LongCat-Video/refs/heads/main/assets/avatar/multi/sing_man.WAV".
            audio_url_person2: The URL of the audio file for person 2 (right side). Default:
                "https://raw.githubusercontent.com/meituan-longcat/LongCat-Video/refs/heads/main/assets/avatar/multi/sing_woman.WAV".
            prompt: The prompt to guide the video generation. Default: "Two people are having a
                conversation with natural expressions and movements.".
            negative_prompt: The negative prompt to avoid in the video generation. Default:
                "Close-up, Bright tones, overexposed, static, blurred details, subtitles, style,
                works, paintings, images, static, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, misshapen limbs, fused fingers, still picture,
                messy background, three legs, many people in the background, walking backwards".
            bbox_person1: Bounding box for person 1. If not provided, defaults to left half of
                image.
            bbox_person2: Bounding box for person 2. If not provided, defaults to right half of
                image.
            audio_type: How to combine the two audio tracks. 'para' (parallel) plays both
                simultaneously, 'add' (sequential) plays person 1 first then person 2. Default:
                "para".
            num_inference_steps: The number of inference steps to use. Default: 30. Limits: minimum
                10, maximum 100.
            text_guidance_scale: The text guidance scale for classifier-free guidance. Default: 4.
                Limits: minimum 1, maximum 10.
            audio_guidance_scale: The audio guidance scale. Higher values may lead to exaggerated
                mouth movements. Default: 4. Limits: minimum 1, maximum 10.
            resolution: Resolution of the generated video (480p or 720p). Billing is per
                video-second (16 frames): 480p is 1 unit per second and 720p is 4 units per second.
                Default: "480p".
            num_segments: Number of video segments to generate. Each segment adds ~5 seconds of
                video. First segment is ~5.8s, additional segments are 5s each. Default: 1. Limits:
                minimum 1, maximum 10.
            seed: The seed for the random number generator.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url_person1": audio_url_person1,
                "audio_url_person2": audio_url_person2,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "bbox_person1": bbox_person1,
                "bbox_person2": bbox_person2,
                "audio_type": audio_type,
                "num_inference_steps": num_inference_steps,
                "text_guidance_scale": text_guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "resolution": resolution,
                "num_segments": num_segments,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        audio_url_person1: str | None | Omit = omit,
        audio_url_person2: str | None | Omit = omit,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        bbox_person1: BoundingBox | None | Omit = omit,
        bbox_person2: BoundingBox | None | Omit = omit,
        audio_type: Literal["para", "add"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        text_guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_segments: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LongcatMultiAvatarImageAudioToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image containing two speakers. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            audio_url_person1: The URL of the audio file for person 1 (left side). Default:
                "https://raw.githubusercontent.com/meituan-longcat/LongCat-Video/refs/heads/main/assets/avatar/multi/sing_man.WAV".
            audio_url_person2: The URL of the audio file for person 2 (right side). Default:
                "https://raw.githubusercontent.com/meituan-longcat/LongCat-Video/refs/heads/main/assets/avatar/multi/sing_woman.WAV".
            prompt: The prompt to guide the video generation. Default: "Two people are having a
                conversation with natural expressions and movements.".
            negative_prompt: The negative prompt to avoid in the video generation. Default:
                "Close-up, Bright tones, overexposed, static, blurred details, subtitles, style,
                works, paintings, images, static, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, misshapen limbs, fused fingers, still picture,
                messy background, three legs, many people in the background, walking backwards".
            bbox_person1: Bounding box for person 1. If not provided, defaults to left half of
                image.
            bbox_person2: Bounding box for person 2. If not provided, defaults to right half of
                image.
            audio_type: How to combine the two audio tracks. 'para' (parallel) plays both
                simultaneously, 'add' (sequential) plays person 1 first then person 2. Default:
                "para".
            num_inference_steps: The number of inference steps to use. Default: 30. Limits: minimum
                10, maximum 100.
            text_guidance_scale: The text guidance scale for classifier-free guidance. Default: 4.
                Limits: minimum 1, maximum 10.
            audio_guidance_scale: The audio guidance scale. Higher values may lead to exaggerated
                mouth movements. Default: 4. Limits: minimum 1, maximum 10.
            resolution: Resolution of the generated video (480p or 720p). Billing is per
                video-second (16 frames): 480p is 1 unit per second and 720p is 4 units per second.
                Default: "480p".
            num_segments: Number of video segments to generate. Each segment adds ~5 seconds of
                video. First segment is ~5.8s, additional segments are 5s each. Default: 1. Limits:
                minimum 1, maximum 10.
            seed: The seed for the random number generator.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url_person1": audio_url_person1,
                "audio_url_person2": audio_url_person2,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "bbox_person1": bbox_person1,
                "bbox_person2": bbox_person2,
                "audio_type": audio_type,
                "num_inference_steps": num_inference_steps,
                "text_guidance_scale": text_guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "resolution": resolution,
                "num_segments": num_segments,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        audio_url_person1: str | None | Omit = omit,
        audio_url_person2: str | None | Omit = omit,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        bbox_person1: BoundingBox | None | Omit = omit,
        bbox_person2: BoundingBox | None | Omit = omit,
        audio_type: Literal["para", "add"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        text_guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_segments: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LongcatMultiAvatarImageAudioToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image containing two speakers. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            audio_url_person1: The URL of the audio file for person 1 (left side). Default:
                "https://raw.githubusercontent.com/meituan-longcat/LongCat-Video/refs/heads/main/assets/avatar/multi/sing_man.WAV".
            audio_url_person2: The URL of the audio file for person 2 (right side). Default:
                "https://raw.githubusercontent.com/meituan-longcat/LongCat-Video/refs/heads/main/assets/avatar/multi/sing_woman.WAV".
            prompt: The prompt to guide the video generation. Default: "Two people are having a
                conversation with natural expressions and movements.".
            negative_prompt: The negative prompt to avoid in the video generation. Default:
                "Close-up, Bright tones, overexposed, static, blurred details, subtitles, style,
                works, paintings, images, static, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, misshapen limbs, fused fingers, still picture,
                messy background, three legs, many people in the background, walking backwards".
            bbox_person1: Bounding box for person 1. If not provided, defaults to left half of
                image.
            bbox_person2: Bounding box for person 2. If not provided, defaults to right half of
                image.
            audio_type: How to combine the two audio tracks. 'para' (parallel) plays both
                simultaneously, 'add' (sequential) plays person 1 first then person 2. Default:
                "para".
            num_inference_steps: The number of inference steps to use. Default: 30. Limits: minimum
                10, maximum 100.
            text_guidance_scale: The text guidance scale for classifier-free guidance. Default: 4.
                Limits: minimum 1, maximum 10.
            audio_guidance_scale: The audio guidance scale. Higher values may lead to exaggerated
                mouth movements. Default: 4. Limits: minimum 1, maximum 10.
            resolution: Resolution of the generated video (480p or 720p). Billing is per
                video-second (16 frames): 480p is 1 unit per second and 720p is 4 units per second.
                Default: "480p".
            num_segments: Number of video segments to generate. Each segment adds ~5 seconds of
                video. First segment is ~5.8s, additional segments are 5s each. Default: 1. Limits:
                minimum 1, maximum 10.
            seed: The seed for the random number generator.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url_person1": audio_url_person1,
                "audio_url_person2": audio_url_person2,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "bbox_person1": bbox_person1,
                "bbox_person2": bbox_person2,
                "audio_type": audio_type,
                "num_inference_steps": num_inference_steps,
                "text_guidance_scale": text_guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "resolution": resolution,
                "num_segments": num_segments,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        audio_url_person1: str | None | Omit = omit,
        audio_url_person2: str | None | Omit = omit,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        bbox_person1: BoundingBox | None | Omit = omit,
        bbox_person2: BoundingBox | None | Omit = omit,
        audio_type: Literal["para", "add"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        text_guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_segments: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LongcatMultiAvatarImageAudioToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image containing two speakers. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            audio_url_person1: The URL of the audio file for person 1 (left side). Default:
                "https://raw.githubusercontent.com/meituan-longcat/LongCat-Video/refs/heads/main/assets/avatar/multi/sing_man.WAV".
            audio_url_person2: The URL of the audio file for person 2 (right side). Default:
                "https://raw.githubusercontent.com/meituan-longcat/LongCat-Video/refs/heads/main/assets/avatar/multi/sing_woman.WAV".
            prompt: The prompt to guide the video generation. Default: "Two people are having a
                conversation with natural expressions and movements.".
            negative_prompt: The negative prompt to avoid in the video generation. Default:
                "Close-up, Bright tones, overexposed, static, blurred details, subtitles, style,
                works, paintings, images, static, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, misshapen limbs, fused fingers, still picture,
                messy background, three legs, many people in the background, walking backwards".
            bbox_person1: Bounding box for person 1. If not provided, defaults to left half of
                image.
            bbox_person2: Bounding box for person 2. If not provided, defaults to right half of
                image.
            audio_type: How to combine the two audio tracks. 'para' (parallel) plays both
                simultaneously, 'add' (sequential) plays person 1 first then person 2. Default:
                "para".
            num_inference_steps: The number of inference steps to use. Default: 30. Limits: minimum
                10, maximum 100.
            text_guidance_scale: The text guidance scale for classifier-free guidance. Default: 4.
                Limits: minimum 1, maximum 10.
            audio_guidance_scale: The audio guidance scale. Higher values may lead to exaggerated
                mouth movements. Default: 4. Limits: minimum 1, maximum 10.
            resolution: Resolution of the generated video (480p or 720p). Billing is per
                video-second (16 frames): 480p is 1 unit per second and 720p is 4 units per second.
                Default: "480p".
            num_segments: Number of video segments to generate. Each segment adds ~5 seconds of
                video. First segment is ~5.8s, additional segments are 5s each. Default: 1. Limits:
                minimum 1, maximum 10.
            seed: The seed for the random number generator.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url_person1": audio_url_person1,
                "audio_url_person2": audio_url_person2,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "bbox_person1": bbox_person1,
                "bbox_person2": bbox_person2,
                "audio_type": audio_type,
                "num_inference_steps": num_inference_steps,
                "text_guidance_scale": text_guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "resolution": resolution,
                "num_segments": num_segments,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncLongcatMultiAvatarImageAudioToVideo(
    AsyncEndpoint[
        LongcatMultiAvatarImageAudioToVideoInput, LongcatMultiAvatarImageAudioToVideoOutput
    ]
):
    """Longcat Multi Avatar Image Audio To Video
    (`fal-ai/longcat-multi-avatar/image-audio-to-video`).

    Request model for multi-speaker image+audio to video generation.

    Category: audio-to-video.
    Docs: https://fal.ai/models/fal-ai/longcat-multi-avatar/image-audio-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/longcat-multi-avatar/image-audio-to-video"
    input_model: ClassVar[type[LongcatMultiAvatarImageAudioToVideoInput]] = (
        LongcatMultiAvatarImageAudioToVideoInput
    )
    output_model: ClassVar[type[LongcatMultiAvatarImageAudioToVideoOutput]] = (
        LongcatMultiAvatarImageAudioToVideoOutput
    )
    Input = LongcatMultiAvatarImageAudioToVideoInput
    Output = LongcatMultiAvatarImageAudioToVideoOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        audio_url_person1: str | None | Omit = omit,
        audio_url_person2: str | None | Omit = omit,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        bbox_person1: BoundingBox | None | Omit = omit,
        bbox_person2: BoundingBox | None | Omit = omit,
        audio_type: Literal["para", "add"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        text_guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_segments: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LongcatMultiAvatarImageAudioToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image containing two speakers. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            audio_url_person1: The URL of the audio file for person 1 (left side). Default:
                "https://raw.githubusercontent.com/meituan-longcat/LongCat-Video/refs/heads/main/assets/avatar/multi/sing_man.WAV".
            audio_url_person2: The URL of the audio file for person 2 (right side). Default:
                "https://raw.githubusercontent.com/meituan-longcat/LongCat-Video/refs/heads/main/assets/avatar/multi/sing_woman.WAV".
            prompt: The prompt to guide the video generation. Default: "Two people are having a
                conversation with natural expressions and movements.".
            negative_prompt: The negative prompt to avoid in the video generation. Default:
                "Close-up, Bright tones, overexposed, static, blurred details, subtitles, style,
                works, paintings, images, static, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, misshapen limbs, fused fingers, still picture,
                messy background, three legs, many people in the background, walking backwards".
            bbox_person1: Bounding box for person 1. If not provided, defaults to left half of
                image.
            bbox_person2: Bounding box for person 2. If not provided, defaults to right half of
                image.
            audio_type: How to combine the two audio tracks. 'para' (parallel) plays both
                simultaneously, 'add' (sequential) plays person 1 first then person 2. Default:
                "para".
            num_inference_steps: The number of inference steps to use. Default: 30. Limits: minimum
                10, maximum 100.
            text_guidance_scale: The text guidance scale for classifier-free guidance. Default: 4.
                Limits: minimum 1, maximum 10.
            audio_guidance_scale: The audio guidance scale. Higher values may lead to exaggerated
                mouth movements. Default: 4. Limits: minimum 1, maximum 10.
            resolution: Resolution of the generated video (480p or 720p). Billing is per
                video-second (16 frames): 480p is 1 unit per second and 720p is 4 units per second.
                Default: "480p".
            num_segments: Number of video segments to generate. Each segment adds ~5 seconds of
                video. First segment is ~5.8s, additional segments are 5s each. Default: 1. Limits:
                minimum 1, maximum 10.
            seed: The seed for the random number generator.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url_person1": audio_url_person1,
                "audio_url_person2": audio_url_person2,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "bbox_person1": bbox_person1,
                "bbox_person2": bbox_person2,
                "audio_type": audio_type,
                "num_inference_steps": num_inference_steps,
                "text_guidance_scale": text_guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "resolution": resolution,
                "num_segments": num_segments,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        audio_url_person1: str | None | Omit = omit,
        audio_url_person2: str | None | Omit = omit,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        bbox_person1: BoundingBox | None | Omit = omit,
        bbox_person2: BoundingBox | None | Omit = omit,
        audio_type: Literal["para", "add"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        text_guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_segments: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LongcatMultiAvatarImageAudioToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image containing two speakers. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            audio_url_person1: The URL of the audio file for person 1 (left side). Default:
                "https://raw.githubusercontent.com/meituan-longcat/LongCat-Video/refs/heads/main/assets/avatar/multi/sing_man.WAV".
            audio_url_person2: The URL of the audio file for person 2 (right side). Default:
                "https://raw.githubusercontent.com/meituan-longcat/LongCat-Video/refs/heads/main/assets/avatar/multi/sing_woman.WAV".
            prompt: The prompt to guide the video generation. Default: "Two people are having a
                conversation with natural expressions and movements.".
            negative_prompt: The negative prompt to avoid in the video generation. Default:
                "Close-up, Bright tones, overexposed, static, blurred details, subtitles, style,
                works, paintings, images, static, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, misshapen limbs, fused fingers, still picture,
                messy background, three legs, many people in the background, walking backwards".
            bbox_person1: Bounding box for person 1. If not provided, defaults to left half of
                image.
            bbox_person2: Bounding box for person 2. If not provided, defaults to right half of
                image.
            audio_type: How to combine the two audio tracks. 'para' (parallel) plays both
                simultaneously, 'add' (sequential) plays person 1 first then person 2. Default:
                "para".
            num_inference_steps: The number of inference steps to use. Default: 30. Limits: minimum
                10, maximum 100.
            text_guidance_scale: The text guidance scale for classifier-free guidance. Default: 4.
                Limits: minimum 1, maximum 10.
            audio_guidance_scale: The audio guidance scale. Higher values may lead to exaggerated
                mouth movements. Default: 4. Limits: minimum 1, maximum 10.
            resolution: Resolution of the generated video (480p or 720p). Billing is per
                video-second (16 frames): 480p is 1 unit per second and 720p is 4 units per second.
                Default: "480p".
            num_segments: Number of video segments to generate. Each segment adds ~5 seconds of
                video. First segment is ~5.8s, additional segments are 5s each. Default: 1. Limits:
                minimum 1, maximum 10.
            seed: The seed for the random number generator.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url_person1": audio_url_person1,
                "audio_url_person2": audio_url_person2,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "bbox_person1": bbox_person1,
                "bbox_person2": bbox_person2,
                "audio_type": audio_type,
                "num_inference_steps": num_inference_steps,
                "text_guidance_scale": text_guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "resolution": resolution,
                "num_segments": num_segments,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        audio_url_person1: str | None | Omit = omit,
        audio_url_person2: str | None | Omit = omit,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        bbox_person1: BoundingBox | None | Omit = omit,
        bbox_person2: BoundingBox | None | Omit = omit,
        audio_type: Literal["para", "add"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        text_guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_segments: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LongcatMultiAvatarImageAudioToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image containing two speakers. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            audio_url_person1: The URL of the audio file for person 1 (left side). Default:
                "https://raw.githubusercontent.com/meituan-longcat/LongCat-Video/refs/heads/main/assets/avatar/multi/sing_man.WAV".
            audio_url_person2: The URL of the audio file for person 2 (right side). Default:
                "https://raw.githubusercontent.com/meituan-longcat/LongCat-Video/refs/heads/main/assets/avatar/multi/sing_woman.WAV".
            prompt: The prompt to guide the video generation. Default: "Two people are having a
                conversation with natural expressions and movements.".
            negative_prompt: The negative prompt to avoid in the video generation. Default:
                "Close-up, Bright tones, overexposed, static, blurred details, subtitles, style,
                works, paintings, images, static, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, misshapen limbs, fused fingers, still picture,
                messy background, three legs, many people in the background, walking backwards".
            bbox_person1: Bounding box for person 1. If not provided, defaults to left half of
                image.
            bbox_person2: Bounding box for person 2. If not provided, defaults to right half of
                image.
            audio_type: How to combine the two audio tracks. 'para' (parallel) plays both
                simultaneously, 'add' (sequential) plays person 1 first then person 2. Default:
                "para".
            num_inference_steps: The number of inference steps to use. Default: 30. Limits: minimum
                10, maximum 100.
            text_guidance_scale: The text guidance scale for classifier-free guidance. Default: 4.
                Limits: minimum 1, maximum 10.
            audio_guidance_scale: The audio guidance scale. Higher values may lead to exaggerated
                mouth movements. Default: 4. Limits: minimum 1, maximum 10.
            resolution: Resolution of the generated video (480p or 720p). Billing is per
                video-second (16 frames): 480p is 1 unit per second and 720p is 4 units per second.
                Default: "480p".
            num_segments: Number of video segments to generate. Each segment adds ~5 seconds of
                video. First segment is ~5.8s, additional segments are 5s each. Default: 1. Limits:
                minimum 1, maximum 10.
            seed: The seed for the random number generator.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url_person1": audio_url_person1,
                "audio_url_person2": audio_url_person2,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "bbox_person1": bbox_person1,
                "bbox_person2": bbox_person2,
                "audio_type": audio_type,
                "num_inference_steps": num_inference_steps,
                "text_guidance_scale": text_guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "resolution": resolution,
                "num_segments": num_segments,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        audio_url_person1: str | None | Omit = omit,
        audio_url_person2: str | None | Omit = omit,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        bbox_person1: BoundingBox | None | Omit = omit,
        bbox_person2: BoundingBox | None | Omit = omit,
        audio_type: Literal["para", "add"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        text_guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_segments: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LongcatMultiAvatarImageAudioToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image containing two speakers. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            audio_url_person1: The URL of the audio file for person 1 (left side). Default:
                "https://raw.githubusercontent.com/meituan-longcat/LongCat-Video/refs/heads/main/assets/avatar/multi/sing_man.WAV".
            audio_url_person2: The URL of the audio file for person 2 (right side). Default:
                "https://raw.githubusercontent.com/meituan-longcat/LongCat-Video/refs/heads/main/assets/avatar/multi/sing_woman.WAV".
            prompt: The prompt to guide the video generation. Default: "Two people are having a
                conversation with natural expressions and movements.".
            negative_prompt: The negative prompt to avoid in the video generation. Default:
                "Close-up, Bright tones, overexposed, static, blurred details, subtitles, style,
                works, paintings, images, static, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, misshapen limbs, fused fingers, still picture,
                messy background, three legs, many people in the background, walking backwards".
            bbox_person1: Bounding box for person 1. If not provided, defaults to left half of
                image.
            bbox_person2: Bounding box for person 2. If not provided, defaults to right half of
                image.
            audio_type: How to combine the two audio tracks. 'para' (parallel) plays both
                simultaneously, 'add' (sequential) plays person 1 first then person 2. Default:
                "para".
            num_inference_steps: The number of inference steps to use. Default: 30. Limits: minimum
                10, maximum 100.
            text_guidance_scale: The text guidance scale for classifier-free guidance. Default: 4.
                Limits: minimum 1, maximum 10.
            audio_guidance_scale: The audio guidance scale. Higher values may lead to exaggerated
                mouth movements. Default: 4. Limits: minimum 1, maximum 10.
            resolution: Resolution of the generated video (480p or 720p). Billing is per
                video-second (16 frames): 480p is 1 unit per second and 720p is 4 units per second.
                Default: "480p".
            num_segments: Number of video segments to generate. Each segment adds ~5 seconds of
                video. First segment is ~5.8s, additional segments are 5s each. Default: 1. Limits:
                minimum 1, maximum 10.
            seed: The seed for the random number generator.
            enable_safety_checker: Whether to enable safety checker. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url_person1": audio_url_person1,
                "audio_url_person2": audio_url_person2,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "bbox_person1": bbox_person1,
                "bbox_person2": bbox_person2,
                "audio_type": audio_type,
                "num_inference_steps": num_inference_steps,
                "text_guidance_scale": text_guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "resolution": resolution,
                "num_segments": num_segments,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
