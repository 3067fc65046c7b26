# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/omnilottie/video-to-lottie` (Omnilottie Video To Lottie)."""

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
from fal_models.models.omnilottie_video_to_lottie import (
    OmnilottieVideoToLottieInput,
    OmnilottieVideoToLottieOutput,
)

__all__ = [
    "OmnilottieVideoToLottie",
    "AsyncOmnilottieVideoToLottie",
    "OmnilottieVideoToLottieInput",
    "OmnilottieVideoToLottieOutput",
]


class OmnilottieVideoToLottie(
    SyncEndpoint[OmnilottieVideoToLottieInput, OmnilottieVideoToLottieOutput]
):
    """Omnilottie Video To Lottie (`fal-ai/omnilottie/video-to-lottie`).

    Category: video-to-json. Docs: https://fal.ai/models/fal-ai/omnilottie/video-to-lottie/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/omnilottie/video-to-lottie"
    input_model: ClassVar[type[OmnilottieVideoToLottieInput]] = OmnilottieVideoToLottieInput
    output_model: ClassVar[type[OmnilottieVideoToLottieOutput]] = OmnilottieVideoToLottieOutput
    Input = OmnilottieVideoToLottieInput
    Output = OmnilottieVideoToLottieOutput

    def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        video_url: FileInput,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        top_k: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> OmnilottieVideoToLottieOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Optional text description guiding the conversion.
            video_url: URL of the video to convert into a Lottie animation. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            max_tokens: Maximum number of Lottie tokens to generate. Default: 4096. Limits: minimum
                256, maximum 8192.
            temperature: Sampling temperature for generation. Default: 0.9. Limits: minimum 0,
                maximum 2.
            top_p: Nucleus sampling probability threshold. Default: 0.25. Limits: minimum 0, maximum
                1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum 1, maximum 100.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "top_k": top_k,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        video_url: FileInput,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        top_k: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[OmnilottieVideoToLottieOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Optional text description guiding the conversion.
            video_url: URL of the video to convert into a Lottie animation. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            max_tokens: Maximum number of Lottie tokens to generate. Default: 4096. Limits: minimum
                256, maximum 8192.
            temperature: Sampling temperature for generation. Default: 0.9. Limits: minimum 0,
                maximum 2.
            top_p: Nucleus sampling probability threshold. Default: 0.25. Limits: minimum 0, maximum
                1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum 1, maximum 100.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "top_k": top_k,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        video_url: FileInput,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        top_k: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OmnilottieVideoToLottieOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Optional text description guiding the conversion.
            video_url: URL of the video to convert into a Lottie animation. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            max_tokens: Maximum number of Lottie tokens to generate. Default: 4096. Limits: minimum
                256, maximum 8192.
            temperature: Sampling temperature for generation. Default: 0.9. Limits: minimum 0,
                maximum 2.
            top_p: Nucleus sampling probability threshold. Default: 0.25. Limits: minimum 0, maximum
                1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum 1, maximum 100.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "top_k": top_k,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        video_url: FileInput,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        top_k: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[OmnilottieVideoToLottieOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Optional text description guiding the conversion.
            video_url: URL of the video to convert into a Lottie animation. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            max_tokens: Maximum number of Lottie tokens to generate. Default: 4096. Limits: minimum
                256, maximum 8192.
            temperature: Sampling temperature for generation. Default: 0.9. Limits: minimum 0,
                maximum 2.
            top_p: Nucleus sampling probability threshold. Default: 0.25. Limits: minimum 0, maximum
                1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum 1, maximum 100.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "top_k": top_k,
            }
        )
        return self._stream(payload, options)


class AsyncOmnilottieVideoToLottie(
    AsyncEndpoint[OmnilottieVideoToLottieInput, OmnilottieVideoToLottieOutput]
):
    """Omnilottie Video To Lottie (`fal-ai/omnilottie/video-to-lottie`).

    Category: video-to-json. Docs: https://fal.ai/models/fal-ai/omnilottie/video-to-lottie/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/omnilottie/video-to-lottie"
    input_model: ClassVar[type[OmnilottieVideoToLottieInput]] = OmnilottieVideoToLottieInput
    output_model: ClassVar[type[OmnilottieVideoToLottieOutput]] = OmnilottieVideoToLottieOutput
    Input = OmnilottieVideoToLottieInput
    Output = OmnilottieVideoToLottieOutput

    async def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        video_url: FileInput,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        top_k: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> OmnilottieVideoToLottieOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Optional text description guiding the conversion.
            video_url: URL of the video to convert into a Lottie animation. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            max_tokens: Maximum number of Lottie tokens to generate. Default: 4096. Limits: minimum
                256, maximum 8192.
            temperature: Sampling temperature for generation. Default: 0.9. Limits: minimum 0,
                maximum 2.
            top_p: Nucleus sampling probability threshold. Default: 0.25. Limits: minimum 0, maximum
                1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum 1, maximum 100.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "top_k": top_k,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        video_url: FileInput,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        top_k: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[OmnilottieVideoToLottieOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Optional text description guiding the conversion.
            video_url: URL of the video to convert into a Lottie animation. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            max_tokens: Maximum number of Lottie tokens to generate. Default: 4096. Limits: minimum
                256, maximum 8192.
            temperature: Sampling temperature for generation. Default: 0.9. Limits: minimum 0,
                maximum 2.
            top_p: Nucleus sampling probability threshold. Default: 0.25. Limits: minimum 0, maximum
                1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum 1, maximum 100.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "top_k": top_k,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        video_url: FileInput,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        top_k: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OmnilottieVideoToLottieOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Optional text description guiding the conversion.
            video_url: URL of the video to convert into a Lottie animation. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            max_tokens: Maximum number of Lottie tokens to generate. Default: 4096. Limits: minimum
                256, maximum 8192.
            temperature: Sampling temperature for generation. Default: 0.9. Limits: minimum 0,
                maximum 2.
            top_p: Nucleus sampling probability threshold. Default: 0.25. Limits: minimum 0, maximum
                1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum 1, maximum 100.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "top_k": top_k,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        video_url: FileInput,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        top_k: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[OmnilottieVideoToLottieOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Optional text description guiding the conversion.
            video_url: URL of the video to convert into a Lottie animation. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            max_tokens: Maximum number of Lottie tokens to generate. Default: 4096. Limits: minimum
                256, maximum 8192.
            temperature: Sampling temperature for generation. Default: 0.9. Limits: minimum 0,
                maximum 2.
            top_p: Nucleus sampling probability threshold. Default: 0.25. Limits: minimum 0, maximum
                1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum 1, maximum 100.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "top_k": top_k,
            }
        )
        return self._stream(payload, options)
