# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/longcat-single-avatar/audio-to-video` (Longcat Single Avatar Audio
To Video).
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
from fal_models.models.longcat_single_avatar_audio_to_video import (
    LongcatSingleAvatarAudioToVideoInput,
    LongcatSingleAvatarAudioToVideoOutput,
)

__all__ = [
    "LongcatSingleAvatarAudioToVideo",
    "AsyncLongcatSingleAvatarAudioToVideo",
    "LongcatSingleAvatarAudioToVideoInput",
    "LongcatSingleAvatarAudioToVideoOutput",
]


class LongcatSingleAvatarAudioToVideo(
    SyncEndpoint[LongcatSingleAvatarAudioToVideoInput, LongcatSingleAvatarAudioToVideoOutput]
):
    """Longcat Single Avatar Audio To Video (`fal-ai/longcat-single-avatar/audio-to-video`).

    Request model for audio-to-video generation.

    Category: audio-to-video.
    Docs: https://fal.ai/models/fal-ai/longcat-single-avatar/audio-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/longcat-single-avatar/audio-to-video"
    input_model: ClassVar[type[LongcatSingleAvatarAudioToVideoInput]] = (
        LongcatSingleAvatarAudioToVideoInput
    )
    output_model: ClassVar[type[LongcatSingleAvatarAudioToVideoOutput]] = (
        LongcatSingleAvatarAudioToVideoOutput
    )
    Input = LongcatSingleAvatarAudioToVideoInput
    Output = LongcatSingleAvatarAudioToVideoOutput

    def subscribe(
        self,
        *,
        audio_url: FileInput,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        text_guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_segments: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> LongcatSingleAvatarAudioToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: The URL of the audio file to drive the avatar. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to guide the video generation. Default: "A person is talking
                naturally with natural expressions and movements.".
            negative_prompt: The negative prompt to avoid in the video generation. Default:
                "Close-up, Bright tones, overexposed, static, blurred details, subtitles, style,
                works, paintings, images, static, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, misshapen limbs, fused fingers, still picture,
                messy background, three legs, many people in the background, walking backwards".
            num_inference_steps: The number of inference steps to use. Default: 50. Limits: minimum
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
            enable_prompt_expansion: Whether to enable prompt expansion using an LLM to enhance the
                prompt for better video quality. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "text_guidance_scale": text_guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "resolution": resolution,
                "num_segments": num_segments,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        audio_url: FileInput,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        text_guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_segments: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LongcatSingleAvatarAudioToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: The URL of the audio file to drive the avatar. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to guide the video generation. Default: "A person is talking
                naturally with natural expressions and movements.".
            negative_prompt: The negative prompt to avoid in the video generation. Default:
                "Close-up, Bright tones, overexposed, static, blurred details, subtitles, style,
                works, paintings, images, static, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, misshapen limbs, fused fingers, still picture,
                messy background, three legs, many people in the background, walking backwards".
            num_inference_steps: The number of inference steps to use. Default: 50. Limits: minimum
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
            enable_prompt_expansion: Whether to enable prompt expansion using an LLM to enhance the
                prompt for better video quality. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "text_guidance_scale": text_guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "resolution": resolution,
                "num_segments": num_segments,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        audio_url: FileInput,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        text_guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_segments: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LongcatSingleAvatarAudioToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: The URL of the audio file to drive the avatar. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to guide the video generation. Default: "A person is talking
                naturally with natural expressions and movements.".
            negative_prompt: The negative prompt to avoid in the video generation. Default:
                "Close-up, Bright tones, overexposed, static, blurred details, subtitles, style,
                works, paintings, images, static, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, misshapen limbs, fused fingers, still picture,
                messy background, three legs, many people in the background, walking backwards".
            num_inference_steps: The number of inference steps to use. Default: 50. Limits: minimum
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
            enable_prompt_expansion: Whether to enable prompt expansion using an LLM to enhance the
                prompt for better video quality. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "text_guidance_scale": text_guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "resolution": resolution,
                "num_segments": num_segments,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        text_guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_segments: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LongcatSingleAvatarAudioToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: The URL of the audio file to drive the avatar. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to guide the video generation. Default: "A person is talking
                naturally with natural expressions and movements.".
            negative_prompt: The negative prompt to avoid in the video generation. Default:
                "Close-up, Bright tones, overexposed, static, blurred details, subtitles, style,
                works, paintings, images, static, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, misshapen limbs, fused fingers, still picture,
                messy background, three legs, many people in the background, walking backwards".
            num_inference_steps: The number of inference steps to use. Default: 50. Limits: minimum
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
            enable_prompt_expansion: Whether to enable prompt expansion using an LLM to enhance the
                prompt for better video quality. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "text_guidance_scale": text_guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "resolution": resolution,
                "num_segments": num_segments,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return self._stream(payload, options)


class AsyncLongcatSingleAvatarAudioToVideo(
    AsyncEndpoint[LongcatSingleAvatarAudioToVideoInput, LongcatSingleAvatarAudioToVideoOutput]
):
    """Longcat Single Avatar Audio To Video (`fal-ai/longcat-single-avatar/audio-to-video`).

    Request model for audio-to-video generation.

    Category: audio-to-video.
    Docs: https://fal.ai/models/fal-ai/longcat-single-avatar/audio-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/longcat-single-avatar/audio-to-video"
    input_model: ClassVar[type[LongcatSingleAvatarAudioToVideoInput]] = (
        LongcatSingleAvatarAudioToVideoInput
    )
    output_model: ClassVar[type[LongcatSingleAvatarAudioToVideoOutput]] = (
        LongcatSingleAvatarAudioToVideoOutput
    )
    Input = LongcatSingleAvatarAudioToVideoInput
    Output = LongcatSingleAvatarAudioToVideoOutput

    async def subscribe(
        self,
        *,
        audio_url: FileInput,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        text_guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_segments: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LongcatSingleAvatarAudioToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: The URL of the audio file to drive the avatar. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to guide the video generation. Default: "A person is talking
                naturally with natural expressions and movements.".
            negative_prompt: The negative prompt to avoid in the video generation. Default:
                "Close-up, Bright tones, overexposed, static, blurred details, subtitles, style,
                works, paintings, images, static, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, misshapen limbs, fused fingers, still picture,
                messy background, three legs, many people in the background, walking backwards".
            num_inference_steps: The number of inference steps to use. Default: 50. Limits: minimum
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
            enable_prompt_expansion: Whether to enable prompt expansion using an LLM to enhance the
                prompt for better video quality. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "text_guidance_scale": text_guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "resolution": resolution,
                "num_segments": num_segments,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        audio_url: FileInput,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        text_guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_segments: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LongcatSingleAvatarAudioToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: The URL of the audio file to drive the avatar. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to guide the video generation. Default: "A person is talking
                naturally with natural expressions and movements.".
            negative_prompt: The negative prompt to avoid in the video generation. Default:
                "Close-up, Bright tones, overexposed, static, blurred details, subtitles, style,
                works, paintings, images, static, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, misshapen limbs, fused fingers, still picture,
                messy background, three legs, many people in the background, walking backwards".
            num_inference_steps: The number of inference steps to use. Default: 50. Limits: minimum
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
            enable_prompt_expansion: Whether to enable prompt expansion using an LLM to enhance the
                prompt for better video quality. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "text_guidance_scale": text_guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "resolution": resolution,
                "num_segments": num_segments,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        audio_url: FileInput,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        text_guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_segments: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LongcatSingleAvatarAudioToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: The URL of the audio file to drive the avatar. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to guide the video generation. Default: "A person is talking
                naturally with natural expressions and movements.".
            negative_prompt: The negative prompt to avoid in the video generation. Default:
                "Close-up, Bright tones, overexposed, static, blurred details, subtitles, style,
                works, paintings, images, static, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, misshapen limbs, fused fingers, still picture,
                messy background, three legs, many people in the background, walking backwards".
            num_inference_steps: The number of inference steps to use. Default: 50. Limits: minimum
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
            enable_prompt_expansion: Whether to enable prompt expansion using an LLM to enhance the
                prompt for better video quality. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "text_guidance_scale": text_guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "resolution": resolution,
                "num_segments": num_segments,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        text_guidance_scale: float | Omit = omit,
        audio_guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_segments: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LongcatSingleAvatarAudioToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: The URL of the audio file to drive the avatar. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to guide the video generation. Default: "A person is talking
                naturally with natural expressions and movements.".
            negative_prompt: The negative prompt to avoid in the video generation. Default:
                "Close-up, Bright tones, overexposed, static, blurred details, subtitles, style,
                works, paintings, images, static, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, misshapen limbs, fused fingers, still picture,
                messy background, three legs, many people in the background, walking backwards".
            num_inference_steps: The number of inference steps to use. Default: 50. Limits: minimum
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
            enable_prompt_expansion: Whether to enable prompt expansion using an LLM to enhance the
                prompt for better video quality. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "text_guidance_scale": text_guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "resolution": resolution,
                "num_segments": num_segments,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return self._stream(payload, options)
