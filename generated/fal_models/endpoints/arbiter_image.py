# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/arbiter/image` (Arbiter Image)."""

from __future__ import annotations

from typing import ClassVar, Unpack

from fal_models._endpoint import AsyncEndpoint, SyncEndpoint
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._streams import AsyncEndpointStream, EndpointStream
from fal_models._types import (
    AsyncSubscribeOptions,
    RunOptions,
    StreamOptions,
    SubmitOptions,
    SubscribeOptions,
)
from fal_models.models.arbiter_image import (
    ArbiterImageInput,
    ArbiterImageOutput,
    ImageInput,
    MeasurementsPreset,
)

__all__ = ["ArbiterImage", "AsyncArbiterImage", "ArbiterImageInput", "ArbiterImageOutput"]


class ArbiterImage(SyncEndpoint[ArbiterImageInput, ArbiterImageOutput]):
    """Arbiter Image (`fal-ai/arbiter/image`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/arbiter/image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/arbiter/image"
    input_model: ClassVar[type[ArbiterImageInput]] = ArbiterImageInput
    output_model: ClassVar[type[ArbiterImageOutput]] = ArbiterImageOutput
    Input = ArbiterImageInput
    Output = ArbiterImageOutput

    def subscribe(
        self,
        *,
        measurements: list[MeasurementsPreset],
        inputs: list[ImageInput],
        **options: Unpack[SubscribeOptions],
    ) -> ArbiterImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            measurements: The measurements to use for the measurement.
            inputs: The inputs to use for the measurement.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "measurements": measurements,
                "inputs": inputs,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        measurements: list[MeasurementsPreset],
        inputs: list[ImageInput],
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ArbiterImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            measurements: The measurements to use for the measurement.
            inputs: The inputs to use for the measurement.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "measurements": measurements,
                "inputs": inputs,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        measurements: list[MeasurementsPreset],
        inputs: list[ImageInput],
        **options: Unpack[RunOptions],
    ) -> ArbiterImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            measurements: The measurements to use for the measurement.
            inputs: The inputs to use for the measurement.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "measurements": measurements,
                "inputs": inputs,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        measurements: list[MeasurementsPreset],
        inputs: list[ImageInput],
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ArbiterImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            measurements: The measurements to use for the measurement.
            inputs: The inputs to use for the measurement.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "measurements": measurements,
                "inputs": inputs,
            }
        )
        return self._stream(payload, options)


class AsyncArbiterImage(AsyncEndpoint[ArbiterImageInput, ArbiterImageOutput]):
    """Arbiter Image (`fal-ai/arbiter/image`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/arbiter/image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/arbiter/image"
    input_model: ClassVar[type[ArbiterImageInput]] = ArbiterImageInput
    output_model: ClassVar[type[ArbiterImageOutput]] = ArbiterImageOutput
    Input = ArbiterImageInput
    Output = ArbiterImageOutput

    async def subscribe(
        self,
        *,
        measurements: list[MeasurementsPreset],
        inputs: list[ImageInput],
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ArbiterImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            measurements: The measurements to use for the measurement.
            inputs: The inputs to use for the measurement.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "measurements": measurements,
                "inputs": inputs,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        measurements: list[MeasurementsPreset],
        inputs: list[ImageInput],
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ArbiterImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            measurements: The measurements to use for the measurement.
            inputs: The inputs to use for the measurement.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "measurements": measurements,
                "inputs": inputs,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        measurements: list[MeasurementsPreset],
        inputs: list[ImageInput],
        **options: Unpack[RunOptions],
    ) -> ArbiterImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            measurements: The measurements to use for the measurement.
            inputs: The inputs to use for the measurement.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "measurements": measurements,
                "inputs": inputs,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        measurements: list[MeasurementsPreset],
        inputs: list[ImageInput],
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ArbiterImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            measurements: The measurements to use for the measurement.
            inputs: The inputs to use for the measurement.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "measurements": measurements,
                "inputs": inputs,
            }
        )
        return self._stream(payload, options)
