"""Generated code reads as if written by hand: no model repeats its base class's settings, and
every line fits the package's line length unless it is one word (a URL)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from generator.pipeline import emit_models, wrap
from generator.pipeline.emit_models import model_modules, runtime_model_configs
from generator.pipeline.model_bases import config_call
from generator.pipeline.wrap import LINE_LENGTH, display_width, docstring, fit, split_string
from tests.generator.test_catalogue_shapes import load_one

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "generated" / "fal_models"
URL_AT_END = re.compile(r"\S*://\S*$")


def _configs(code: str) -> dict[str, tuple[str, dict[str, object]]]:
    """Class → (base, its own model_config settings) for the classes of a module."""
    out = {}
    for node in ast.parse(code).body:
        if isinstance(node, ast.ClassDef):
            call = next(filter(None, map(config_call, node.body)), None)
            settings = (
                {str(k.arg): ast.literal_eval(k.value) for k in call.keywords} if call else {}
            )
            out[node.name] = (ast.unparse(node.bases[0]), settings)
    return out


def test_no_generated_model_repeats_a_setting_of_its_base() -> None:
    from fal_models import _base, _files

    bases = {
        "InputModel": _base.InputModel,
        "OutputModel": _base.OutputModel,
        "FileOutput": _files.FileOutput,
    }
    assert {name: dict(cls.model_config) for name, cls in bases.items()} == {
        name: runtime_model_configs()[name] for name in bases
    }, "runtime_model_configs reads what pydantic sees"
    seen = 0
    for path in sorted((PACKAGE / "models").glob("*.py")):
        for name, (base, settings) in _configs(path.read_text(encoding="utf-8")).items():
            inherited = bases[base].model_config
            repeated = {k for k, v in settings.items() if inherited.get(k, object()) == v}
            assert not repeated, f"{path.name}: {name} repeats {repeated} of {base}"
            seen += 1
    assert seen > 1600


def test_models_keep_their_behaviour_without_the_repeated_settings() -> None:
    from fal_models.models.qwen_image import QwenImageInput, QwenImageOutput

    assert QwenImageInput.model_config["extra"] == "forbid"
    assert QwenImageOutput.model_config["extra"] == "allow"
    assert QwenImageInput.model_fields["prompt"].description == (
        "The prompt to generate the image with"
    )
    assert QwenImageInput.model_validate({"prompt": "x"}).prompt == "x"


def test_a_model_sets_exactly_what_its_base_does_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A setting the models need is emitted while the runtime's bases lack it, and leaves the
    models once the bases have it."""
    spec = {
        "id": "acme/demo",
        "title": "Demo",
        "category": "text-to-image",
        "status": "active",
        "input": {"fields": [{"name": "prompt", "type": "string", "required": True}]},
        "output": {"fields": [{"name": "seed", "type": "integer", "required": True}]},
    }
    specs = load_one(tmp_path, spec)
    runtime = runtime_model_configs()
    without = {
        name: {k: v for k, v in c.items() if k != "validate_by_name"} for name, c in runtime.items()
    }
    monkeypatch.setattr(emit_models, "runtime_model_configs", lambda: without)
    configs = _configs(model_modules(specs)["acme_demo"])
    assert configs["AcmeDemoInput"] == ("InputModel", {"validate_by_name": True})
    assert configs["AcmeDemoOutput"] == ("OutputModel", {"validate_by_name": True})
    with_it = {name: {**c, "validate_by_name": True} for name, c in runtime.items()}
    monkeypatch.setattr(emit_models, "runtime_model_configs", lambda: with_it)
    code = model_modules(specs)["acme_demo"]
    assert "model_config" not in code  # ruff then drops the unused import
    assert all(settings == {} for _, settings in _configs(code).values())


def _attribute_docstrings(code: str) -> dict[tuple[str, str], str]:
    """(class, field) → the docstring under the field, for every class of a module."""
    out = {}
    for node in ast.parse(code).body:
        if isinstance(node, ast.ClassDef):
            for stmt, after in zip(node.body, node.body[1:], strict=False):
                if (
                    isinstance(stmt, ast.AnnAssign)
                    and isinstance(stmt.target, ast.Name)
                    and isinstance(after, ast.Expr)
                    and isinstance(after.value, ast.Constant)
                    and isinstance(after.value.value, str)
                ):
                    out[node.name, stmt.target.id] = after.value.value
    return out


