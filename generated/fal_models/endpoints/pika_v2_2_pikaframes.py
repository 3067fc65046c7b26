# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/pika/v2.2/pikaframes` (Pika V2.2 Pikaframes)."""

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
from fal_models.models.pika_v2_2_pikaframes import (
    KeyframeTransition,
    PikaV2_2PikaframesInput,
    PikaV2_2PikaframesOutput,
)

__all__ = [
    "PikaV2_2Pikaframes",
    "AsyncPikaV2_2Pikaframes",
    "PikaV2_2PikaframesInput",
    "PikaV2_2PikaframesOutput",
]


class PikaV2_2Pikaframes(SyncEndpoint[PikaV2_2PikaframesInput, PikaV2_2PikaframesOutput]):
    """Pika V2.2 Pikaframes (`fal-ai/pika/v2.2/pikaframes`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/pika/v2.2/pikaframes/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pika/v2.2/pikaframes"
    input_model: ClassVar[type[PikaV2_2PikaframesInput]] = PikaV2_2PikaframesInput
    output_model: ClassVar[type[PikaV2_2PikaframesOutput]] = PikaV2_2PikaframesOutput
    Input = PikaV2_2PikaframesInput
    Output = PikaV2_2PikaframesOutput

    def subscribe(
        self,
        *,
        image_urls: list[FileInput],
        transitions: list[KeyframeTransition] | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PikaV2_2PikaframesOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_urls: URLs of keyframe images (2-5 images) to create transitions between. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            transitions: Configuration for each transition. Length must be len(image_urls) - 1.
                Total duration of all transitions must not exceed 25 seconds. If not provided, uses
                default 5-second transitions with the global prompt.
            prompt: Default prompt for all transitions. Individual transition prompts override this.
            negative_prompt: A negative prompt to guide the model. Default: "".
            seed: The seed for the random number generator.
            resolution: The resolution of the generated video. Default: "720p".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "transitions": transitions,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "resolution": resolution,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_urls: list[FileInput],
        transitions: list[KeyframeTransition] | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PikaV2_2PikaframesOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_urls: URLs of keyframe images (2-5 images) to create transitions between. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            transitions: Configuration for each transition. Length must be len(image_urls) - 1.
                Total duration of all transitions must not exceed 25 seconds. If not provided, uses
                default 5-second transitions with the global prompt.
            prompt: Default prompt for all transitions. Individual transition prompts override this.
            negative_prompt: A negative prompt to guide the model. Default: "".
            seed: The seed for the random number generator.
            resolution: The resolution of the generated video. Default: "720p".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "transitions": transitions,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "resolution": resolution,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_urls: list[FileInput],
        transitions: list[KeyframeTransition] | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PikaV2_2PikaframesOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_urls: URLs of keyframe images (2-5 images) to create transitions between. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            transitions: Configuration for each transition. Length must be len(image_urls) - 1.
                Total duration of all transitions must not exceed 25 seconds. If not provided, uses
                default 5-second transitions with the global prompt.
            prompt: Default prompt for all transitions. Individual transition prompts override this.
            negative_prompt: A negative prompt to guide the model. Default: "".
            seed: The seed for the random number generator.
            resolution: The resolution of the generated video. Default: "720p".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "transitions": transitions,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "resolution": resolution,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_urls: list[FileInput],
        transitions: list[KeyframeTransition] | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PikaV2_2PikaframesOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_urls: URLs of keyframe images (2-5 images) to create transitions between. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            transitions: Configuration for each transition. Length must be len(image_urls) - 1.
                Total duration of all transitions must not exceed 25 seconds. If not provided, uses
                default 5-second transitions with the global prompt.
            prompt: Default prompt for all transitions. Individual transition prompts override this.
            negative_prompt: A negative prompt to guide the model. Default: "".
            seed: The seed for the random number generator.
            resolution: The resolution of the generated video. Default: "720p".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "transitions": transitions,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "resolution": resolution,
            }
        )
        return self._stream(payload, options)


class AsyncPikaV2_2Pikaframes(AsyncEndpoint[PikaV2_2PikaframesInput, PikaV2_2PikaframesOutput]):
    """Pika V2.2 Pikaframes (`fal-ai/pika/v2.2/pikaframes`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/pika/v2.2/pikaframes/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pika/v2.2/pikaframes"
    input_model: ClassVar[type[PikaV2_2PikaframesInput]] = PikaV2_2PikaframesInput
    output_model: ClassVar[type[PikaV2_2PikaframesOutput]] = PikaV2_2PikaframesOutput
    Input = PikaV2_2PikaframesInput
    Output = PikaV2_2PikaframesOutput

    async def subscribe(
        self,
        *,
        image_urls: list[FileInput],
        transitions: list[KeyframeTransition] | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PikaV2_2PikaframesOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_urls: URLs of keyframe images (2-5 images) to create transitions between. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            transitions: Configuration for each transition. Length must be len(image_urls) - 1.
                Total duration of all transitions must not exceed 25 seconds. If not provided, uses
                default 5-second transitions with the global prompt.
            prompt: Default prompt for all transitions. Individual transition prompts override this.
            negative_prompt: A negative prompt to guide the model. Default: "".
            seed: The seed for the random number generator.
            resolution: The resolution of the generated video. Default: "720p".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "transitions": transitions,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "resolution": resolution,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_urls: list[FileInput],
        transitions: list[KeyframeTransition] | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PikaV2_2PikaframesOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_urls: URLs of keyframe images (2-5 images) to create transitions between. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            transitions: Configuration for each transition. Length must be len(image_urls) - 1.
                Total duration of all transitions must not exceed 25 seconds. If not provided, uses
                default 5-second transitions with the global prompt.
            prompt: Default prompt for all transitions. Individual transition prompts override this.
            negative_prompt: A negative prompt to guide the model. Default: "".
            seed: The seed for the random number generator.
            resolution: The resolution of the generated video. Default: "720p".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "transitions": transitions,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "resolution": resolution,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_urls: list[FileInput],
        transitions: list[KeyframeTransition] | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PikaV2_2PikaframesOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_urls: URLs of keyframe images (2-5 images) to create transitions between. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            transitions: Configuration for each transition. Length must be len(image_urls) - 1.
                Total duration of all transitions must not exceed 25 seconds. If not provided, uses
                default 5-second transitions with the global prompt.
            prompt: Default prompt for all transitions. Individual transition prompts override this.
            negative_prompt: A negative prompt to guide the model. Default: "".
            seed: The seed for the random number generator.
            resolution: The resolution of the generated video. Default: "720p".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "transitions": transitions,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "resolution": resolution,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_urls: list[FileInput],
        transitions: list[KeyframeTransition] | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PikaV2_2PikaframesOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_urls: URLs of keyframe images (2-5 images) to create transitions between. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            transitions: Configuration for each transition. Length must be len(image_urls) - 1.
                Total duration of all transitions must not exceed 25 seconds. If not provided, uses
                default 5-second transitions with the global prompt.
            prompt: Default prompt for all transitions. Individual transition prompts override this.
            negative_prompt: A negative prompt to guide the model. Default: "".
            seed: The seed for the random number generator.
            resolution: The resolution of the generated video. Default: "720p".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "transitions": transitions,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "resolution": resolution,
            }
        )
        return self._stream(payload, options)
