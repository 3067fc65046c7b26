"""Emits the pydantic v2 models of every endpoint with one in-process datamodel-code-generator call."""

from __future__ import annotations

import ast
import dataclasses
import io
import json
import tokenize
import warnings
from collections.abc import Callable
from typing import Any

from datamodel_code_generator import (
    GenerateConfig,
    InputFileType,
    LiteralType,
    PythonVersion,
    generate,
)
from datamodel_code_generator.enums import DataModelType

from generator.pipeline.errors import EmitError
from generator.pipeline.graph import is_file_object, refs_of_object
from generator.pipeline.ir import (
    Endpoint,
    NamedType,
    ObjectType,
    Ref,
    SpecSet,
    output_type_name,
)
from generator.pipeline.json_schema import FILE_MARKER, Direction, named_schema, object_schema
from generator.pipeline.model_bases import config_call, runtime_model_configs
from generator.pipeline.paths import HEADER, SHARED_MODULE
from generator.pipeline.wrap import fit

# datamodel-code-generator 0.89 imports MISSING from its pre-2.14 home, which warns from 2.14 on;
# the runtime's _missing imports it from wherever the installed pydantic (>= 2.12) keeps it.
_OLD_MISSING = "from pydantic.experimental.missing_sentinel import MISSING"
_NEW_MISSING = "from fal_models._missing import MISSING"
_BASES = {"input": "fal_models._base.InputModel", "output": "fal_models._base.OutputModel"}
_FILE_OUTPUT_BASE = "fal_models._files.FileOutput"


def model_modules(specs: SpecSet, only: set[str] | None = None) -> dict[str, str]:
    """Module name (relative to fal_models.models) → source code, for every endpoint and shared type.

    `only`: the endpoint modules to generate (the shared module always is); the others are
    still checked, and their output is what a call with all of them would give."""
    defs: dict[str, Any] = {}
    shared_direction: dict[str, Direction] = {}
    for endpoint in specs.endpoints:
        # Every endpoint decides which side each shared type is on; only `only` is emitted.
        _note_shared_directions(endpoint, specs, shared_direction)
        if only is None or endpoint.module in only:
            defs.update(_endpoint_defs(endpoint, specs))
    for name, direction in sorted(shared_direction.items()):
        named = specs.shared_types[name]
        defs[f"{SHARED_MODULE}.{name}"] = _with_base(
            named_schema(named, direction, _ref_namer(SHARED_MODULE)), named, direction
        )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        result = generate(json.dumps({"$defs": defs}), config=_config(_field_names(specs)))
    if not isinstance(result, dict):
        raise EmitError("datamodel-code-generator returned one module; expected one per endpoint")
    modules = {
        ".".join(key).removesuffix(".py"): code.replace(_OLD_MISSING, _NEW_MISSING)
        for key, code in result.items()
    }
    modules.pop("__init__", None)  # only a stray `Model` root class lives there
    # The shared module exists even when no endpoint uses a shared type (the build makes it).
    modules.setdefault(SHARED_MODULE, f'{HEADER}\n"""No endpoint uses a shared type."""\n')
    for endpoint in specs.endpoints:
        if endpoint.module in modules:
            modules[endpoint.module] = _restore_class_names(
                modules[endpoint.module], (endpoint.input.name, endpoint.output.name)
            )
    modules = {
        name: fit(_annotated_config(_without_inherited_config(code)))
        for name, code in modules.items()
    }
    _check_attribute_names(specs, modules, only)
    return modules


def _without_inherited_config(code: str) -> str:
    """Each class's `model_config` keeps only the settings its base class (a runtime model class)
    does not already have, and goes when none is left."""
    inherited_by_base = runtime_model_configs()
    lines = code.splitlines(keepends=True)
    for node in reversed(ast.parse(code).body):
        if not (isinstance(node, ast.ClassDef) and len(node.bases) == 1):
            continue
        inherited = inherited_by_base.get(ast.unparse(node.bases[0]))
        config = next((s for s in node.body if config_call(s) is not None), None)
        if inherited is None or config is None:
            continue
        call = config_call(config)
        assert call is not None and config.end_lineno is not None
        kept = [
            ast.unparse(kw)
            for kw in call.keywords
            if kw.arg not in inherited or inherited[kw.arg] != ast.literal_eval(kw.value)
        ]
        text = ""
        if kept:
            text = f"{' ' * config.col_offset}model_config = ConfigDict({', '.join(kept)})\n"
        elif node.body == [config]:
            text = f"{' ' * config.col_offset}pass\n"
        lines[config.lineno - 1 : config.end_lineno] = [text]
    return "".join(lines)