@pytest.mark.parametrize("module", ["qwen_image", "ideogram_v3", "shared", "bitdance"])
def test_field_descriptions_are_given_to_pydantic_and_to_editors_alike(module: str) -> None:
    """pydantic reads each description from `Field(description=...)`, without the source (it
    does not parse attribute docstrings: `use_attribute_docstrings` is off); editors show the
    docstring. Both say the same, and every documented field has both."""
    import importlib

    from fal_models import _base

    assert not _base.InputModel.model_config.get("use_attribute_docstrings")
    assert not _base.OutputModel.model_config.get("use_attribute_docstrings")
    code = (PACKAGE / "models" / f"{module}.py").read_text(encoding="utf-8")
    models = importlib.import_module(f"fal_models.models.{module}")
    docs = _attribute_docstrings(code)
    assert docs
    for (cls, field), doc in docs.items():
        description = getattr(models, cls).model_fields[field].description
        assert description is not None, f"{cls}.{field}"
        assert description.split() == doc.split(), f"{cls}.{field}"
    classes = [
        cls
        for cls in vars(models).values()
        if isinstance(cls, type) and cls.__module__ == models.__name__
    ]
    # Every name a model uses is defined before it: its fields are whole at import.
    assert all(cls.__pydantic_fields_complete__ for cls in classes if hasattr(cls, "model_fields"))
    described = {
        (name, field)
        for name, cls in vars(models).items()
        if isinstance(cls, type) and cls.__module__ == models.__name__
        for field, info in getattr(cls, "model_fields", {}).items()
        if info.description
    }
    assert described == set(docs)


def _fits(line: str) -> bool:
    """Within the line length, or one word, or ending in a URL that starts within it (ruff's
    E501 exemptions)."""
    if display_width(line) <= LINE_LENGTH or len(line.split()) == 1:
        return True
    url = URL_AT_END.search(line)
    return url is not None and url.start() < LINE_LENGTH


def test_every_generated_line_fits() -> None:
    # The hand-written runtime too: runtime/ruff.toml holds it to the same length.
    too_long = [
        f"{path.relative_to(PACKAGE.parent)}:{n}"
        for path in sorted(PACKAGE.rglob("*.py*"))
        if path.suffix in (".py", ".pyi")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if not _fits(line)
    ]
    assert not too_long


