"""Which named types a type, a field list or an endpoint reaches, transitively, and which object
types are files fal hosts."""

from __future__ import annotations

from generator.pipeline.ir import (
    ListOf,
    MapOf,
    NamedType,
    ObjectType,
    Primitive,
    Ref,
    TupleOf,
    TypeRef,
    Union,
)


def refs_of_type(ref: TypeRef) -> set[Ref]:
    match ref:
        case Ref():
            return {ref}
        case ListOf(item=inner) | MapOf(value=inner):
            return refs_of_type(inner)
        case Union(options=options) | TupleOf(items=options):
            return set().union(*(refs_of_type(o) for o in options))
    return set()


def refs_of_object(
    obj: ObjectType, local: dict[str, NamedType], shared: dict[str, NamedType]
) -> set[Ref]:
    """Every named type `obj` reaches; refs inside shared types resolve against shared only."""
    found: set[Ref] = set()
    todo = [r for f in obj.fields for r in refs_of_type(f.type)]
    while todo:
        ref = todo.pop()
        if ref in found:
            continue
        found.add(ref)
        named = (local if ref.scope == "local" else shared)[ref.name]
        if isinstance(named, ObjectType):
            todo += [r for f in named.fields for r in refs_of_type(f.type)]
    return found


def is_file_object(obj: ObjectType) -> bool:
    """A file fal hosts (image, video, audio, archive…): a required, non-null string `url` plus
    `content_type` or `file_name`. Such outputs get `read()` / `save()` from FileOutput."""
    fields = {f.python_name: f for f in obj.fields}
    url = fields.get("url")
    return (
        url is not None
        and url.required
        and not url.nullable
        and url.type == Primitive("string")
        and ("content_type" in fields or "file_name" in fields)
    )
