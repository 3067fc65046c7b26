# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-apps-v2/city-teleport` (Image Apps V2 City Teleport)."""

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
from fal_models.models.image_apps_v2_city_teleport import (
    AspectRatio,
    ImageAppsV2CityTeleportInput,
    ImageAppsV2CityTeleportOutput,
)

__all__ = [
    "ImageAppsV2CityTeleport",
    "AsyncImageAppsV2CityTeleport",
    "ImageAppsV2CityTeleportInput",
    "ImageAppsV2CityTeleportOutput",
]


class ImageAppsV2CityTeleport(
    SyncEndpoint[ImageAppsV2CityTeleportInput, ImageAppsV2CityTeleportOutput]
):
    """Image Apps V2 City Teleport (`fal-ai/image-apps-v2/city-teleport`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/city-teleport/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/city-teleport"
    input_model: ClassVar[type[ImageAppsV2CityTeleportInput]] = ImageAppsV2CityTeleportInput
    output_model: ClassVar[type[ImageAppsV2CityTeleportOutput]] = ImageAppsV2CityTeleportOutput
    Input = ImageAppsV2CityTeleportInput
    Output = ImageAppsV2CityTeleportOutput

    def subscribe(
        self,
        *,
        person_image_url: FileInput,
        city_image_url: FileInput | None | Omit = omit,
        city_name: str,
        photo_shot: Literal[
            "extreme_close_up",
            "close_up",
            "medium_close_up",
            "medium_shot",
            "medium_long_shot",
            "long_shot",
            "extreme_long_shot",
            "full_body",
        ]
        | Omit = omit,
        camera_angle: Literal[
            "eye_level",
            "low_angle",
            "high_angle",
            "dutch_angle",
            "birds_eye_view",
            "worms_eye_view",
            "overhead",
            "side_angle",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImageAppsV2CityTeleportOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            person_image_url: Person photo URL. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            city_image_url: Optional city background image URL. When provided, the person will be
                blended into this custom scene. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            city_name: City name (used when city_image_url is not provided).
            photo_shot: Type of photo shot. Default: "medium_shot".
            camera_angle: Camera angle for the shot. Default: "eye_level".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "person_image_url": person_image_url,
                "city_image_url": city_image_url,
                "city_name": city_name,
                "photo_shot": photo_shot,
                "camera_angle": camera_angle,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        person_image_url: FileInput,
        city_image_url: FileInput | None | Omit = omit,
        city_name: str,
        photo_shot: Literal[
            "extreme_close_up",
            "close_up",
            "medium_close_up",
            "medium_shot",
            "medium_long_shot",
            "long_shot",
            "extreme_long_shot",
            "full_body",
        ]
        | Omit = omit,
        camera_angle: Literal[
            "eye_level",
            "low_angle",
            "high_angle",
            "dutch_angle",
            "birds_eye_view",
            "worms_eye_view",
            "overhead",
            "side_angle",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImageAppsV2CityTeleportOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            person_image_url: Person photo URL. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            city_image_url: Optional city background image URL. When provided, the person will be
                blended into this custom scene. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            city_name: City name (used when city_image_url is not provided).
            photo_shot: Type of photo shot. Default: "medium_shot".
            camera_angle: Camera angle for the shot. Default: "eye_level".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "person_image_url": person_image_url,
                "city_image_url": city_image_url,
                "city_name": city_name,
                "photo_shot": photo_shot,
                "camera_angle": camera_angle,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        person_image_url: FileInput,
        city_image_url: FileInput | None | Omit = omit,
        city_name: str,
        photo_shot: Literal[
            "extreme_close_up",
            "close_up",
            "medium_close_up",
            "medium_shot",
            "medium_long_shot",
            "long_shot",
            "extreme_long_shot",
            "full_body",
        ]
        | Omit = omit,
        camera_angle: Literal[
            "eye_level",
            "low_angle",
            "high_angle",
            "dutch_angle",
            "birds_eye_view",
            "worms_eye_view",
            "overhead",
            "side_angle",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2CityTeleportOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            person_image_url: Person photo URL. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            city_image_url: Optional city background image URL. When provided, the person will be
                blended into this custom scene. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            city_name: City name (used when city_image_url is not provided).
            photo_shot: Type of photo shot. Default: "medium_shot".
            camera_angle: Camera angle for the shot. Default: "eye_level".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "person_image_url": person_image_url,
                "city_image_url": city_image_url,
                "city_name": city_name,
                "photo_shot": photo_shot,
                "camera_angle": camera_angle,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        person_image_url: FileInput,
        city_image_url: FileInput | None | Omit = omit,
        city_name: str,
        photo_shot: Literal[
            "extreme_close_up",
            "close_up",
            "medium_close_up",
            "medium_shot",
            "medium_long_shot",
            "long_shot",
            "extreme_long_shot",
            "full_body",
        ]
        | Omit = omit,
        camera_angle: Literal[
            "eye_level",
            "low_angle",
            "high_angle",
            "dutch_angle",
            "birds_eye_view",
            "worms_eye_view",
            "overhead",
            "side_angle",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImageAppsV2CityTeleportOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            person_image_url: Person photo URL. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            city_image_url: Optional city background image URL. When provided, the person will be
                blended into this custom scene. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            city_name: City name (used when city_image_url is not provided).
            photo_shot: Type of photo shot. Default: "medium_shot".
            camera_angle: Camera angle for the shot. Default: "eye_level".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "person_image_url": person_image_url,
                "city_image_url": city_image_url,
                "city_name": city_name,
                "photo_shot": photo_shot,
                "camera_angle": camera_angle,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)


class AsyncImageAppsV2CityTeleport(
    AsyncEndpoint[ImageAppsV2CityTeleportInput, ImageAppsV2CityTeleportOutput]
):
    """Image Apps V2 City Teleport (`fal-ai/image-apps-v2/city-teleport`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/city-teleport/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/city-teleport"
    input_model: ClassVar[type[ImageAppsV2CityTeleportInput]] = ImageAppsV2CityTeleportInput
    output_model: ClassVar[type[ImageAppsV2CityTeleportOutput]] = ImageAppsV2CityTeleportOutput
    Input = ImageAppsV2CityTeleportInput
    Output = ImageAppsV2CityTeleportOutput

    async def subscribe(
        self,
        *,
        person_image_url: FileInput,
        city_image_url: FileInput | None | Omit = omit,
        city_name: str,
        photo_shot: Literal[
            "extreme_close_up",
            "close_up",
            "medium_close_up",
            "medium_shot",
            "medium_long_shot",
            "long_shot",
            "extreme_long_shot",
            "full_body",
        ]
        | Omit = omit,
        camera_angle: Literal[
            "eye_level",
            "low_angle",
            "high_angle",
            "dutch_angle",
            "birds_eye_view",
            "worms_eye_view",
            "overhead",
            "side_angle",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImageAppsV2CityTeleportOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            person_image_url: Person photo URL. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            city_image_url: Optional city background image URL. When provided, the person will be
                blended into this custom scene. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            city_name: City name (used when city_image_url is not provided).
            photo_shot: Type of photo shot. Default: "medium_shot".
            camera_angle: Camera angle for the shot. Default: "eye_level".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "person_image_url": person_image_url,
                "city_image_url": city_image_url,
                "city_name": city_name,
                "photo_shot": photo_shot,
                "camera_angle": camera_angle,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        person_image_url: FileInput,
        city_image_url: FileInput | None | Omit = omit,
        city_name: str,
        photo_shot: Literal[
            "extreme_close_up",
            "close_up",
            "medium_close_up",
            "medium_shot",
            "medium_long_shot",
            "long_shot",
            "extreme_long_shot",
            "full_body",
        ]
        | Omit = omit,
        camera_angle: Literal[
            "eye_level",
            "low_angle",
            "high_angle",
            "dutch_angle",
            "birds_eye_view",
            "worms_eye_view",
            "overhead",
            "side_angle",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImageAppsV2CityTeleportOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            person_image_url: Person photo URL. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            city_image_url: Optional city background image URL. When provided, the person will be
                blended into this custom scene. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            city_name: City name (used when city_image_url is not provided).
            photo_shot: Type of photo shot. Default: "medium_shot".
            camera_angle: Camera angle for the shot. Default: "eye_level".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "person_image_url": person_image_url,
                "city_image_url": city_image_url,
                "city_name": city_name,
                "photo_shot": photo_shot,
                "camera_angle": camera_angle,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        person_image_url: FileInput,
        city_image_url: FileInput | None | Omit = omit,
        city_name: str,
        photo_shot: Literal[
            "extreme_close_up",
            "close_up",
            "medium_close_up",
            "medium_shot",
            "medium_long_shot",
            "long_shot",
            "extreme_long_shot",
            "full_body",
        ]
        | Omit = omit,
        camera_angle: Literal[
            "eye_level",
            "low_angle",
            "high_angle",
            "dutch_angle",
            "birds_eye_view",
            "worms_eye_view",
            "overhead",
            "side_angle",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2CityTeleportOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            person_image_url: Person photo URL. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            city_image_url: Optional city background image URL. When provided, the person will be
                blended into this custom scene. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            city_name: City name (used when city_image_url is not provided).
            photo_shot: Type of photo shot. Default: "medium_shot".
            camera_angle: Camera angle for the shot. Default: "eye_level".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "person_image_url": person_image_url,
                "city_image_url": city_image_url,
                "city_name": city_name,
                "photo_shot": photo_shot,
                "camera_angle": camera_angle,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        person_image_url: FileInput,
        city_image_url: FileInput | None | Omit = omit,
        city_name: str,
        photo_shot: Literal[
            "extreme_close_up",
            "close_up",
            "medium_close_up",
            "medium_shot",
            "medium_long_shot",
            "long_shot",
            "extreme_long_shot",
            "full_body",
        ]
        | Omit = omit,
        camera_angle: Literal[
            "eye_level",
            "low_angle",
            "high_angle",
            "dutch_angle",
            "birds_eye_view",
            "worms_eye_view",
            "overhead",
            "side_angle",
        ]
        | Omit = omit,
        aspect_ratio: AspectRatio | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImageAppsV2CityTeleportOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            person_image_url: Person photo URL. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            city_image_url: Optional city background image URL. When provided, the person will be
                blended into this custom scene. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            city_name: City name (used when city_image_url is not provided).
            photo_shot: Type of photo shot. Default: "medium_shot".
            camera_angle: Camera angle for the shot. Default: "eye_level".
            aspect_ratio: Aspect ratio for 4K output.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "person_image_url": person_image_url,
                "city_image_url": city_image_url,
                "city_name": city_name,
                "photo_shot": photo_shot,
                "camera_angle": camera_angle,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)