def test_the_package_enforces_its_line_length() -> None:
    pyproject = (PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert f"line-length = {LINE_LENGTH}\n" in pyproject
    assert "E501" not in pyproject  # enforced, for everything, the runtime included


@pytest.mark.parametrize(
    ("literal", "column", "expected"),
    [
        ('"""\n    Short.\n    """', 4, '"""Short."""'),
        (
            '"""' + "word " * 30 + '"""',
            4,
            '"""' + ("word " * 18).rstrip() + "\n    " + ("word " * 12).rstrip() + '\n    """',
        ),
        # The relative indentation of later lines is kept; blank lines stay empty.
        (
            '"""Summary.\n\n        Args:\n            a: b.\n        """',
            8,
            '"""Summary.\n\n        Args:\n            a: b.\n        """',
        ),
        # A lone line that fits only without the closing quotes is wrapped: ruff would join them.
        (
            '"""' + "x" * 40 + " " + "y" * 50 + '"""',
            4,
            '"""' + "x" * 40 + "\n    " + "y" * 50 + '\n    """',
        ),
        (
            '"""https://example.com/' + "a" * 100 + '"""',
            4,
            '"""https://example.com/' + "a" * 100 + '"""',
        ),
    ],
)
def test_docstrings_are_laid_out_within_the_line(literal: str, column: int, expected: str) -> None:
    assert docstring(literal, column) == expected


def test_a_keyword_arguments_string_splits_with_room_for_its_keyword() -> None:
    """ruff puts the first piece of `description="..." "..."` after `description=`, and a piece
    that is one word too long for a line (a URL) may run on only without a space in it."""
    text = "Check out the **[docs](https://example.com/" + "a" * 90 + ")** for " + "words " * 20
    code = f'x = Field(\n    description="{text}",\n)\n'
    fitted = fit(code)
    pieces = re.findall(r'"[^"]*"', fitted)
    assert ast.literal_eval(" ".join(pieces)) == text and len(pieces) > 2
    assert 4 + len("description=") + len(pieces[0]) + 1 <= LINE_LENGTH
    too_long = [p for p in pieces if 4 + len(p) + 1 > LINE_LENGTH]
    assert too_long and all(" " not in p for p in too_long)


def test_long_strings_split_after_spaces_into_adjacent_literals() -> None:
    text = "blurry, low resolution, bad, ugly, low quality, pixelated, " * 4
    literal = f'"{text}"'
    split = split_string(literal, 8)
    assert ast.literal_eval(split) == text
    assert all(8 + len(part) + 1 <= LINE_LENGTH for part in re.findall(r'"[^"]*"', split))
    assert split_string('"short"', 8) == '"short"'
    url = '"https://example.com/' + "a" * 100 + '"'
    assert split_string(url, 8) == url


def test_text_without_spaces_splits_by_its_display_width() -> None:
    """fal's Chinese negative prompts: no space to split after, and each character two columns
    wide as ruff counts them; an escape sequence is never cut."""
    text = "色调艳丽，过曝，静态，细节模糊不清，字幕\\n" * 6
    split = split_string(f'"{text}"', 4)
    parts = re.findall(r'"[^"]*"', split)
    assert ast.literal_eval(split) == ast.literal_eval(f'"{text}"') and len(parts) > 2
    assert all(4 + display_width(part) + 1 <= LINE_LENGTH for part in parts)
    assert not any(part.endswith('\\"') for part in parts)
    assert display_width("色a") == 3


def test_fit_changes_no_value_but_docstring_layout() -> None:
    code = (
        "class A:\n"
        '    """\n    A model.\n    """\n\n'
        f'    x: str = "{"long words " * 12}"\n'
        '    """\n    ' + "The field. " * 12 + '\n    """\n'
    )
    fitted = fit(code)
    before, after = ast.parse(code).body[0], ast.parse(fitted).body[0]
    assert isinstance(before, ast.ClassDef) and isinstance(after, ast.ClassDef)
    assert ast.dump(before.body[1]) == ast.dump(after.body[1])  # the same default value
    assert ast.get_docstring(after) == "A model."
    assert '" "' in fitted  # the long default is now adjacent literals
    docstrings = re.findall(r'"""(.*?)"""', fitted, re.DOTALL)
    assert all(len(line) <= LINE_LENGTH for d in docstrings for line in d.splitlines())


_TRICKY = [
    'x = 1\n# a comment\n"""A docstring after a comment, ' + "long enough " * 9 + '"""\n',
    'class A:\n    """\n    A model.\n    """\n\n    x: int = 1\n    """  The field.  """\n',
    'def f():\n    """Doc."""  # a comment: not a docstring any more\n    return ("a" "b")\n',
    'x = {"k": [f"{y}", rb"raw", U"u", \'single\', "' + "word " * 30 + '"]}\n',
    'class A:\n    if"x": pass\n',  # a literal glued to a keyword: the scanner declines
    'x = 1; "not a docstring"\ny = (\n    "in brackets"\n)\n"""Last, without a newline."""',
    'x = 1 + \\\n    2\n"""After a continuation."""\n',  # declines
    'class A:\n\tx = "tab"\n',  # declines
    's = """a \\""" b\n"""\nt = \'it\\\'s\'\n',
    # keyword arguments (spaces around `=` too) and what only looks like one: `==`, `x.y=`
    'f(name  =  "' + "word " * 30 + '", é1="' + "word " * 30 + '")\n'
    'g(a == "' + "word " * 30 + '", x.y(z="' + "word " * 30 + '"))\n',
]


@pytest.mark.parametrize("code", _TRICKY)
def test_the_scanner_finds_the_tokenizers_edits(code: str) -> None:
    """`fit` finds literals with a regular expression (the tokenizer is ten times slower); where
    it answers at all, it makes exactly the tokenizer's edits."""
    scanned = wrap._scanned_edits(code)
    assert scanned is None or scanned == wrap._token_edits(code)
    assert (scanned is None) == any(s in code for s in ('if"', "\\\n", "\t"))


def test_the_scanner_agrees_with_the_tokenizer_on_the_package() -> None:
    files = [*sorted(PACKAGE.rglob("*.py"))[::25], PACKAGE / "_client.pyi"]
    for path in files:
        code = path.read_text(encoding="utf-8")
        scanned = wrap._scanned_edits(code)
        assert scanned is not None, path
        assert scanned == wrap._token_edits(code), path
