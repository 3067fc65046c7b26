# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/workflow-utilities/impulse-response` (Workflow Utilities Impulse
Response).
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
from fal_models.models.workflow_utilities_impulse_response import (
    WorkflowUtilitiesImpulseResponseInput,
    WorkflowUtilitiesImpulseResponseOutput,
)

__all__ = [
    "WorkflowUtilitiesImpulseResponse",
    "AsyncWorkflowUtilitiesImpulseResponse",
    "WorkflowUtilitiesImpulseResponseInput",
    "WorkflowUtilitiesImpulseResponseOutput",
]


class WorkflowUtilitiesImpulseResponse(
    SyncEndpoint[WorkflowUtilitiesImpulseResponseInput, WorkflowUtilitiesImpulseResponseOutput]
):
    """Workflow Utilities Impulse Response (`fal-ai/workflow-utilities/impulse-response`).

    Input model for applying impulse response (IR) convolution reverb to audio

    Category: audio-to-audio.
    Docs: https://fal.ai/models/fal-ai/workflow-utilities/impulse-response/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/workflow-utilities/impulse-response"
    input_model: ClassVar[type[WorkflowUtilitiesImpulseResponseInput]] = (
        WorkflowUtilitiesImpulseResponseInput
    )
    output_model: ClassVar[type[WorkflowUtilitiesImpulseResponseOutput]] = (
        WorkflowUtilitiesImpulseResponseOutput
    )
    Input = WorkflowUtilitiesImpulseResponseInput
    Output = WorkflowUtilitiesImpulseResponseOutput

    def subscribe(
        self,
        *,
        audio_url: FileInput,
        impulse_response_url: FileInput,
        dry_level: float | Omit = omit,
        wet_level: float | Omit = omit,
        loudness_i: float | Omit = omit,
        loudness_lra: float | Omit = omit,
        loudness_tp: float | Omit = omit,
        output_bitrate: Literal["128k", "192k", "256k", "320k"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WorkflowUtilitiesImpulseResponseOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL of the main audio file to process. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            impulse_response_url: URL of the impulse response WAV file (reverb/effect profile).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            dry_level: Level of the original (dry) signal in the mix (0.0-1.0). Default: 0.7.
                Limits: minimum 0, maximum 1.
            wet_level: Level of the processed (wet) signal in the mix (0.0-1.0). Default: 0.3.
                Limits: minimum 0, maximum 1.
            loudness_i: Target integrated loudness in LUFS (typically -24 to -14). Default: -18.
                Limits: minimum -70, maximum 0.
            loudness_lra: Loudness Range target in LU (typically 5-15). Default: 8. Limits: minimum
                1, maximum 50.
            loudness_tp: Maximum true peak in dBTP (typically -2 to -1). Default: -1.5. Limits:
                minimum -10, maximum 0.
            output_bitrate: Output audio bitrate. Default: "192k".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "impulse_response_url": impulse_response_url,
                "dry_level": dry_level,
                "wet_level": wet_level,
                "loudness_i": loudness_i,
                "loudness_lra": loudness_lra,
                "loudness_tp": loudness_tp,
                "output_bitrate": output_bitrate,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        audio_url: FileInput,
        impulse_response_url: FileInput,
        dry_level: float | Omit = omit,
        wet_level: float | Omit = omit,
        loudness_i: float | Omit = omit,
        loudness_lra: float | Omit = omit,
        loudness_tp: float | Omit = omit,
        output_bitrate: Literal["128k", "192k", "256k", "320k"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WorkflowUtilitiesImpulseResponseOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL of the main audio file to process. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            impulse_response_url: URL of the impulse response WAV file (reverb/effect profile).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            dry_level: Level of the original (dry) signal in the mix (0.0-1.0). Default: 0.7.
                Limits: minimum 0, maximum 1.
            wet_level: Level of the processed (wet) signal in the mix (0.0-1.0). Default: 0.3.
                Limits: minimum 0, maximum 1.
            loudness_i: Target integrated loudness in LUFS (typically -24 to -14). Default: -18.
                Limits: minimum -70, maximum 0.
            loudness_lra: Loudness Range target in LU (typically 5-15). Default: 8. Limits: minimum
                1, maximum 50.
            loudness_tp: Maximum true peak in dBTP (typically -2 to -1). Default: -1.5. Limits:
                minimum -10, maximum 0.
            output_bitrate: Output audio bitrate. Default: "192k".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "impulse_response_url": impulse_response_url,
                "dry_level": dry_level,
                "wet_level": wet_level,
                "loudness_i": loudness_i,
                "loudness_lra": loudness_lra,
                "loudness_tp": loudness_tp,
                "output_bitrate": output_bitrate,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        audio_url: FileInput,
        impulse_response_url: FileInput,
        dry_level: float | Omit = omit,
        wet_level: float | Omit = omit,
        loudness_i: float | Omit = omit,
        loudness_lra: float | Omit = omit,
        loudness_tp: float | Omit = omit,
        output_bitrate: Literal["128k", "192k", "256k", "320k"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WorkflowUtilitiesImpulseResponseOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL of the main audio file to process. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            impulse_response_url: URL of the impulse response WAV file (reverb/effect profile).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            dry_level: Level of the original (dry) signal in the mix (0.0-1.0). Default: 0.7.
                Limits: minimum 0, maximum 1.
            wet_level: Level of the processed (wet) signal in the mix (0.0-1.0). Default: 0.3.
                Limits: minimum 0, maximum 1.
            loudness_i: Target integrated loudness in LUFS (typically -24 to -14). Default: -18.
                Limits: minimum -70, maximum 0.
            loudness_lra: Loudness Range target in LU (typically 5-15). Default: 8. Limits: minimum
                1, maximum 50.
            loudness_tp: Maximum true peak in dBTP (typically -2 to -1). Default: -1.5. Limits:
                minimum -10, maximum 0.
            output_bitrate: Output audio bitrate. Default: "192k".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "impulse_response_url": impulse_response_url,
                "dry_level": dry_level,
                "wet_level": wet_level,
                "loudness_i": loudness_i,
                "loudness_lra": loudness_lra,
                "loudness_tp": loudness_tp,
                "output_bitrate": output_bitrate,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        impulse_response_url: FileInput,
        dry_level: float | Omit = omit,
        wet_level: float | Omit = omit,
        loudness_i: float | Omit = omit,
        loudness_lra: float | Omit = omit,
        loudness_tp: float | Omit = omit,
        output_bitrate: Literal["128k", "192k", "256k", "320k"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WorkflowUtilitiesImpulseResponseOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL of the main audio file to process. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            impulse_response_url: URL of the impulse response WAV file (reverb/effect profile).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            dry_level: Level of the original (dry) signal in the mix (0.0-1.0). Default: 0.7.
                Limits: minimum 0, maximum 1.
            wet_level: Level of the processed (wet) signal in the mix (0.0-1.0). Default: 0.3.
                Limits: minimum 0, maximum 1.
            loudness_i: Target integrated loudness in LUFS (typically -24 to -14). Default: -18.
                Limits: minimum -70, maximum 0.
            loudness_lra: Loudness Range target in LU (typically 5-15). Default: 8. Limits: minimum
                1, maximum 50.
            loudness_tp: Maximum true peak in dBTP (typically -2 to -1). Default: -1.5. Limits:
                minimum -10, maximum 0.
            output_bitrate: Output audio bitrate. Default: "192k".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "impulse_response_url": impulse_response_url,
                "dry_level": dry_level,
                "wet_level": wet_level,
                "loudness_i": loudness_i,
                "loudness_lra": loudness_lra,
                "loudness_tp": loudness_tp,
                "output_bitrate": output_bitrate,
            }
        )
        return self._stream(payload, options)


class AsyncWorkflowUtilitiesImpulseResponse(
    AsyncEndpoint[WorkflowUtilitiesImpulseResponseInput, WorkflowUtilitiesImpulseResponseOutput]
):
    """Workflow Utilities Impulse Response (`fal-ai/workflow-utilities/impulse-response`).

    Input model for applying impulse response (IR) convolution reverb to audio

    Category: audio-to-audio.
    Docs: https://fal.ai/models/fal-ai/workflow-utilities/impulse-response/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/workflow-utilities/impulse-response"
    input_model: ClassVar[type[WorkflowUtilitiesImpulseResponseInput]] = (
        WorkflowUtilitiesImpulseResponseInput
    )
    output_model: ClassVar[type[WorkflowUtilitiesImpulseResponseOutput]] = (
        WorkflowUtilitiesImpulseResponseOutput
    )
    Input = WorkflowUtilitiesImpulseResponseInput
    Output = WorkflowUtilitiesImpulseResponseOutput

    async def subscribe(
        self,
        *,
        audio_url: FileInput,
        impulse_response_url: FileInput,
        dry_level: float | Omit = omit,
        wet_level: float | Omit = omit,
        loudness_i: float | Omit = omit,
        loudness_lra: float | Omit = omit,
        loudness_tp: float | Omit = omit,
        output_bitrate: Literal["128k", "192k", "256k", "320k"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WorkflowUtilitiesImpulseResponseOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL of the main audio file to process. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            impulse_response_url: URL of the impulse response WAV file (reverb/effect profile).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            dry_level: Level of the original (dry) signal in the mix (0.0-1.0). Default: 0.7.
                Limits: minimum 0, maximum 1.
            wet_level: Level of the processed (wet) signal in the mix (0.0-1.0). Default: 0.3.
                Limits: minimum 0, maximum 1.
            loudness_i: Target integrated loudness in LUFS (typically -24 to -14). Default: -18.
                Limits: minimum -70, maximum 0.
            loudness_lra: Loudness Range target in LU (typically 5-15). Default: 8. Limits: minimum
                1, maximum 50.
            loudness_tp: Maximum true peak in dBTP (typically -2 to -1). Default: -1.5. Limits:
                minimum -10, maximum 0.
            output_bitrate: Output audio bitrate. Default: "192k".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "impulse_response_url": impulse_response_url,
                "dry_level": dry_level,
                "wet_level": wet_level,
                "loudness_i": loudness_i,
                "loudness_lra": loudness_lra,
                "loudness_tp": loudness_tp,
                "output_bitrate": output_bitrate,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        audio_url: FileInput,
        impulse_response_url: FileInput,
        dry_level: float | Omit = omit,
        wet_level: float | Omit = omit,
        loudness_i: float | Omit = omit,
        loudness_lra: float | Omit = omit,
        loudness_tp: float | Omit = omit,
        output_bitrate: Literal["128k", "192k", "256k", "320k"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WorkflowUtilitiesImpulseResponseOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL of the main audio file to process. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            impulse_response_url: URL of the impulse response WAV file (reverb/effect profile).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            dry_level: Level of the original (dry) signal in the mix (0.0-1.0). Default: 0.7.
                Limits: minimum 0, maximum 1.
            wet_level: Level of the processed (wet) signal in the mix (0.0-1.0). Default: 0.3.
                Limits: minimum 0, maximum 1.
            loudness_i: Target integrated loudness in LUFS (typically -24 to -14). Default: -18.
                Limits: minimum -70, maximum 0.
            loudness_lra: Loudness Range target in LU (typically 5-15). Default: 8. Limits: minimum
                1, maximum 50.
            loudness_tp: Maximum true peak in dBTP (typically -2 to -1). Default: -1.5. Limits:
                minimum -10, maximum 0.
            output_bitrate: Output audio bitrate. Default: "192k".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "impulse_response_url": impulse_response_url,
                "dry_level": dry_level,
                "wet_level": wet_level,
                "loudness_i": loudness_i,
                "loudness_lra": loudness_lra,
                "loudness_tp": loudness_tp,
                "output_bitrate": output_bitrate,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        audio_url: FileInput,
        impulse_response_url: FileInput,
        dry_level: float | Omit = omit,
        wet_level: float | Omit = omit,
        loudness_i: float | Omit = omit,
        loudness_lra: float | Omit = omit,
        loudness_tp: float | Omit = omit,
        output_bitrate: Literal["128k", "192k", "256k", "320k"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WorkflowUtilitiesImpulseResponseOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL of the main audio file to process. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            impulse_response_url: URL of the impulse response WAV file (reverb/effect profile).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            dry_level: Level of the original (dry) signal in the mix (0.0-1.0). Default: 0.7.
                Limits: minimum 0, maximum 1.
            wet_level: Level of the processed (wet) signal in the mix (0.0-1.0). Default: 0.3.
                Limits: minimum 0, maximum 1.
            loudness_i: Target integrated loudness in LUFS (typically -24 to -14). Default: -18.
                Limits: minimum -70, maximum 0.
            loudness_lra: Loudness Range target in LU (typically 5-15). Default: 8. Limits: minimum
                1, maximum 50.
            loudness_tp: Maximum true peak in dBTP (typically -2 to -1). Default: -1.5. Limits:
                minimum -10, maximum 0.
            output_bitrate: Output audio bitrate. Default: "192k".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "impulse_response_url": impulse_response_url,
                "dry_level": dry_level,
                "wet_level": wet_level,
                "loudness_i": loudness_i,
                "loudness_lra": loudness_lra,
                "loudness_tp": loudness_tp,
                "output_bitrate": output_bitrate,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        impulse_response_url: FileInput,
        dry_level: float | Omit = omit,
        wet_level: float | Omit = omit,
        loudness_i: float | Omit = omit,
        loudness_lra: float | Omit = omit,
        loudness_tp: float | Omit = omit,
        output_bitrate: Literal["128k", "192k", "256k", "320k"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WorkflowUtilitiesImpulseResponseOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL of the main audio file to process. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            impulse_response_url: URL of the impulse response WAV file (reverb/effect profile).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            dry_level: Level of the original (dry) signal in the mix (0.0-1.0). Default: 0.7.
                Limits: minimum 0, maximum 1.
            wet_level: Level of the processed (wet) signal in the mix (0.0-1.0). Default: 0.3.
                Limits: minimum 0, maximum 1.
            loudness_i: Target integrated loudness in LUFS (typically -24 to -14). Default: -18.
                Limits: minimum -70, maximum 0.
            loudness_lra: Loudness Range target in LU (typically 5-15). Default: 8. Limits: minimum
                1, maximum 50.
            loudness_tp: Maximum true peak in dBTP (typically -2 to -1). Default: -1.5. Limits:
                minimum -10, maximum 0.
            output_bitrate: Output audio bitrate. Default: "192k".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "impulse_response_url": impulse_response_url,
                "dry_level": dry_level,
                "wet_level": wet_level,
                "loudness_i": loudness_i,
                "loudness_lra": loudness_lra,
                "loudness_tp": loudness_tp,
                "output_bitrate": output_bitrate,
            }
        )
        return self._stream(payload, options)
