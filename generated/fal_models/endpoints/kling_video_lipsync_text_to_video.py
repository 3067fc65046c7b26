# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-video/lipsync/text-to-video` (Kling Video Lipsync Text To
Video).
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
from fal_models.models.kling_video_lipsync_text_to_video import (
    KlingVideoLipsyncTextToVideoInput,
    KlingVideoLipsyncTextToVideoOutput,
)

__all__ = [
    "KlingVideoLipsyncTextToVideo",
    "AsyncKlingVideoLipsyncTextToVideo",
    "KlingVideoLipsyncTextToVideoInput",
    "KlingVideoLipsyncTextToVideoOutput",
]


class KlingVideoLipsyncTextToVideo(
    SyncEndpoint[KlingVideoLipsyncTextToVideoInput, KlingVideoLipsyncTextToVideoOutput]
):
    """Kling Video Lipsync Text To Video (`fal-ai/kling-video/lipsync/text-to-video`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/lipsync/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/lipsync/text-to-video"
    input_model: ClassVar[type[KlingVideoLipsyncTextToVideoInput]] = (
        KlingVideoLipsyncTextToVideoInput
    )
    output_model: ClassVar[type[KlingVideoLipsyncTextToVideoOutput]] = (
        KlingVideoLipsyncTextToVideoOutput
    )
    Input = KlingVideoLipsyncTextToVideoInput
    Output = KlingVideoLipsyncTextToVideoOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        text: str,
        voice_id: Literal[
            "genshin_vindi2",
            "zhinen_xuesheng",
            "AOT",
            "ai_shatang",
            "genshin_klee2",
            "genshin_kirara",
            "ai_kaiya",
            "oversea_male1",
            "ai_chenjiahao_712",
            "girlfriend_4_speech02",
            "chat1_female_new-3",
            "chat_0407_5-1",
            "cartoon-boy-07",
            "uk_boy1",
            "cartoon-girl-01",
            "PeppaPig_platform",
            "ai_huangzhong_712",
            "ai_huangyaoshi_712",
            "ai_laoguowang_712",
            "chengshu_jiejie",
            "you_pingjing",
            "calm_story1",
            "uk_man2",
            "laopopo_speech02",
            "heainainai_speech02",
            "reader_en_m-v1",
            "commercial_lady_en_f-v1",
            "tiyuxi_xuedi",
            "tiexin_nanyou",
            "girlfriend_1_speech02",
            "girlfriend_2_speech02",
            "zhuxi_speech02",
            "uk_oldman3",
            "dongbeilaotie_speech02",
            "chongqingxiaohuo_speech02",
            "chuanmeizi_speech02",
            "chaoshandashu_speech02",
            "ai_taiwan_man2_speech02",
            "xianzhanggui_speech02",
            "tianjinjiejie_speech02",
            "diyinnansang_DB_CN_M_04-v2",
            "yizhipiannan-v1",
            "guanxiaofang-v2",
            "tianmeixuemei-v1",
            "daopianyansang-v1",
            "mengwa-v1",
        ],
        voice_language: Literal["zh", "en"] | Omit = omit,
        voice_speed: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KlingVideoLipsyncTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to generate the lip sync for. Supports .mp4/.mov,
                ≤100MB, 2-60s, 720p/1080p only, width/height 720–1920px. If validation fails, an
                error is returned. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            text: Text content for lip-sync video generation. Max 120 characters. Limits: max length
                120.
            voice_id: Voice ID to use for speech synthesis.
            voice_language: The voice language corresponding to the Voice ID. Default: "en".
            voice_speed: Speech rate for Text to Video generation. Default: 1. Limits: minimum 0.8,
                maximum 2.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text": text,
                "voice_id": voice_id,
                "voice_language": voice_language,
                "voice_speed": voice_speed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        text: str,
        voice_id: Literal[
            "genshin_vindi2",
            "zhinen_xuesheng",
            "AOT",
            "ai_shatang",
            "genshin_klee2",
            "genshin_kirara",
            "ai_kaiya",
            "oversea_male1",
            "ai_chenjiahao_712",
            "girlfriend_4_speech02",
            "chat1_female_new-3",
            "chat_0407_5-1",
            "cartoon-boy-07",
            "uk_boy1",
            "cartoon-girl-01",
            "PeppaPig_platform",
            "ai_huangzhong_712",
            "ai_huangyaoshi_712",
            "ai_laoguowang_712",
            "chengshu_jiejie",
            "you_pingjing",
            "calm_story1",
            "uk_man2",
            "laopopo_speech02",
            "heainainai_speech02",
            "reader_en_m-v1",
            "commercial_lady_en_f-v1",
            "tiyuxi_xuedi",
            "tiexin_nanyou",
            "girlfriend_1_speech02",
            "girlfriend_2_speech02",
            "zhuxi_speech02",
            "uk_oldman3",
            "dongbeilaotie_speech02",
            "chongqingxiaohuo_speech02",
            "chuanmeizi_speech02",
            "chaoshandashu_speech02",
            "ai_taiwan_man2_speech02",
            "xianzhanggui_speech02",
            "tianjinjiejie_speech02",
            "diyinnansang_DB_CN_M_04-v2",
            "yizhipiannan-v1",
            "guanxiaofang-v2",
            "tianmeixuemei-v1",
            "daopianyansang-v1",
            "mengwa-v1",
        ],
        voice_language: Literal["zh", "en"] | Omit = omit,
        voice_speed: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingVideoLipsyncTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to generate the lip sync for. Supports .mp4/.mov,
                ≤100MB, 2-60s, 720p/1080p only, width/height 720–1920px. If validation fails, an
                error is returned. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            text: Text content for lip-sync video generation. Max 120 characters. Limits: max length
                120.
            voice_id: Voice ID to use for speech synthesis.
            voice_language: The voice language corresponding to the Voice ID. Default: "en".
            voice_speed: Speech rate for Text to Video generation. Default: 1. Limits: minimum 0.8,
                maximum 2.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text": text,
                "voice_id": voice_id,
                "voice_language": voice_language,
                "voice_speed": voice_speed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        text: str,
        voice_id: Literal[
            "genshin_vindi2",
            "zhinen_xuesheng",
            "AOT",
            "ai_shatang",
            "genshin_klee2",
            "genshin_kirara",
            "ai_kaiya",
            "oversea_male1",
            "ai_chenjiahao_712",
            "girlfriend_4_speech02",
            "chat1_female_new-3",
            "chat_0407_5-1",
            "cartoon-boy-07",
            "uk_boy1",
            "cartoon-girl-01",
            "PeppaPig_platform",
            "ai_huangzhong_712",
            "ai_huangyaoshi_712",
            "ai_laoguowang_712",
            "chengshu_jiejie",
            "you_pingjing",
            "calm_story1",
            "uk_man2",
            "laopopo_speech02",
            "heainainai_speech02",
            "reader_en_m-v1",
            "commercial_lady_en_f-v1",
            "tiyuxi_xuedi",
            "tiexin_nanyou",
            "girlfriend_1_speech02",
            "girlfriend_2_speech02",
            "zhuxi_speech02",
            "uk_oldman3",
            "dongbeilaotie_speech02",
            "chongqingxiaohuo_speech02",
            "chuanmeizi_speech02",
            "chaoshandashu_speech02",
            "ai_taiwan_man2_speech02",
            "xianzhanggui_speech02",
            "tianjinjiejie_speech02",
            "diyinnansang_DB_CN_M_04-v2",
            "yizhipiannan-v1",
            "guanxiaofang-v2",
            "tianmeixuemei-v1",
            "daopianyansang-v1",
            "mengwa-v1",
        ],
        voice_language: Literal["zh", "en"] | Omit = omit,
        voice_speed: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoLipsyncTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to generate the lip sync for. Supports .mp4/.mov,
                ≤100MB, 2-60s, 720p/1080p only, width/height 720–1920px. If validation fails, an
                error is returned. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            text: Text content for lip-sync video generation. Max 120 characters. Limits: max length
                120.
            voice_id: Voice ID to use for speech synthesis.
            voice_language: The voice language corresponding to the Voice ID. Default: "en".
            voice_speed: Speech rate for Text to Video generation. Default: 1. Limits: minimum 0.8,
                maximum 2.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text": text,
                "voice_id": voice_id,
                "voice_language": voice_language,
                "voice_speed": voice_speed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        text: str,
        voice_id: Literal[
            "genshin_vindi2",
            "zhinen_xuesheng",
            "AOT",
            "ai_shatang",
            "genshin_klee2",
            "genshin_kirara",
            "ai_kaiya",
            "oversea_male1",
            "ai_chenjiahao_712",
            "girlfriend_4_speech02",
            "chat1_female_new-3",
            "chat_0407_5-1",
            "cartoon-boy-07",
            "uk_boy1",
            "cartoon-girl-01",
            "PeppaPig_platform",
            "ai_huangzhong_712",
            "ai_huangyaoshi_712",
            "ai_laoguowang_712",
            "chengshu_jiejie",
            "you_pingjing",
            "calm_story1",
            "uk_man2",
            "laopopo_speech02",
            "heainainai_speech02",
            "reader_en_m-v1",
            "commercial_lady_en_f-v1",
            "tiyuxi_xuedi",
            "tiexin_nanyou",
            "girlfriend_1_speech02",
            "girlfriend_2_speech02",
            "zhuxi_speech02",
            "uk_oldman3",
            "dongbeilaotie_speech02",
            "chongqingxiaohuo_speech02",
            "chuanmeizi_speech02",
            "chaoshandashu_speech02",
            "ai_taiwan_man2_speech02",
            "xianzhanggui_speech02",
            "tianjinjiejie_speech02",
            "diyinnansang_DB_CN_M_04-v2",
            "yizhipiannan-v1",
            "guanxiaofang-v2",
            "tianmeixuemei-v1",
            "daopianyansang-v1",
            "mengwa-v1",
        ],
        voice_language: Literal["zh", "en"] | Omit = omit,
        voice_speed: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingVideoLipsyncTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to generate the lip sync for. Supports .mp4/.mov,
                ≤100MB, 2-60s, 720p/1080p only, width/height 720–1920px. If validation fails, an
                error is returned. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            text: Text content for lip-sync video generation. Max 120 characters. Limits: max length
                120.
            voice_id: Voice ID to use for speech synthesis.
            voice_language: The voice language corresponding to the Voice ID. Default: "en".
            voice_speed: Speech rate for Text to Video generation. Default: 1. Limits: minimum 0.8,
                maximum 2.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text": text,
                "voice_id": voice_id,
                "voice_language": voice_language,
                "voice_speed": voice_speed,
            }
        )
        return self._stream(payload, options)


class AsyncKlingVideoLipsyncTextToVideo(
    AsyncEndpoint[KlingVideoLipsyncTextToVideoInput, KlingVideoLipsyncTextToVideoOutput]
):
    """Kling Video Lipsync Text To Video (`fal-ai/kling-video/lipsync/text-to-video`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/lipsync/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/lipsync/text-to-video"
    input_model: ClassVar[type[KlingVideoLipsyncTextToVideoInput]] = (
        KlingVideoLipsyncTextToVideoInput
    )
    output_model: ClassVar[type[KlingVideoLipsyncTextToVideoOutput]] = (
        KlingVideoLipsyncTextToVideoOutput
    )
    Input = KlingVideoLipsyncTextToVideoInput
    Output = KlingVideoLipsyncTextToVideoOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        text: str,
        voice_id: Literal[
            "genshin_vindi2",
            "zhinen_xuesheng",
            "AOT",
            "ai_shatang",
            "genshin_klee2",
            "genshin_kirara",
            "ai_kaiya",
            "oversea_male1",
            "ai_chenjiahao_712",
            "girlfriend_4_speech02",
            "chat1_female_new-3",
            "chat_0407_5-1",
            "cartoon-boy-07",
            "uk_boy1",
            "cartoon-girl-01",
            "PeppaPig_platform",
            "ai_huangzhong_712",
            "ai_huangyaoshi_712",
            "ai_laoguowang_712",
            "chengshu_jiejie",
            "you_pingjing",
            "calm_story1",
            "uk_man2",
            "laopopo_speech02",
            "heainainai_speech02",
            "reader_en_m-v1",
            "commercial_lady_en_f-v1",
            "tiyuxi_xuedi",
            "tiexin_nanyou",
            "girlfriend_1_speech02",
            "girlfriend_2_speech02",
            "zhuxi_speech02",
            "uk_oldman3",
            "dongbeilaotie_speech02",
            "chongqingxiaohuo_speech02",
            "chuanmeizi_speech02",
            "chaoshandashu_speech02",
            "ai_taiwan_man2_speech02",
            "xianzhanggui_speech02",
            "tianjinjiejie_speech02",
            "diyinnansang_DB_CN_M_04-v2",
            "yizhipiannan-v1",
            "guanxiaofang-v2",
            "tianmeixuemei-v1",
            "daopianyansang-v1",
            "mengwa-v1",
        ],
        voice_language: Literal["zh", "en"] | Omit = omit,
        voice_speed: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingVideoLipsyncTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to generate the lip sync for. Supports .mp4/.mov,
                ≤100MB, 2-60s, 720p/1080p only, width/height 720–1920px. If validation fails, an
                error is returned. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            text: Text content for lip-sync video generation. Max 120 characters. Limits: max length
                120.
            voice_id: Voice ID to use for speech synthesis.
            voice_language: The voice language corresponding to the Voice ID. Default: "en".
            voice_speed: Speech rate for Text to Video generation. Default: 1. Limits: minimum 0.8,
                maximum 2.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text": text,
                "voice_id": voice_id,
                "voice_language": voice_language,
                "voice_speed": voice_speed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        text: str,
        voice_id: Literal[
            "genshin_vindi2",
            "zhinen_xuesheng",
            "AOT",
            "ai_shatang",
            "genshin_klee2",
            "genshin_kirara",
            "ai_kaiya",
            "oversea_male1",
            "ai_chenjiahao_712",
            "girlfriend_4_speech02",
            "chat1_female_new-3",
            "chat_0407_5-1",
            "cartoon-boy-07",
            "uk_boy1",
            "cartoon-girl-01",
            "PeppaPig_platform",
            "ai_huangzhong_712",
            "ai_huangyaoshi_712",
            "ai_laoguowang_712",
            "chengshu_jiejie",
            "you_pingjing",
            "calm_story1",
            "uk_man2",
            "laopopo_speech02",
            "heainainai_speech02",
            "reader_en_m-v1",
            "commercial_lady_en_f-v1",
            "tiyuxi_xuedi",
            "tiexin_nanyou",
            "girlfriend_1_speech02",
            "girlfriend_2_speech02",
            "zhuxi_speech02",
            "uk_oldman3",
            "dongbeilaotie_speech02",
            "chongqingxiaohuo_speech02",
            "chuanmeizi_speech02",
            "chaoshandashu_speech02",
            "ai_taiwan_man2_speech02",
            "xianzhanggui_speech02",
            "tianjinjiejie_speech02",
            "diyinnansang_DB_CN_M_04-v2",
            "yizhipiannan-v1",
            "guanxiaofang-v2",
            "tianmeixuemei-v1",
            "daopianyansang-v1",
            "mengwa-v1",
        ],
        voice_language: Literal["zh", "en"] | Omit = omit,
        voice_speed: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingVideoLipsyncTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to generate the lip sync for. Supports .mp4/.mov,
                ≤100MB, 2-60s, 720p/1080p only, width/height 720–1920px. If validation fails, an
                error is returned. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            text: Text content for lip-sync video generation. Max 120 characters. Limits: max length
                120.
            voice_id: Voice ID to use for speech synthesis.
            voice_language: The voice language corresponding to the Voice ID. Default: "en".
            voice_speed: Speech rate for Text to Video generation. Default: 1. Limits: minimum 0.8,
                maximum 2.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text": text,
                "voice_id": voice_id,
                "voice_language": voice_language,
                "voice_speed": voice_speed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        text: str,
        voice_id: Literal[
            "genshin_vindi2",
            "zhinen_xuesheng",
            "AOT",
            "ai_shatang",
            "genshin_klee2",
            "genshin_kirara",
            "ai_kaiya",
            "oversea_male1",
            "ai_chenjiahao_712",
            "girlfriend_4_speech02",
            "chat1_female_new-3",
            "chat_0407_5-1",
            "cartoon-boy-07",
            "uk_boy1",
            "cartoon-girl-01",
            "PeppaPig_platform",
            "ai_huangzhong_712",
            "ai_huangyaoshi_712",
            "ai_laoguowang_712",
            "chengshu_jiejie",
            "you_pingjing",
            "calm_story1",
            "uk_man2",
            "laopopo_speech02",
            "heainainai_speech02",
            "reader_en_m-v1",
            "commercial_lady_en_f-v1",
            "tiyuxi_xuedi",
            "tiexin_nanyou",
            "girlfriend_1_speech02",
            "girlfriend_2_speech02",
            "zhuxi_speech02",
            "uk_oldman3",
            "dongbeilaotie_speech02",
            "chongqingxiaohuo_speech02",
            "chuanmeizi_speech02",
            "chaoshandashu_speech02",
            "ai_taiwan_man2_speech02",
            "xianzhanggui_speech02",
            "tianjinjiejie_speech02",
            "diyinnansang_DB_CN_M_04-v2",
            "yizhipiannan-v1",
            "guanxiaofang-v2",
            "tianmeixuemei-v1",
            "daopianyansang-v1",
            "mengwa-v1",
        ],
        voice_language: Literal["zh", "en"] | Omit = omit,
        voice_speed: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoLipsyncTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to generate the lip sync for. Supports .mp4/.mov,
                ≤100MB, 2-60s, 720p/1080p only, width/height 720–1920px. If validation fails, an
                error is returned. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            text: Text content for lip-sync video generation. Max 120 characters. Limits: max length
                120.
            voice_id: Voice ID to use for speech synthesis.
            voice_language: The voice language corresponding to the Voice ID. Default: "en".
            voice_speed: Speech rate for Text to Video generation. Default: 1. Limits: minimum 0.8,
                maximum 2.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text": text,
                "voice_id": voice_id,
                "voice_language": voice_language,
                "voice_speed": voice_speed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        text: str,
        voice_id: Literal[
            "genshin_vindi2",
            "zhinen_xuesheng",
            "AOT",
            "ai_shatang",
            "genshin_klee2",
            "genshin_kirara",
            "ai_kaiya",
            "oversea_male1",
            "ai_chenjiahao_712",
            "girlfriend_4_speech02",
            "chat1_female_new-3",
            "chat_0407_5-1",
            "cartoon-boy-07",
            "uk_boy1",
            "cartoon-girl-01",
            "PeppaPig_platform",
            "ai_huangzhong_712",
            "ai_huangyaoshi_712",
            "ai_laoguowang_712",
            "chengshu_jiejie",
            "you_pingjing",
            "calm_story1",
            "uk_man2",
            "laopopo_speech02",
            "heainainai_speech02",
            "reader_en_m-v1",
            "commercial_lady_en_f-v1",
            "tiyuxi_xuedi",
            "tiexin_nanyou",
            "girlfriend_1_speech02",
            "girlfriend_2_speech02",
            "zhuxi_speech02",
            "uk_oldman3",
            "dongbeilaotie_speech02",
            "chongqingxiaohuo_speech02",
            "chuanmeizi_speech02",
            "chaoshandashu_speech02",
            "ai_taiwan_man2_speech02",
            "xianzhanggui_speech02",
            "tianjinjiejie_speech02",
            "diyinnansang_DB_CN_M_04-v2",
            "yizhipiannan-v1",
            "guanxiaofang-v2",
            "tianmeixuemei-v1",
            "daopianyansang-v1",
            "mengwa-v1",
        ],
        voice_language: Literal["zh", "en"] | Omit = omit,
        voice_speed: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingVideoLipsyncTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to generate the lip sync for. Supports .mp4/.mov,
                ≤100MB, 2-60s, 720p/1080p only, width/height 720–1920px. If validation fails, an
                error is returned. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            text: Text content for lip-sync video generation. Max 120 characters. Limits: max length
                120.
            voice_id: Voice ID to use for speech synthesis.
            voice_language: The voice language corresponding to the Voice ID. Default: "en".
            voice_speed: Speech rate for Text to Video generation. Default: 1. Limits: minimum 0.8,
                maximum 2.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text": text,
                "voice_id": voice_id,
                "voice_language": voice_language,
                "voice_speed": voice_speed,
            }
        )
        return self._stream(payload, options)
