"""The `fal-models` command line, run as a subprocess (`python -m fal_models`) against the
emulator served on a loopback port."""

from __future__ import annotations

import importlib
import json
import os
import pty
import signal
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import fal_models
import pytest
from fal_models._catalogue import CATALOGUE
from fal_models.models.qwen_image import QwenImageInput
from fal_models.testing import Emulator, EmulatorServer

QWEN = "fal-ai/qwen-image"
EDIT = "fal-ai/bytedance/seedream/v4.5/edit"
KEY = "fake-id-cli:fake-secret-for-tests"
LOGS = ("loading the weights", "step 1 of 2", "step 2 of 2")
PACKAGE_ROOT = str(Path(fal_models.__file__).resolve().parent.parent)


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    with Emulator(
        endpoints=[QWEN, EDIT], queue_time=0.0, run_time=0.02, log_messages=LOGS
    ) as emulator:
        yield emulator


@pytest.fixture(scope="module")
def server(emu: Emulator) -> Iterator[EmulatorServer]:
    with emu.serve() as srv:
        yield srv


@pytest.fixture(autouse=True)
def _timing(emu: Emulator) -> Iterator[None]:
    yield
    for endpoint_id in emu.endpoint_ids:
        emu.set_timing(endpoint_id)


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m fal_models ARGS` with FAL_KEY set, stdout and stderr pipes (not a terminal)."""
    env = {
        **os.environ,
        "FAL_KEY": KEY,
        "PYTHONPATH": os.pathsep.join([PACKAGE_ROOT, os.environ.get("PYTHONPATH", "")]),
    }
    return subprocess.run(
        [sys.executable, "-m", "fal_models", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=60,
    )


def hosts(server: EmulatorServer) -> list[str]:
    return ["--run-url", server.run_url, "--queue-url", server.queue_url]


# -- help ----------------------------------------------------------------------------------------


def test_help_names_every_command_and_the_exit_codes() -> None:
    done = cli("--help")
    assert done.returncode == 0
    for command in ("run", "submit", "status", "result", "cancel", "list", "search", "schema"):
        assert f"\n    {command} " in done.stdout
    assert "Exit status" in done.stdout


def test_run_help_has_a_flag_per_input_field_with_its_default_choices_and_limits() -> None:
    done = cli("run", QWEN, "--help")
    assert done.returncode == 0, done.stderr
    text = " ".join(done.stdout.split())
    for name in QwenImageInput.model_fields:
        assert f"--{name.replace('_', '-')}" in text
    assert "--output-format {jpeg,png}" in text
    assert "--sync-mode, --no-sync-mode" in text
    assert "Limits: >= 1, <= 4. Default: 1." in text  # num_images, as the spec says
    assert 'Default: "landscape_4_3"' in text
    assert "required input: --prompt TEXT" in text


@pytest.mark.parametrize(
    ("args", "endpoint_modules"),
    [(["--help"], set()), (["run", QWEN, "--help"], {"fal_models.endpoints.qwen_image"})],
)
def test_help_loads_only_the_endpoint_it_describes(
    args: list[str], endpoint_modules: set[str]
) -> None:
    code = (
        "import sys, contextlib, io\n"
        "from fal_models._cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        f"    main({args!r})\n"
        "print(sorted(m for m in sys.modules if m.startswith(('fal_models.endpoints.',"
        " 'fal_models.models.', 'fal_models._catalogue', 'pydantic'))))\n"
    )
    env = {**os.environ, "PYTHONPATH": PACKAGE_ROOT}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    loaded = set(json.loads(done.stdout.replace("'", '"')))
    assert {m for m in loaded if m.startswith("fal_models.endpoints.")} == endpoint_modules
    models = {m for m in loaded if m.startswith("fal_models.models.")}
    assert models <= {"fal_models.models.qwen_image", "fal_models.models.shared"}
    assert "fal_models._catalogue" not in loaded
    assert ("pydantic" in loaded) == bool(endpoint_modules)  # `--help` starts without it


# -- run -----------------------------------------------------------------------------------------


def test_run_sends_the_flags_typed_and_prints_the_output_as_json(
    emu: Emulator, server: EmulatorServer
) -> None:
    before = len(emu.submissions(QWEN))
    done = cli(
        "run",
        QWEN,
        "--prompt",
        "a fox",
        "--num-images",
        "2",
        "--guidance-scale",
        "3.5",
        "--no-enable-safety-checker",
        "--output-format",
        "jpeg",
        "--image-size",
        '{"width": 640, "height": 480}',
        "--loras",
        '{"path": "https://example.com/a.safetensors"}',
        "--loras",
        '[{"path": "https://example.com/b.safetensors", "scale": 0.5}]',
        "--json",
        *hosts(server),
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # not a terminal: no progress
    sent = emu.submissions(QWEN)[before:]
    assert len(sent) == 1
    assert sent[0].json == {
        "prompt": "a fox",
        "num_images": 2,
        "guidance_scale": 3.5,
        "enable_safety_checker": False,
        "output_format": "jpeg",
        "image_size": {"width": 640, "height": 480},
        "loras": [
            {"path": "https://example.com/a.safetensors"},
            {"path": "https://example.com/b.safetensors", "scale": 0.5},
        ],
    }
    output = json.loads(done.stdout)
    request = next(r for r in emu.requests(QWEN) if r.request_id == sent[0].request_id)
    assert output["images"] == request.output["images"]


def test_run_prints_a_readable_summary_and_saves_the_files(
    emu: Emulator, server: EmulatorServer, tmp_path: Path
) -> None:
    done = cli("run", QWEN, "--prompt", "a fox", "--save", str(tmp_path / "out"), *hosts(server))
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(": ", 1) for line in done.stdout.splitlines())
    request = next(r for r in emu.requests(QWEN) if r.request_id == lines["request_id"])
    for i, image in enumerate(request.output["images"]):
        saved = Path(lines[f"images[{i}]"])
        assert saved.parent == tmp_path / "out"
        assert saved.read_bytes() == emu.stored_file(image["url"])
    assert lines["seed"] == str(request.output["seed"])


def test_json_with_save_keeps_stdout_for_the_json(
    emu: Emulator, server: EmulatorServer, tmp_path: Path
) -> None:
    done = cli("run", QWEN, "--prompt", "a fox", "--json", "--save", str(tmp_path), *hosts(server))
    assert done.returncode == 0, done.stderr
    output = json.loads(done.stdout)
    saved = [Path(line.removeprefix("fal-models: saved ")) for line in done.stderr.splitlines()]
    assert len(saved) == len(output["images"])
    for path, image in zip(saved, output["images"], strict=True):
        assert path.parent == tmp_path and path.read_bytes() == emu.stored_file(image["url"])


def test_a_local_file_is_sent_and_a_missing_one_refused(
    emu: Emulator, server: EmulatorServer, tmp_path: Path
) -> None:
    image = tmp_path / "in.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    before = len(emu.submissions(EDIT))
    done = cli(
        "run",
        EDIT,
        "--prompt",
        "make it blue",
        "--image-urls",
        str(image),
        "--image-urls",
        "https://example.com/b.png",
        "--json",
        *hosts(server),
    )
    assert done.returncode == 0, done.stderr
    urls = emu.submissions(EDIT)[before].json["image_urls"]
    assert urls[0].startswith("data:image/png;base64,")
    assert urls[1] == "https://example.com/b.png"

    missing = cli("run", EDIT, "--prompt", "x", "--image-urls", str(tmp_path / "no.png"))
    assert missing.returncode == 2
    assert "--image-urls" in missing.stderr and "no such file" in missing.stderr


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--prompt", "a fox", "--num-images", "30"], "num_images"),  # the model's limit
        (["--num-images", "2"], "prompt"),  # a required field left out
        (["--prompt", "a fox", "--num-images", "two"], "--num-images"),  # argparse's type
        (["--prompt", "a fox", "--output-format", "gif"], "--output-format"),  # not a choice
        (["--prompt", "a fox", "--image-size", "{oops"], "--image-size"),  # not JSON
        (["--prompt", "a fox", "--input", '{"num_imagse": 2}'], "num_imagse"),  # misspelt
        (["--prompt", "a fox", "--input", "[1, 2]"], "--input"),  # not an object
    ],
)
def test_bad_input_exits_2_naming_the_field_before_any_request(
    emu: Emulator, server: EmulatorServer, args: list[str], named: str
) -> None:
    seen = len(emu.log)
    done = cli("run", QWEN, *args, *hosts(server))
    assert done.returncode == 2
    assert named in done.stderr
    assert "Traceback" not in done.stderr
    assert len(emu.log) == seen


def test_input_json_and_flags_combine_and_flags_win(emu: Emulator, server: EmulatorServer) -> None:
    before = len(emu.submissions(QWEN))
    doc = '{"prompt": "from json", "seed": 7, "num_images": 1}'
    done = cli("submit", QWEN, "--input", doc, "--num-images", "3", *hosts(server))
    assert done.returncode == 0, done.stderr
    assert emu.submissions(QWEN)[before].json == {"prompt": "from json", "seed": 7, "num_images": 3}


def test_a_failed_request_prints_one_line_with_its_request_id(
    emu: Emulator, server: EmulatorServer
) -> None:
    emu.fail_next(endpoint_id=QWEN)
    done = cli("run", QWEN, "--prompt", "a fox", *hosts(server))
    assert done.returncode == 1
    [line] = done.stderr.splitlines()
    request_id = emu.submissions(QWEN)[-1].request_id
    assert request_id is not None and request_id in line
    assert line.startswith("fal-models: error: ")


def test_an_unknown_endpoint_is_a_usage_error_with_a_suggestion() -> None:
    done = cli("run", "fal-ai/qwen-imag", "--prompt", "x")
    assert done.returncode == 2
    assert "fal-ai/qwen-image" in done.stderr and "Traceback" not in done.stderr


def test_flags_before_the_endpoint_id_are_a_usage_error_saying_so() -> None:
    done = cli("run", "--prompt", "a fox")
    assert done.returncode == 2
    assert "endpoint id first" in done.stderr


# -- a request by its id -------------------------------------------------------------------------


def test_submit_status_result_by_request_id(emu: Emulator, server: EmulatorServer) -> None:
    emu.set_timing(QWEN, queue_time=60.0)
    submitted = cli("submit", QWEN, "--prompt", "a fox", "--json", *hosts(server))
    assert submitted.returncode == 0, submitted.stderr
    request_id = json.loads(submitted.stdout)["request_id"]
    assert request_id == emu.submissions(QWEN)[-1].request_id

    status = cli("status", QWEN, request_id, "--json", *hosts(server))
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout) == {
        "request_id": request_id,
        "status": "IN_QUEUE",
        "queue_position": 0,
    }

    emu.complete(request_id)
    result = cli("result", QWEN, request_id, "--json", *hosts(server))
    assert result.returncode == 0, result.stderr
    request = next(r for r in emu.requests(QWEN) if r.request_id == request_id)
    assert json.loads(result.stdout)["seed"] == request.output["seed"]

    done = cli("status", QWEN, request_id, *hosts(server))
    assert done.stdout.splitlines()[0] == "COMPLETED"


def test_cancel_by_request_id(emu: Emulator, server: EmulatorServer) -> None:
    emu.set_timing(QWEN, queue_time=30.0)
    submitted = cli("submit", QWEN, "--prompt", "a fox", *hosts(server))
    request_id = submitted.stdout.strip()
    done = cli("cancel", QWEN, request_id, *hosts(server))
    assert done.returncode == 0, done.stderr
    [cancel] = [r for r in emu.log if r.route == "cancel"][-1:]
    assert cancel.request_id == request_id and cancel.status_code == 202
    again = cli("result", QWEN, request_id, *hosts(server))
    assert again.returncode == 1 and request_id in again.stderr


# -- endpoints -----------------------------------------------------------------------------------


def test_list_by_category() -> None:
    done = cli("list", "--category", "text-to-image", "--json")
    assert done.returncode == 0, done.stderr
    listed = json.loads(done.stdout)
    assert [e["id"] for e in listed] == [e.id for e in CATALOGUE if e.category == "text-to-image"]
    assert QWEN in {e["id"] for e in listed}
    assert len(cli("list").stdout.splitlines()) == len(CATALOGUE)
    wrong = cli("list", "--category", "text-to-imag")
    assert wrong.returncode == 2 and "text-to-image" in wrong.stderr


def test_search_matches_every_word_and_ranks_names_first() -> None:
    done = cli("search", "qwen", "image", "--json")
    found = json.loads(done.stdout)
    assert QWEN in [e["id"] for e in found]
    for entry in found:
        text = " ".join(entry.values()).lower()
        assert "qwen" in text and "image" in text
    in_name = [("qwen" in e["id"] + e["title"].lower()) for e in found]
    assert in_name == sorted(in_name, reverse=True)
    nothing = cli("search", "no-such-model-anywhere")
    assert nothing.returncode == 1 and nothing.stdout == ""


def test_schema_prints_the_input_and_output_json_schema() -> None:
    done = cli("schema", QWEN)
    assert done.returncode == 0, done.stderr
    schema = json.loads(done.stdout)
    assert schema["input"] == QwenImageInput.model_json_schema()
    assert "images" in schema["output"]["properties"]


def test_a_terminal_sees_the_queue_position_and_logs_while_waiting(
    emu: Emulator, server: EmulatorServer
) -> None:
    emu.set_timing(QWEN, queue_time=0.3, run_time=0.3)
    terminal, stderr = pty.openpty()
    env = {**os.environ, "FAL_KEY": KEY, "PYTHONPATH": PACKAGE_ROOT}
    with subprocess.Popen(
        [sys.executable, "-m", "fal_models", "run", QWEN, "--prompt", "a fox", *hosts(server)],
        stdout=subprocess.PIPE,
        stderr=stderr,
        env=env,
    ) as process:
        os.close(stderr)
        shown = b""
        while True:
            try:
                chunk = os.read(terminal, 4096)
            except OSError:  # the process closed its end
                break
            if not chunk:
                break
            shown += chunk
        assert process.wait(timeout=60) == 0
    os.close(terminal)
    lines = shown.decode().splitlines()
    assert lines[0].startswith("[in queue, position ")
    assert "[running]" in lines
    for message in LOGS:
        assert message in lines


def test_missing_credentials_exit_2_before_any_request(
    emu: Emulator, server: EmulatorServer
) -> None:
    seen = len(emu.log)
    env = {k: v for k, v in os.environ.items() if not k.startswith("FAL_KEY")}
    env["PYTHONPATH"] = PACKAGE_ROOT
    done = subprocess.run(
        [sys.executable, "-m", "fal_models", "run", QWEN, "--prompt", "a fox", *hosts(server)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 2
    assert "FAL_KEY" in done.stderr and len(done.stderr.splitlines()) == 1
    assert len(emu.log) == seen


def test_ctrl_c_while_waiting_cancels_the_request_and_exits_130(
    emu: Emulator, server: EmulatorServer
) -> None:
    emu.set_timing(QWEN, queue_time=60.0)
    before, seen = len(emu.submissions(QWEN)), len(emu.log)
    # PYTHONFAULTHANDLER: should it not exit, SIGABRT makes it print every thread's stack.
    env = {**os.environ, "FAL_KEY": KEY, "PYTHONPATH": PACKAGE_ROOT, "PYTHONFAULTHANDLER": "1"}
    with subprocess.Popen(
        [sys.executable, "-m", "fal_models", "run", QWEN, "--prompt", "a fox", *hosts(server)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    ) as process:
        deadline = time.monotonic() + 30
        # Interrupt once it waits (a status request came): the run knows its request id then.
        while time.monotonic() < deadline and not any(
            r.route in ("status", "stream") for r in emu.log[seen:]
        ):
            time.sleep(0.05)
        waited = [r.route for r in emu.log[seen:]]
        process.send_signal(signal.SIGINT)
        try:
            _, stderr = process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGABRT)
            _, stderr = process.communicate(timeout=10)
            pytest.fail(f"still running 30 s after Ctrl-C (sent after {waited}):\n{stderr}")
    request_id = emu.submissions(QWEN)[before].request_id
    assert process.returncode == 130
    assert request_id is not None and request_id in stderr
    assert [r.request_id for r in emu.log if r.route == "cancel"][-1:] == [request_id]


def test_the_package_installs_the_console_script() -> None:
    pyproject = tomllib.loads((Path(PACKAGE_ROOT) / "pyproject.toml").read_text(encoding="utf-8"))
    module, _, name = pyproject["project"]["scripts"]["fal-models"].partition(":")
    entry = getattr(importlib.import_module(module), name)
    with pytest.raises(SystemExit) as exit_info:
        entry(["list", "--category", "no-such-category"])
    assert exit_info.value.code == 2
