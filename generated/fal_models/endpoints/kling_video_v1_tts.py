# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-video/v1/tts` (Kling Video V1 Tts)."""

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
from fal_models.models.kling_video_v1_tts import KlingVideoV1TtsInput, KlingVideoV1TtsOutput

__all__ = [
    "KlingVideoV1Tts",
    "AsyncKlingVideoV1Tts",
    "KlingVideoV1TtsInput",
    "KlingVideoV1TtsOutput",
]


class KlingVideoV1Tts(SyncEndpoint[KlingVideoV1TtsInput, KlingVideoV1TtsOutput]):
    """Kling Video V1 Tts (`fal-ai/kling-video/v1/tts`).

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/kling-video/v1/tts/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/v1/tts"
    input_model: ClassVar[type[KlingVideoV1TtsInput]] = KlingVideoV1TtsInput
    output_model: ClassVar[type[KlingVideoV1TtsOutput]] = KlingVideoV1TtsOutput
    Input = KlingVideoV1TtsInput
    Output = KlingVideoV1TtsOutput

    def subscribe(
        self,
        *,
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
        ]
        | Omit = omit,
        voice_speed: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KlingVideoV1TtsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            text: The text to be converted to speech. Limits: max length 500.
            voice_id: The voice ID to use for speech synthesis. Default: "genshin_vindi2".
            voice_speed: Rate of speech. Default: 1. Limits: minimum 0.8, maximum 2.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice_id": voice_id,
                "voice_speed": voice_speed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
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
        ]
        | Omit = omit,
        voice_speed: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingVideoV1TtsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            text: The text to be converted to speech. Limits: max length 500.
            voice_id: The voice ID to use for speech synthesis. Default: "genshin_vindi2".
            voice_speed: Rate of speech. Default: 1. Limits: minimum 0.8, maximum 2.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice_id": voice_id,
                "voice_speed": voice_speed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
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
        ]
        | Omit = omit,
        voice_speed: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoV1TtsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            text: The text to be converted to speech. Limits: max length 500.
            voice_id: The voice ID to use for speech synthesis. Default: "genshin_vindi2".
            voice_speed: Rate of speech. Default: 1. Limits: minimum 0.8, maximum 2.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice_id": voice_id,
                "voice_speed": voice_speed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
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
        ]
        | Omit = omit,
        voice_speed: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingVideoV1TtsOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            text: The text to be converted to speech. Limits: max length 500.
            voice_id: The voice ID to use for speech synthesis. Default: "genshin_vindi2".
            voice_speed: Rate of speech. Default: 1. Limits: minimum 0.8, maximum 2.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice_id": voice_id,
                "voice_speed": voice_speed,
            }
        )
        return self._stream(payload, options)


class AsyncKlingVideoV1Tts(AsyncEndpoint[KlingVideoV1TtsInput, KlingVideoV1TtsOutput]):
    """Kling Video V1 Tts (`fal-ai/kling-video/v1/tts`).

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/kling-video/v1/tts/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/v1/tts"
    input_model: ClassVar[type[KlingVideoV1TtsInput]] = KlingVideoV1TtsInput
    output_model: ClassVar[type[KlingVideoV1TtsOutput]] = KlingVideoV1TtsOutput
    Input = KlingVideoV1TtsInput
    Output = KlingVideoV1TtsOutput

    async def subscribe(
        self,
        *,
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
        ]
        | Omit = omit,
        voice_speed: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingVideoV1TtsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            text: The text to be converted to speech. Limits: max length 500.
            voice_id: The voice ID to use for speech synthesis. Default: "genshin_vindi2".
            voice_speed: Rate of speech. Default: 1. Limits: minimum 0.8, maximum 2.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice_id": voice_id,
                "voice_speed": voice_speed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
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
        ]
        | Omit = omit,
        voice_speed: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingVideoV1TtsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            text: The text to be converted to speech. Limits: max length 500.
            voice_id: The voice ID to use for speech synthesis. Default: "genshin_vindi2".
            voice_speed: Rate of speech. Default: 1. Limits: minimum 0.8, maximum 2.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice_id": voice_id,
                "voice_speed": voice_speed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
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
        ]
        | Omit = omit,
        voice_speed: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoV1TtsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            text: The text to be converted to speech. Limits: max length 500.
            voice_id: The voice ID to use for speech synthesis. Default: "genshin_vindi2".
            voice_speed: Rate of speech. Default: 1. Limits: minimum 0.8, maximum 2.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice_id": voice_id,
                "voice_speed": voice_speed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
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
        ]
        | Omit = omit,
        voice_speed: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingVideoV1TtsOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            text: The text to be converted to speech. Limits: max length 500.
            voice_id: The voice ID to use for speech synthesis. Default: "genshin_vindi2".
            voice_speed: Rate of speech. Default: 1. Limits: minimum 0.8, maximum 2.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice_id": voice_id,
                "voice_speed": voice_speed,
            }
        )
        return self._stream(payload, options)