def _annotated_config(code: str) -> str:
    """A `model_config` a model keeps is declared `ClassVar[ConfigDict]`, as pydantic's BaseModel
    declares it: unannotated, checkers may infer it differently (pyright's `--verifytypes` counts
    the class ambiguous). ruff sorts the import this may add."""
    if "    model_config = ConfigDict(" not in code:
        return code
    code = code.replace(
        "    model_config = ConfigDict(", "    model_config: ClassVar[ConfigDict] = ConfigDict("
    )
    lines = code.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.startswith("from typing import ") and "(" not in line:
            lines[i] = line.rstrip("\n") + ", ClassVar\n"
            return "".join(lines)
    future = "from __future__ import annotations\n"
    assert future in code, "datamodel-code-generator's modules start with the __future__ import"
    return code.replace(future, future + "\nfrom typing import ClassVar\n", 1)


def _restore_class_names(code: str, names: tuple[str, ...]) -> str:
    """datamodel-code-generator drops the `_` that naming.pascal puts between digit runs
    (`SanaV1_5_1_6bInput` → `SanaV1516bInput`); give the classes their names back."""
    renames = {name.replace("_", ""): name for name in names if "_" in name}
    if not renames:
        return code
    lines = code.splitlines(keepends=True)
    names_used: set[str] = set()
    for tok in reversed(list(tokenize.generate_tokens(io.StringIO(code).readline))):
        if tok.type == tokenize.NAME:
            names_used.add(tok.string)
            if tok.string in renames:
                (row, begin), (_, end) = tok.start, tok.end
                line = lines[row - 1]
                lines[row - 1] = line[:begin] + renames[tok.string] + line[end:]
    for squashed, name in renames.items():
        if name in names_used:
            raise EmitError(f"class {name} and {squashed} would both be generated")
    return "".join(lines)


def _ref_namer(module: str, rename: Callable[[str], str] = str) -> Callable[[Ref], str]:
    """`rename`: the class name a local type has on this side (see ir.output_type_name)."""

    def name(ref: Ref) -> str:
        if ref.scope == "shared":
            return f"#/$defs/{SHARED_MODULE}.{ref.name}"
        return f"#/$defs/{module}.{rename(ref.name)}"

    return name


def _with_base(schema: dict[str, Any], named: NamedType, direction: Direction) -> dict[str, Any]:
    if schema.get("type") == "object" and "properties" in schema:
        file_output = (
            direction == "output" and isinstance(named, ObjectType) and is_file_object(named)
        )
        schema["customBasePath"] = _FILE_OUTPUT_BASE if file_output else _BASES[direction]
    return schema


def _note_shared_directions(
    endpoint: Endpoint, specs: SpecSet, shared_direction: dict[str, Direction]
) -> None:
    """Record the side (input or output) of each shared type the endpoint uses; a shared type
    used on both sides is an error."""
    sides: list[tuple[ObjectType, Direction]] = [
        (endpoint.input, "input"),
        (endpoint.output, "output"),
    ]
    for obj, direction in sides:
        for ref in sorted(
            refs_of_object(obj, endpoint.types, specs.shared_types), key=lambda r: (r.scope, r.name)
        ):
            if ref.scope != "shared":
                continue
            previous = shared_direction.setdefault(ref.name, direction)
            if previous != direction:
                raise EmitError(
                    f"{specs.shared_path}: shared type {ref.name} is used by inputs and by outputs "
                    f"(last by {endpoint.id}); define a separate type for each side"
                )


