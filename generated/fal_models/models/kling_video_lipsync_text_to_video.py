# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class KlingVideoLipsyncTextToVideoInput(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="The URL of the video to generate the lip sync for. Supports .mp4/.mov, "
            "≤100MB, 2-60s, 720p/1080p only, width/height 720–1920px. If validation fails, an "
            "error is returned.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the video to generate the lip sync for. Supports .mp4/.mov, ≤100MB, 2-60s,
    720p/1080p only, width/height 720–1920px. If validation fails, an error is returned.
    """

    text: Annotated[
        str,
        Field(
            description="Text content for lip-sync video generation. Max 120 characters.",
            max_length=120,
        ),
    ]
    """Text content for lip-sync video generation. Max 120 characters."""

    voice_id: Annotated[
        Literal[
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
        Field(description="Voice ID to use for speech synthesis"),
    ]
    """Voice ID to use for speech synthesis"""

    voice_language: Annotated[
        Literal["zh", "en"], Field(description="The voice language corresponding to the Voice ID")
    ] = "en"
    """The voice language corresponding to the Voice ID"""

    voice_speed: Annotated[
        float, Field(description="Speech rate for Text to Video generation", ge=0.8, le=2.0)
    ] = 1
    """Speech rate for Text to Video generation"""


class KlingVideoLipsyncTextToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""
