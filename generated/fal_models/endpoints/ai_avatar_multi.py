# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ai-avatar/multi` (Ai Avatar Multi)."""

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
from fal_models.models.ai_avatar_multi import AiAvatarMultiInput, AiAvatarMultiOutput

__all__ = ["AiAvatarMulti", "AsyncAiAvatarMulti", "AiAvatarMultiInput", "AiAvatarMultiOutput"]


class AiAvatarMulti(SyncEndpoint[AiAvatarMultiInput, AiAvatarMultiOutput]):
    """Ai Avatar Multi (`fal-ai/ai-avatar/multi`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/ai-avatar/multi/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ai-avatar/multi"
    input_model: ClassVar[type[AiAvatarMultiInput]] = AiAvatarMultiInput
    output_model: ClassVar[type[AiAvatarMultiOutput]] = AiAvatarMultiOutput
    Input = AiAvatarMultiInput
    Output = AiAvatarMultiOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        first_audio_url: FileInput,
        second_audio_url: FileInput | None | Omit = omit,
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        use_only_first_audio: bool | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> AiAvatarMultiOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            first_audio_url: The URL of the Person 1 audio file. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            second_audio_url: The URL of the Person 2 audio file. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 81 to 129 (inclusive). If the
                number of frames is greater than 81, the video will be generated with 1.25x more
                billing units. Default: 181. Limits: minimum 41, maximum 241.
            resolution: Resolution of the video to generate. Must be either 480p or 720p. Default:
                "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen. Default: 81.
                Limits: minimum 0, maximum 4294967295.
            use_only_first_audio: Whether to use only the first audio file. Default: false.
            acceleration: The acceleration level to use for generation. Default: "regular".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "first_audio_url": first_audio_url,
                "second_audio_url": second_audio_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "resolution": resolution,
                "seed": seed,
                "use_only_first_audio": use_only_first_audio,
                "acceleration": acceleration,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        first_audio_url: FileInput,
        second_audio_url: FileInput | None | Omit = omit,
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        use_only_first_audio: bool | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[AiAvatarMultiOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            first_audio_url: The URL of the Person 1 audio file. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            second_audio_url: The URL of the Person 2 audio file. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 81 to 129 (inclusive). If the
                number of frames is greater than 81, the video will be generated with 1.25x more
                billing units. Default: 181. Limits: minimum 41, maximum 241.
            resolution: Resolution of the video to generate. Must be either 480p or 720p. Default:
                "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen. Default: 81.
                Limits: minimum 0, maximum 4294967295.
            use_only_first_audio: Whether to use only the first audio file. Default: false.
            acceleration: The acceleration level to use for generation. Default: "regular".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "first_audio_url": first_audio_url,
                "second_audio_url": second_audio_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "resolution": resolution,
                "seed": seed,
                "use_only_first_audio": use_only_first_audio,
                "acceleration": acceleration,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        first_audio_url: FileInput,
        second_audio_url: FileInput | None | Omit = omit,
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        use_only_first_audio: bool | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> AiAvatarMultiOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            first_audio_url: The URL of the Person 1 audio file. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            second_audio_url: The URL of the Person 2 audio file. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 81 to 129 (inclusive). If the
                number of frames is greater than 81, the video will be generated with 1.25x more
                billing units. Default: 181. Limits: minimum 41, maximum 241.
            resolution: Resolution of the video to generate. Must be either 480p or 720p. Default:
                "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen. Default: 81.
                Limits: minimum 0, maximum 4294967295.
            use_only_first_audio: Whether to use only the first audio file. Default: false.
            acceleration: The acceleration level to use for generation. Default: "regular".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "first_audio_url": first_audio_url,
                "second_audio_url": second_audio_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "resolution": resolution,
                "seed": seed,
                "use_only_first_audio": use_only_first_audio,
                "acceleration": acceleration,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        first_audio_url: FileInput,
        second_audio_url: FileInput | None | Omit = omit,
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        use_only_first_audio: bool | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[AiAvatarMultiOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            first_audio_url: The URL of the Person 1 audio file. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            second_audio_url: The URL of the Person 2 audio file. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 81 to 129 (inclusive). If the
                number of frames is greater than 81, the video will be generated with 1.25x more
                billing units. Default: 181. Limits: minimum 41, maximum 241.
            resolution: Resolution of the video to generate. Must be either 480p or 720p. Default:
                "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen. Default: 81.
                Limits: minimum 0, maximum 4294967295.
            use_only_first_audio: Whether to use only the first audio file. Default: false.
            acceleration: The acceleration level to use for generation. Default: "regular".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "first_audio_url": first_audio_url,
                "second_audio_url": second_audio_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "resolution": resolution,
                "seed": seed,
                "use_only_first_audio": use_only_first_audio,
                "acceleration": acceleration,
            }
        )
        return self._stream(payload, options)


class AsyncAiAvatarMulti(AsyncEndpoint[AiAvatarMultiInput, AiAvatarMultiOutput]):
    """Ai Avatar Multi (`fal-ai/ai-avatar/multi`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/ai-avatar/multi/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ai-avatar/multi"
    input_model: ClassVar[type[AiAvatarMultiInput]] = AiAvatarMultiInput
    output_model: ClassVar[type[AiAvatarMultiOutput]] = AiAvatarMultiOutput
    Input = AiAvatarMultiInput
    Output = AiAvatarMultiOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        first_audio_url: FileInput,
        second_audio_url: FileInput | None | Omit = omit,
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        use_only_first_audio: bool | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> AiAvatarMultiOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            first_audio_url: The URL of the Person 1 audio file. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            second_audio_url: The URL of the Person 2 audio file. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 81 to 129 (inclusive). If the
                number of frames is greater than 81, the video will be generated with 1.25x more
                billing units. Default: 181. Limits: minimum 41, maximum 241.
            resolution: Resolution of the video to generate. Must be either 480p or 720p. Default:
                "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen. Default: 81.
                Limits: minimum 0, maximum 4294967295.
            use_only_first_audio: Whether to use only the first audio file. Default: false.
            acceleration: The acceleration level to use for generation. Default: "regular".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "first_audio_url": first_audio_url,
                "second_audio_url": second_audio_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "resolution": resolution,
                "seed": seed,
                "use_only_first_audio": use_only_first_audio,
                "acceleration": acceleration,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        first_audio_url: FileInput,
        second_audio_url: FileInput | None | Omit = omit,
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        use_only_first_audio: bool | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[AiAvatarMultiOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            first_audio_url: The URL of the Person 1 audio file. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            second_audio_url: The URL of the Person 2 audio file. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 81 to 129 (inclusive). If the
                number of frames is greater than 81, the video will be generated with 1.25x more
                billing units. Default: 181. Limits: minimum 41, maximum 241.
            resolution: Resolution of the video to generate. Must be either 480p or 720p. Default:
                "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen. Default: 81.
                Limits: minimum 0, maximum 4294967295.
            use_only_first_audio: Whether to use only the first audio file. Default: false.
            acceleration: The acceleration level to use for generation. Default: "regular".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "first_audio_url": first_audio_url,
                "second_audio_url": second_audio_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "resolution": resolution,
                "seed": seed,
                "use_only_first_audio": use_only_first_audio,
                "acceleration": acceleration,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        first_audio_url: FileInput,
        second_audio_url: FileInput | None | Omit = omit,
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        use_only_first_audio: bool | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> AiAvatarMultiOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            first_audio_url: The URL of the Person 1 audio file. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            second_audio_url: The URL of the Person 2 audio file. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 81 to 129 (inclusive). If the
                number of frames is greater than 81, the video will be generated with 1.25x more
                billing units. Default: 181. Limits: minimum 41, maximum 241.
            resolution: Resolution of the video to generate. Must be either 480p or 720p. Default:
                "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen. Default: 81.
                Limits: minimum 0, maximum 4294967295.
            use_only_first_audio: Whether to use only the first audio file. Default: false.
            acceleration: The acceleration level to use for generation. Default: "regular".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "first_audio_url": first_audio_url,
                "second_audio_url": second_audio_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "resolution": resolution,
                "seed": seed,
                "use_only_first_audio": use_only_first_audio,
                "acceleration": acceleration,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        first_audio_url: FileInput,
        second_audio_url: FileInput | None | Omit = omit,
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        use_only_first_audio: bool | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[AiAvatarMultiOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image. If the input image does not match the chosen aspect
                ratio, it is resized and center cropped. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            first_audio_url: The URL of the Person 1 audio file. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            second_audio_url: The URL of the Person 2 audio file. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 81 to 129 (inclusive). If the
                number of frames is greater than 81, the video will be generated with 1.25x more
                billing units. Default: 181. Limits: minimum 41, maximum 241.
            resolution: Resolution of the video to generate. Must be either 480p or 720p. Default:
                "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen. Default: 81.
                Limits: minimum 0, maximum 4294967295.
            use_only_first_audio: Whether to use only the first audio file. Default: false.
            acceleration: The acceleration level to use for generation. Default: "regular".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "first_audio_url": first_audio_url,
                "second_audio_url": second_audio_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "resolution": resolution,
                "seed": seed,
                "use_only_first_audio": use_only_first_audio,
                "acceleration": acceleration,
            }
        )
        return self._stream(payload, options)
