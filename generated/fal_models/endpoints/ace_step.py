# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ace-step` (Ace Step)."""

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
from fal_models.models.ace_step import AceStepInput, AceStepOutput

__all__ = ["AceStep", "AsyncAceStep", "AceStepInput", "AceStepOutput"]


class AceStep(SyncEndpoint[AceStepInput, AceStepOutput]):
    """Ace Step (`fal-ai/ace-step`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/ace-step/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ace-step"
    input_model: ClassVar[type[AceStepInput]] = AceStepInput
    output_model: ClassVar[type[AceStepOutput]] = AceStepOutput
    Input = AceStepInput
    Output = AceStepOutput

    def subscribe(
        self,
        *,
        tags: str,
        lyrics: str | Omit = omit,
        duration: float | Omit = omit,
        number_of_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        scheduler: Literal["euler", "heun"] | Omit = omit,
        guidance_type: Literal["cfg", "apg", "cfg_star"] | Omit = omit,
        granularity_scale: int | Omit = omit,
        guidance_interval: float | Omit = omit,
        guidance_interval_decay: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        minimum_guidance_scale: float | Omit = omit,
        tag_guidance_scale: float | Omit = omit,
        lyric_guidance_scale: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> AceStepOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            tags: Comma-separated list of genre tags to control the style of the generated audio.
            lyrics: Lyrics to be sung in the audio. If not provided or if [inst] or [instrumental]
                is the content of this field, no lyrics will be sung. Use control structures like
                [verse], [chorus] and [bridge] to control the structure of the song. Default: "".
            duration: The duration of the generated audio in seconds. Default: 60. Limits: minimum
                5, maximum 240.
            number_of_steps: Number of steps to generate the audio. Default: 27. Limits: minimum 3,
                maximum 60.
            seed: Random seed for reproducibility. If not provided, a random seed will be used.
            scheduler: Scheduler to use for the generation process. Default: "euler".
            guidance_type: Type of CFG to use for the generation process. Default: "apg".
            granularity_scale: Granularity scale for the generation process. Higher values can
                reduce artifacts. Default: 10. Limits: minimum -100, maximum 100.
            guidance_interval: Guidance interval for the generation. 0.5 means only apply guidance
                in the middle steps (0.25 * infer_steps to 0.75 * infer_steps). Default: 0.5.
                Limits: minimum 0, maximum 1.
            guidance_interval_decay: Guidance interval decay for the generation. Guidance scale will
                decay from guidance_scale to min_guidance_scale in the interval. 0.0 means no decay.
                Default: 0. Limits: minimum 0, maximum 1.
            guidance_scale: Guidance scale for the generation. Default: 15. Limits: minimum 0,
                maximum 200.
            minimum_guidance_scale: Minimum guidance scale for the generation after the decay.
                Default: 3. Limits: minimum 0, maximum 200.
            tag_guidance_scale: Tag guidance scale for the generation. Default: 5. Limits: minimum
                0, maximum 10.
            lyric_guidance_scale: Lyric guidance scale for the generation. Default: 1.5. Limits:
                minimum 0, maximum 10.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "tags": tags,
                "lyrics": lyrics,
                "duration": duration,
                "number_of_steps": number_of_steps,
                "seed": seed,
                "scheduler": scheduler,
                "guidance_type": guidance_type,
                "granularity_scale": granularity_scale,
                "guidance_interval": guidance_interval,
                "guidance_interval_decay": guidance_interval_decay,
                "guidance_scale": guidance_scale,
                "minimum_guidance_scale": minimum_guidance_scale,
                "tag_guidance_scale": tag_guidance_scale,
                "lyric_guidance_scale": lyric_guidance_scale,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        tags: str,
        lyrics: str | Omit = omit,
        duration: float | Omit = omit,
        number_of_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        scheduler: Literal["euler", "heun"] | Omit = omit,
        guidance_type: Literal["cfg", "apg", "cfg_star"] | Omit = omit,
        granularity_scale: int | Omit = omit,
        guidance_interval: float | Omit = omit,
        guidance_interval_decay: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        minimum_guidance_scale: float | Omit = omit,
        tag_guidance_scale: float | Omit = omit,
        lyric_guidance_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[AceStepOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            tags: Comma-separated list of genre tags to control the style of the generated audio.
            lyrics: Lyrics to be sung in the audio. If not provided or if [inst] or [instrumental]
                is the content of this field, no lyrics will be sung. Use control structures like
                [verse], [chorus] and [bridge] to control the structure of the song. Default: "".
            duration: The duration of the generated audio in seconds. Default: 60. Limits: minimum
                5, maximum 240.
            number_of_steps: Number of steps to generate the audio. Default: 27. Limits: minimum 3,
                maximum 60.
            seed: Random seed for reproducibility. If not provided, a random seed will be used.
            scheduler: Scheduler to use for the generation process. Default: "euler".
            guidance_type: Type of CFG to use for the generation process. Default: "apg".
            granularity_scale: Granularity scale for the generation process. Higher values can
                reduce artifacts. Default: 10. Limits: minimum -100, maximum 100.
            guidance_interval: Guidance interval for the generation. 0.5 means only apply guidance
                in the middle steps (0.25 * infer_steps to 0.75 * infer_steps). Default: 0.5.
                Limits: minimum 0, maximum 1.
            guidance_interval_decay: Guidance interval decay for the generation. Guidance scale will
                decay from guidance_scale to min_guidance_scale in the interval. 0.0 means no decay.
                Default: 0. Limits: minimum 0, maximum 1.
            guidance_scale: Guidance scale for the generation. Default: 15. Limits: minimum 0,
                maximum 200.
            minimum_guidance_scale: Minimum guidance scale for the generation after the decay.
                Default: 3. Limits: minimum 0, maximum 200.
            tag_guidance_scale: Tag guidance scale for the generation. Default: 5. Limits: minimum
                0, maximum 10.
            lyric_guidance_scale: Lyric guidance scale for the generation. Default: 1.5. Limits:
                minimum 0, maximum 10.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "tags": tags,
                "lyrics": lyrics,
                "duration": duration,
                "number_of_steps": number_of_steps,
                "seed": seed,
                "scheduler": scheduler,
                "guidance_type": guidance_type,
                "granularity_scale": granularity_scale,
                "guidance_interval": guidance_interval,
                "guidance_interval_decay": guidance_interval_decay,
                "guidance_scale": guidance_scale,
                "minimum_guidance_scale": minimum_guidance_scale,
                "tag_guidance_scale": tag_guidance_scale,
                "lyric_guidance_scale": lyric_guidance_scale,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        tags: str,
        lyrics: str | Omit = omit,
        duration: float | Omit = omit,
        number_of_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        scheduler: Literal["euler", "heun"] | Omit = omit,
        guidance_type: Literal["cfg", "apg", "cfg_star"] | Omit = omit,
        granularity_scale: int | Omit = omit,
        guidance_interval: float | Omit = omit,
        guidance_interval_decay: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        minimum_guidance_scale: float | Omit = omit,
        tag_guidance_scale: float | Omit = omit,
        lyric_guidance_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> AceStepOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            tags: Comma-separated list of genre tags to control the style of the generated audio.
            lyrics: Lyrics to be sung in the audio. If not provided or if [inst] or [instrumental]
                is the content of this field, no lyrics will be sung. Use control structures like
                [verse], [chorus] and [bridge] to control the structure of the song. Default: "".
            duration: The duration of the generated audio in seconds. Default: 60. Limits: minimum
                5, maximum 240.
            number_of_steps: Number of steps to generate the audio. Default: 27. Limits: minimum 3,
                maximum 60.
            seed: Random seed for reproducibility. If not provided, a random seed will be used.
            scheduler: Scheduler to use for the generation process. Default: "euler".
            guidance_type: Type of CFG to use for the generation process. Default: "apg".
            granularity_scale: Granularity scale for the generation process. Higher values can
                reduce artifacts. Default: 10. Limits: minimum -100, maximum 100.
            guidance_interval: Guidance interval for the generation. 0.5 means only apply guidance
                in the middle steps (0.25 * infer_steps to 0.75 * infer_steps). Default: 0.5.
                Limits: minimum 0, maximum 1.
            guidance_interval_decay: Guidance interval decay for the generation. Guidance scale will
                decay from guidance_scale to min_guidance_scale in the interval. 0.0 means no decay.
                Default: 0. Limits: minimum 0, maximum 1.
            guidance_scale: Guidance scale for the generation. Default: 15. Limits: minimum 0,
                maximum 200.
            minimum_guidance_scale: Minimum guidance scale for the generation after the decay.
                Default: 3. Limits: minimum 0, maximum 200.
            tag_guidance_scale: Tag guidance scale for the generation. Default: 5. Limits: minimum
                0, maximum 10.
            lyric_guidance_scale: Lyric guidance scale for the generation. Default: 1.5. Limits:
                minimum 0, maximum 10.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "tags": tags,
                "lyrics": lyrics,
                "duration": duration,
                "number_of_steps": number_of_steps,
                "seed": seed,
                "scheduler": scheduler,
                "guidance_type": guidance_type,
                "granularity_scale": granularity_scale,
                "guidance_interval": guidance_interval,
                "guidance_interval_decay": guidance_interval_decay,
                "guidance_scale": guidance_scale,
                "minimum_guidance_scale": minimum_guidance_scale,
                "tag_guidance_scale": tag_guidance_scale,
                "lyric_guidance_scale": lyric_guidance_scale,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        tags: str,
        lyrics: str | Omit = omit,
        duration: float | Omit = omit,
        number_of_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        scheduler: Literal["euler", "heun"] | Omit = omit,
        guidance_type: Literal["cfg", "apg", "cfg_star"] | Omit = omit,
        granularity_scale: int | Omit = omit,
        guidance_interval: float | Omit = omit,
        guidance_interval_decay: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        minimum_guidance_scale: float | Omit = omit,
        tag_guidance_scale: float | Omit = omit,
        lyric_guidance_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[AceStepOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            tags: Comma-separated list of genre tags to control the style of the generated audio.
            lyrics: Lyrics to be sung in the audio. If not provided or if [inst] or [instrumental]
                is the content of this field, no lyrics will be sung. Use control structures like
                [verse], [chorus] and [bridge] to control the structure of the song. Default: "".
            duration: The duration of the generated audio in seconds. Default: 60. Limits: minimum
                5, maximum 240.
            number_of_steps: Number of steps to generate the audio. Default: 27. Limits: minimum 3,
                maximum 60.
            seed: Random seed for reproducibility. If not provided, a random seed will be used.
            scheduler: Scheduler to use for the generation process. Default: "euler".
            guidance_type: Type of CFG to use for the generation process. Default: "apg".
            granularity_scale: Granularity scale for the generation process. Higher values can
                reduce artifacts. Default: 10. Limits: minimum -100, maximum 100.
            guidance_interval: Guidance interval for the generation. 0.5 means only apply guidance
                in the middle steps (0.25 * infer_steps to 0.75 * infer_steps). Default: 0.5.
                Limits: minimum 0, maximum 1.
            guidance_interval_decay: Guidance interval decay for the generation. Guidance scale will
                decay from guidance_scale to min_guidance_scale in the interval. 0.0 means no decay.
                Default: 0. Limits: minimum 0, maximum 1.
            guidance_scale: Guidance scale for the generation. Default: 15. Limits: minimum 0,
                maximum 200.
            minimum_guidance_scale: Minimum guidance scale for the generation after the decay.
                Default: 3. Limits: minimum 0, maximum 200.
            tag_guidance_scale: Tag guidance scale for the generation. Default: 5. Limits: minimum
                0, maximum 10.
            lyric_guidance_scale: Lyric guidance scale for the generation. Default: 1.5. Limits:
                minimum 0, maximum 10.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "tags": tags,
                "lyrics": lyrics,
                "duration": duration,
                "number_of_steps": number_of_steps,
                "seed": seed,
                "scheduler": scheduler,
                "guidance_type": guidance_type,
                "granularity_scale": granularity_scale,
                "guidance_interval": guidance_interval,
                "guidance_interval_decay": guidance_interval_decay,
                "guidance_scale": guidance_scale,
                "minimum_guidance_scale": minimum_guidance_scale,
                "tag_guidance_scale": tag_guidance_scale,
                "lyric_guidance_scale": lyric_guidance_scale,
            }
        )
        return self._stream(payload, options)


class AsyncAceStep(AsyncEndpoint[AceStepInput, AceStepOutput]):
    """Ace Step (`fal-ai/ace-step`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/ace-step/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ace-step"
    input_model: ClassVar[type[AceStepInput]] = AceStepInput
    output_model: ClassVar[type[AceStepOutput]] = AceStepOutput
    Input = AceStepInput
    Output = AceStepOutput

    async def subscribe(
        self,
        *,
        tags: str,
        lyrics: str | Omit = omit,
        duration: float | Omit = omit,
        number_of_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        scheduler: Literal["euler", "heun"] | Omit = omit,
        guidance_type: Literal["cfg", "apg", "cfg_star"] | Omit = omit,
        granularity_scale: int | Omit = omit,
        guidance_interval: float | Omit = omit,
        guidance_interval_decay: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        minimum_guidance_scale: float | Omit = omit,
        tag_guidance_scale: float | Omit = omit,
        lyric_guidance_scale: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> AceStepOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            tags: Comma-separated list of genre tags to control the style of the generated audio.
            lyrics: Lyrics to be sung in the audio. If not provided or if [inst] or [instrumental]
                is the content of this field, no lyrics will be sung. Use control structures like
                [verse], [chorus] and [bridge] to control the structure of the song. Default: "".
            duration: The duration of the generated audio in seconds. Default: 60. Limits: minimum
                5, maximum 240.
            number_of_steps: Number of steps to generate the audio. Default: 27. Limits: minimum 3,
                maximum 60.
            seed: Random seed for reproducibility. If not provided, a random seed will be used.
            scheduler: Scheduler to use for the generation process. Default: "euler".
            guidance_type: Type of CFG to use for the generation process. Default: "apg".
            granularity_scale: Granularity scale for the generation process. Higher values can
                reduce artifacts. Default: 10. Limits: minimum -100, maximum 100.
            guidance_interval: Guidance interval for the generation. 0.5 means only apply guidance
                in the middle steps (0.25 * infer_steps to 0.75 * infer_steps). Default: 0.5.
                Limits: minimum 0, maximum 1.
            guidance_interval_decay: Guidance interval decay for the generation. Guidance scale will
                decay from guidance_scale to min_guidance_scale in the interval. 0.0 means no decay.
                Default: 0. Limits: minimum 0, maximum 1.
            guidance_scale: Guidance scale for the generation. Default: 15. Limits: minimum 0,
                maximum 200.
            minimum_guidance_scale: Minimum guidance scale for the generation after the decay.
                Default: 3. Limits: minimum 0, maximum 200.
            tag_guidance_scale: Tag guidance scale for the generation. Default: 5. Limits: minimum
                0, maximum 10.
            lyric_guidance_scale: Lyric guidance scale for the generation. Default: 1.5. Limits:
                minimum 0, maximum 10.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "tags": tags,
                "lyrics": lyrics,
                "duration": duration,
                "number_of_steps": number_of_steps,
                "seed": seed,
                "scheduler": scheduler,
                "guidance_type": guidance_type,
                "granularity_scale": granularity_scale,
                "guidance_interval": guidance_interval,
                "guidance_interval_decay": guidance_interval_decay,
                "guidance_scale": guidance_scale,
                "minimum_guidance_scale": minimum_guidance_scale,
                "tag_guidance_scale": tag_guidance_scale,
                "lyric_guidance_scale": lyric_guidance_scale,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        tags: str,
        lyrics: str | Omit = omit,
        duration: float | Omit = omit,
        number_of_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        scheduler: Literal["euler", "heun"] | Omit = omit,
        guidance_type: Literal["cfg", "apg", "cfg_star"] | Omit = omit,
        granularity_scale: int | Omit = omit,
        guidance_interval: float | Omit = omit,
        guidance_interval_decay: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        minimum_guidance_scale: float | Omit = omit,
        tag_guidance_scale: float | Omit = omit,
        lyric_guidance_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[AceStepOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            tags: Comma-separated list of genre tags to control the style of the generated audio.
            lyrics: Lyrics to be sung in the audio. If not provided or if [inst] or [instrumental]
                is the content of this field, no lyrics will be sung. Use control structures like
                [verse], [chorus] and [bridge] to control the structure of the song. Default: "".
            duration: The duration of the generated audio in seconds. Default: 60. Limits: minimum
                5, maximum 240.
            number_of_steps: Number of steps to generate the audio. Default: 27. Limits: minimum 3,
                maximum 60.
            seed: Random seed for reproducibility. If not provided, a random seed will be used.
            scheduler: Scheduler to use for the generation process. Default: "euler".
            guidance_type: Type of CFG to use for the generation process. Default: "apg".
            granularity_scale: Granularity scale for the generation process. Higher values can
                reduce artifacts. Default: 10. Limits: minimum -100, maximum 100.
            guidance_interval: Guidance interval for the generation. 0.5 means only apply guidance
                in the middle steps (0.25 * infer_steps to 0.75 * infer_steps). Default: 0.5.
                Limits: minimum 0, maximum 1.
            guidance_interval_decay: Guidance interval decay for the generation. Guidance scale will
                decay from guidance_scale to min_guidance_scale in the interval. 0.0 means no decay.
                Default: 0. Limits: minimum 0, maximum 1.
            guidance_scale: Guidance scale for the generation. Default: 15. Limits: minimum 0,
                maximum 200.
            minimum_guidance_scale: Minimum guidance scale for the generation after the decay.
                Default: 3. Limits: minimum 0, maximum 200.
            tag_guidance_scale: Tag guidance scale for the generation. Default: 5. Limits: minimum
                0, maximum 10.
            lyric_guidance_scale: Lyric guidance scale for the generation. Default: 1.5. Limits:
                minimum 0, maximum 10.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "tags": tags,
                "lyrics": lyrics,
                "duration": duration,
                "number_of_steps": number_of_steps,
                "seed": seed,
                "scheduler": scheduler,
                "guidance_type": guidance_type,
                "granularity_scale": granularity_scale,
                "guidance_interval": guidance_interval,
                "guidance_interval_decay": guidance_interval_decay,
                "guidance_scale": guidance_scale,
                "minimum_guidance_scale": minimum_guidance_scale,
                "tag_guidance_scale": tag_guidance_scale,
                "lyric_guidance_scale": lyric_guidance_scale,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        tags: str,
        lyrics: str | Omit = omit,
        duration: float | Omit = omit,
        number_of_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        scheduler: Literal["euler", "heun"] | Omit = omit,
        guidance_type: Literal["cfg", "apg", "cfg_star"] | Omit = omit,
        granularity_scale: int | Omit = omit,
        guidance_interval: float | Omit = omit,
        guidance_interval_decay: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        minimum_guidance_scale: float | Omit = omit,
        tag_guidance_scale: float | Omit = omit,
        lyric_guidance_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> AceStepOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            tags: Comma-separated list of genre tags to control the style of the generated audio.
            lyrics: Lyrics to be sung in the audio. If not provided or if [inst] or [instrumental]
                is the content of this field, no lyrics will be sung. Use control structures like
                [verse], [chorus] and [bridge] to control the structure of the song. Default: "".
            duration: The duration of the generated audio in seconds. Default: 60. Limits: minimum
                5, maximum 240.
            number_of_steps: Number of steps to generate the audio. Default: 27. Limits: minimum 3,
                maximum 60.
            seed: Random seed for reproducibility. If not provided, a random seed will be used.
            scheduler: Scheduler to use for the generation process. Default: "euler".
            guidance_type: Type of CFG to use for the generation process. Default: "apg".
            granularity_scale: Granularity scale for the generation process. Higher values can
                reduce artifacts. Default: 10. Limits: minimum -100, maximum 100.
            guidance_interval: Guidance interval for the generation. 0.5 means only apply guidance
                in the middle steps (0.25 * infer_steps to 0.75 * infer_steps). Default: 0.5.
                Limits: minimum 0, maximum 1.
            guidance_interval_decay: Guidance interval decay for the generation. Guidance scale will
                decay from guidance_scale to min_guidance_scale in the interval. 0.0 means no decay.
                Default: 0. Limits: minimum 0, maximum 1.
            guidance_scale: Guidance scale for the generation. Default: 15. Limits: minimum 0,
                maximum 200.
            minimum_guidance_scale: Minimum guidance scale for the generation after the decay.
                Default: 3. Limits: minimum 0, maximum 200.
            tag_guidance_scale: Tag guidance scale for the generation. Default: 5. Limits: minimum
                0, maximum 10.
            lyric_guidance_scale: Lyric guidance scale for the generation. Default: 1.5. Limits:
                minimum 0, maximum 10.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "tags": tags,
                "lyrics": lyrics,
                "duration": duration,
                "number_of_steps": number_of_steps,
                "seed": seed,
                "scheduler": scheduler,
                "guidance_type": guidance_type,
                "granularity_scale": granularity_scale,
                "guidance_interval": guidance_interval,
                "guidance_interval_decay": guidance_interval_decay,
                "guidance_scale": guidance_scale,
                "minimum_guidance_scale": minimum_guidance_scale,
                "tag_guidance_scale": tag_guidance_scale,
                "lyric_guidance_scale": lyric_guidance_scale,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        tags: str,
        lyrics: str | Omit = omit,
        duration: float | Omit = omit,
        number_of_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        scheduler: Literal["euler", "heun"] | Omit = omit,
        guidance_type: Literal["cfg", "apg", "cfg_star"] | Omit = omit,
        granularity_scale: int | Omit = omit,
        guidance_interval: float | Omit = omit,
        guidance_interval_decay: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        minimum_guidance_scale: float | Omit = omit,
        tag_guidance_scale: float | Omit = omit,
        lyric_guidance_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[AceStepOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            tags: Comma-separated list of genre tags to control the style of the generated audio.
            lyrics: Lyrics to be sung in the audio. If not provided or if [inst] or [instrumental]
                is the content of this field, no lyrics will be sung. Use control structures like
                [verse], [chorus] and [bridge] to control the structure of the song. Default: "".
            duration: The duration of the generated audio in seconds. Default: 60. Limits: minimum
                5, maximum 240.
            number_of_steps: Number of steps to generate the audio. Default: 27. Limits: minimum 3,
                maximum 60.
            seed: Random seed for reproducibility. If not provided, a random seed will be used.
            scheduler: Scheduler to use for the generation process. Default: "euler".
            guidance_type: Type of CFG to use for the generation process. Default: "apg".
            granularity_scale: Granularity scale for the generation process. Higher values can
                reduce artifacts. Default: 10. Limits: minimum -100, maximum 100.
            guidance_interval: Guidance interval for the generation. 0.5 means only apply guidance
                in the middle steps (0.25 * infer_steps to 0.75 * infer_steps). Default: 0.5.
                Limits: minimum 0, maximum 1.
            guidance_interval_decay: Guidance interval decay for the generation. Guidance scale will
                decay from guidance_scale to min_guidance_scale in the interval. 0.0 means no decay.
                Default: 0. Limits: minimum 0, maximum 1.
            guidance_scale: Guidance scale for the generation. Default: 15. Limits: minimum 0,
                maximum 200.
            minimum_guidance_scale: Minimum guidance scale for the generation after the decay.
                Default: 3. Limits: minimum 0, maximum 200.
            tag_guidance_scale: Tag guidance scale for the generation. Default: 5. Limits: minimum
                0, maximum 10.
            lyric_guidance_scale: Lyric guidance scale for the generation. Default: 1.5. Limits:
                minimum 0, maximum 10.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "tags": tags,
                "lyrics": lyrics,
                "duration": duration,
                "number_of_steps": number_of_steps,
                "seed": seed,
                "scheduler": scheduler,
                "guidance_type": guidance_type,
                "granularity_scale": granularity_scale,
                "guidance_interval": guidance_interval,
                "guidance_interval_decay": guidance_interval_decay,
                "guidance_scale": guidance_scale,
                "minimum_guidance_scale": minimum_guidance_scale,
                "tag_guidance_scale": tag_guidance_scale,
                "lyric_guidance_scale": lyric_guidance_scale,
            }
        )
        return self._stream(payload, options)