def _endpoint_defs(endpoint: Endpoint, specs: SpecSet) -> dict[str, Any]:
    namers = {
        "input": _ref_namer(endpoint.module),
        "output": _ref_namer(endpoint.module, lambda name: output_type_name(endpoint, name)),
    }
    defs: dict[str, Any] = {}
    objects: list[tuple[ObjectType, Direction]] = [
        (endpoint.input, "input"),
        (endpoint.output, "output"),
    ]
    for obj, direction in objects:
        namer = namers[direction]
        defs[f"{endpoint.module}.{obj.name}"] = _with_base(
            object_schema(obj, direction, namer), obj, direction
        )
        for ref in sorted(
            refs_of_object(obj, endpoint.types, specs.shared_types), key=lambda r: (r.scope, r.name)
        ):
            if ref.scope == "shared":
                continue
            named = endpoint.types[ref.name]
            if direction == "output":
                named = dataclasses.replace(named, name=output_type_name(endpoint, ref.name))
            defs[f"{endpoint.module}.{named.name}"] = _with_base(
                named_schema(named, direction, namer), named, direction
            )
    return defs


def _field_names(specs: SpecSet) -> dict[str, str]:
    """Wire name → attribute name for every field whose two differ, as naming.field_python_name
    decides: datamodel-code-generator takes them as given instead of deriving its own (it splits
    `TAPose` into `ta_pose`, ours is `tapose`), so the models and the client agree by
    construction. A field's attribute depends on its wire name alone, so one flat table serves
    every model."""
    objects = [o for e in specs.endpoints for o in (e.input, e.output, *e.types.values())]
    objects += specs.shared_types.values()
    return {
        f.name: f.python_name
        for obj in objects
        if isinstance(obj, ObjectType)
        for f in obj.fields
        if f.name != f.python_name
    }


def generate_config(**settings: Any) -> GenerateConfig:
    """datamodel-code-generator's settings for pydantic v2 models as this project writes them
    (Python 3.11, Annotated constraints, `X | Y`, Literal enums, docstrings, no timestamp, our
    header), plus `settings`; the Platform API's models (generator.tools.platform_models) too."""
    common: dict[str, Any] = {
        "input_file_type": InputFileType.JsonSchema,
        "output_model_type": DataModelType.PydanticV2BaseModel,
        "target_python_version": PythonVersion.PY_311,
        "use_annotated": True,
        "field_constraints": True,
        "use_union_operator": True,
        "use_standard_collections": True,
        "strict_nullable": True,
        "enum_field_as_literal": LiteralType.All,
        # Each field's description twice: in `Field(description=...)`, where pydantic reads it
        # (its JSON schema, --help texts), and as the attribute's docstring, which editors show.
        # pydantic could read the docstrings itself (`use_attribute_docstrings`), but it finds
        # and parses each class's source when the class is made (~1 ms a class, ~25 ms before a
        # first call), and finds nothing where the source is not shipped.
        "use_field_description": False,
        "use_inline_field_description": True,
        "use_schema_description": True,
        "use_double_quotes": True,
        "disable_timestamp": True,
        "formatters": [],
        "custom_file_header": HEADER,
        # Each name defined before the classes that use it (datamodel-code-generator's order),
        # so every model's fields, with their `Field(...)` and descriptions, are complete when
        # its module is imported, not only once a first validation has rebuilt it.
        "keep_model_order": False,
    }
    return GenerateConfig(**{**common, **settings})


def _config(field_names: dict[str, str]) -> GenerateConfig:
    return generate_config(
        aliases=dict(sorted(field_names.items())),
        snake_case_field=True,
        allow_population_by_field_name=True,
        use_missing_sentinel=True,
        use_type_alias=True,
        field_extra_keys={FILE_MARKER},
    )


def _check_attribute_names(specs: SpecSet, modules: dict[str, str], only: set[str] | None) -> None:
    """The client's keyword arguments must match the attribute names the models got."""
    for endpoint in specs.endpoints:
        if only is not None and endpoint.module not in only:
            continue
        code = modules.get(endpoint.module)
        if code is None:
            raise EmitError(
                f"{endpoint.spec_path}: no model module was generated for {endpoint.id}"
            )
        classes = _class_fields(code)
        for obj in (endpoint.input, endpoint.output):
            expected = [f.python_name for f in obj.fields]
            got = classes.get(obj.name)
            if got != expected:
                raise EmitError(
                    f"{endpoint.spec_path}: {obj.name} got attributes {got}, expected {expected}"
                )


def _class_fields(code: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for node in ast.parse(code).body:
        if isinstance(node, ast.ClassDef):
            out[node.name] = [
                stmt.target.id
                for stmt in node.body
                if isinstance(stmt, ast.AnnAssign)
                and isinstance(stmt.target, ast.Name)
                and stmt.target.id != "model_config"
            ]
    return out
