# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/lux-tts` (Lux Tts)."""

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
from fal_models.models.lux_tts import LuxTtsInput, LuxTtsOutput

__all__ = ["LuxTts", "AsyncLuxTts", "LuxTtsInput", "LuxTtsOutput"]


class LuxTts(SyncEndpoint[LuxTtsInput, LuxTtsOutput]):
    """Lux Tts (`fal-ai/lux-tts`).

    Category: speech-to-speech. Docs: https://fal.ai/models/fal-ai/lux-tts/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/lux-tts"
    input_model: ClassVar[type[LuxTtsInput]] = LuxTtsInput
    output_model: ClassVar[type[LuxTtsOutput]] = LuxTtsOutput
    Input = LuxTtsInput
    Output = LuxTtsOutput

    def subscribe(
        self,
        *,
        prompt: str,
        audio_url: FileInput,
        num_inference_steps: int | Omit = omit,
        max_ref_length: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> LuxTtsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text to be converted to speech.
            audio_url: URL of the reference audio file for voice cloning. The model will mimic the
                voice characteristics from this audio. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_inference_steps: Number of flow-matching inference steps. 4 is recommended for best
                efficiency. Default: 4. Limits: minimum 1, maximum 16.
            max_ref_length: Maximum length of the reference audio to use for voice encoding, in
                seconds. Longer durations capture more voice characteristics but increase processing
                time. Default: 5. Limits: minimum 1, maximum 15.
            guidance_scale: Classifier-free guidance scale. Higher values increase adherence to the
                reference voice at the cost of diversity. Default: 3. Limits: minimum 0, maximum 10.
            seed: Random seed for reproducibility.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "num_inference_steps": num_inference_steps,
                "max_ref_length": max_ref_length,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        audio_url: FileInput,
        num_inference_steps: int | Omit = omit,
        max_ref_length: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LuxTtsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text to be converted to speech.
            audio_url: URL of the reference audio file for voice cloning. The model will mimic the
                voice characteristics from this audio. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_inference_steps: Number of flow-matching inference steps. 4 is recommended for best
                efficiency. Default: 4. Limits: minimum 1, maximum 16.
            max_ref_length: Maximum length of the reference audio to use for voice encoding, in
                seconds. Longer durations capture more voice characteristics but increase processing
                time. Default: 5. Limits: minimum 1, maximum 15.
            guidance_scale: Classifier-free guidance scale. Higher values increase adherence to the
                reference voice at the cost of diversity. Default: 3. Limits: minimum 0, maximum 10.
            seed: Random seed for reproducibility.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "num_inference_steps": num_inference_steps,
                "max_ref_length": max_ref_length,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        audio_url: FileInput,
        num_inference_steps: int | Omit = omit,
        max_ref_length: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LuxTtsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text to be converted to speech.
            audio_url: URL of the reference audio file for voice cloning. The model will mimic the
                voice characteristics from this audio. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_inference_steps: Number of flow-matching inference steps. 4 is recommended for best
                efficiency. Default: 4. Limits: minimum 1, maximum 16.
            max_ref_length: Maximum length of the reference audio to use for voice encoding, in
                seconds. Longer durations capture more voice characteristics but increase processing
                time. Default: 5. Limits: minimum 1, maximum 15.
            guidance_scale: Classifier-free guidance scale. Higher values increase adherence to the
                reference voice at the cost of diversity. Default: 3. Limits: minimum 0, maximum 10.
            seed: Random seed for reproducibility.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "num_inference_steps": num_inference_steps,
                "max_ref_length": max_ref_length,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        audio_url: FileInput,
        num_inference_steps: int | Omit = omit,
        max_ref_length: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LuxTtsOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text to be converted to speech.
            audio_url: URL of the reference audio file for voice cloning. The model will mimic the
                voice characteristics from this audio. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_inference_steps: Number of flow-matching inference steps. 4 is recommended for best
                efficiency. Default: 4. Limits: minimum 1, maximum 16.
            max_ref_length: Maximum length of the reference audio to use for voice encoding, in
                seconds. Longer durations capture more voice characteristics but increase processing
                time. Default: 5. Limits: minimum 1, maximum 15.
            guidance_scale: Classifier-free guidance scale. Higher values increase adherence to the
                reference voice at the cost of diversity. Default: 3. Limits: minimum 0, maximum 10.
            seed: Random seed for reproducibility.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "num_inference_steps": num_inference_steps,
                "max_ref_length": max_ref_length,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncLuxTts(AsyncEndpoint[LuxTtsInput, LuxTtsOutput]):
    """Lux Tts (`fal-ai/lux-tts`).

    Category: speech-to-speech. Docs: https://fal.ai/models/fal-ai/lux-tts/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/lux-tts"
    input_model: ClassVar[type[LuxTtsInput]] = LuxTtsInput
    output_model: ClassVar[type[LuxTtsOutput]] = LuxTtsOutput
    Input = LuxTtsInput
    Output = LuxTtsOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        audio_url: FileInput,
        num_inference_steps: int | Omit = omit,
        max_ref_length: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LuxTtsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text to be converted to speech.
            audio_url: URL of the reference audio file for voice cloning. The model will mimic the
                voice characteristics from this audio. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_inference_steps: Number of flow-matching inference steps. 4 is recommended for best
                efficiency. Default: 4. Limits: minimum 1, maximum 16.
            max_ref_length: Maximum length of the reference audio to use for voice encoding, in
                seconds. Longer durations capture more voice characteristics but increase processing
                time. Default: 5. Limits: minimum 1, maximum 15.
            guidance_scale: Classifier-free guidance scale. Higher values increase adherence to the
                reference voice at the cost of diversity. Default: 3. Limits: minimum 0, maximum 10.
            seed: Random seed for reproducibility.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "num_inference_steps": num_inference_steps,
                "max_ref_length": max_ref_length,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        audio_url: FileInput,
        num_inference_steps: int | Omit = omit,
        max_ref_length: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LuxTtsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text to be converted to speech.
            audio_url: URL of the reference audio file for voice cloning. The model will mimic the
                voice characteristics from this audio. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_inference_steps: Number of flow-matching inference steps. 4 is recommended for best
                efficiency. Default: 4. Limits: minimum 1, maximum 16.
            max_ref_length: Maximum length of the reference audio to use for voice encoding, in
                seconds. Longer durations capture more voice characteristics but increase processing
                time. Default: 5. Limits: minimum 1, maximum 15.
            guidance_scale: Classifier-free guidance scale. Higher values increase adherence to the
                reference voice at the cost of diversity. Default: 3. Limits: minimum 0, maximum 10.
            seed: Random seed for reproducibility.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "num_inference_steps": num_inference_steps,
                "max_ref_length": max_ref_length,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        audio_url: FileInput,
        num_inference_steps: int | Omit = omit,
        max_ref_length: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LuxTtsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text to be converted to speech.
            audio_url: URL of the reference audio file for voice cloning. The model will mimic the
                voice characteristics from this audio. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_inference_steps: Number of flow-matching inference steps. 4 is recommended for best
                efficiency. Default: 4. Limits: minimum 1, maximum 16.
            max_ref_length: Maximum length of the reference audio to use for voice encoding, in
                seconds. Longer durations capture more voice characteristics but increase processing
                time. Default: 5. Limits: minimum 1, maximum 15.
            guidance_scale: Classifier-free guidance scale. Higher values increase adherence to the
                reference voice at the cost of diversity. Default: 3. Limits: minimum 0, maximum 10.
            seed: Random seed for reproducibility.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "num_inference_steps": num_inference_steps,
                "max_ref_length": max_ref_length,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        audio_url: FileInput,
        num_inference_steps: int | Omit = omit,
        max_ref_length: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LuxTtsOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text to be converted to speech.
            audio_url: URL of the reference audio file for voice cloning. The model will mimic the
                voice characteristics from this audio. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_inference_steps: Number of flow-matching inference steps. 4 is recommended for best
                efficiency. Default: 4. Limits: minimum 1, maximum 16.
            max_ref_length: Maximum length of the reference audio to use for voice encoding, in
                seconds. Longer durations capture more voice characteristics but increase processing
                time. Default: 5. Limits: minimum 1, maximum 15.
            guidance_scale: Classifier-free guidance scale. Higher values increase adherence to the
                reference voice at the cost of diversity. Default: 3. Limits: minimum 0, maximum 10.
            seed: Random seed for reproducibility.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "num_inference_steps": num_inference_steps,
                "max_ref_length": max_ref_length,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
