"""How big a spec may be: the limits that keep a hostile or broken file from running the
generator out of time, memory or stack.

- a file of more than :data:`MAX_FILE_BYTES` is not read;
- an integer of more than :data:`MAX_NUMBER_DIGITS` digits is refused where it is written;
- a document nested more than :data:`MAX_DEPTH` levels deep is refused, at the first node
  past the limit;
- YAML aliases are counted as what they expand to: a document that stands for more than
  :data:`MAX_NODES` values (an "alias bomb": a few lines of aliases of aliases) is refused at
  the node whose aliases expand most, and an alias inside the node it names (a document that
  contains itself) is refused too. The same budget bounds what bundling ``$ref``s to other
  files may produce (each inlined copy counts).

A YAML file is measured (:func:`check_shape`) as composed, before any value is made of it:
each distinct node once (a node shared through aliases is measured once), a small part of the
parsing time. A JSON file has no aliases: the bundler (:mod:`.read`), which walks every value
anyway, holds it (and every file, with what their ``$ref``s inline) to the same depth and
size; JSON too deep for Python's own parser is refused at the line where it passes the limit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..diagnostics import pointer_join

#: the largest spec file read (bytes); real descriptions are a few MB
MAX_FILE_BYTES = 64 * 1024 * 1024
#: the most digits an integer may have (real specs' largest are 20-digit int64 bounds)
MAX_NUMBER_DIGITS = 1000
#: the deepest nesting of mappings and lists (real specs nest a few dozen levels)
MAX_DEPTH = 128
#: the most values (mappings, lists and scalars) a document may stand for, aliases and
#: inlined ``$ref``s expanded (the largest real specs hold under 100,000)
MAX_NODES = 2_000_000


class ShapeError(Exception):
    """A document over a limit: the message, the JSON pointer of where, and the node there."""

    def __init__(self, message: str, pointer: str, node: Any) -> None:
        super().__init__(message)
        self.message = message
        self.pointer = pointer
        self.node = node


Children = Callable[[Any], "list[tuple[Any, Any]]"]


def value_children(node: Any) -> list[tuple[Any, Any]]:
    """The members of a parsed mapping or list (key or index, value)."""
    return list(node.items()) if isinstance(node, dict) else list(enumerate(node))


def check_shape(doc: Any, children: Children = value_children, containers: tuple[type, ...] = (dict, list)) -> None:
    """Raise :class:`ShapeError` when ``doc`` nests deeper than :data:`MAX_DEPTH`, contains
    itself, or expands to more than :data:`MAX_NODES` values.

    ``doc`` is a parsed value or any tree of ``containers`` whose members ``children`` lists
    (a YAML node graph: an alias is the node it names, met again).
    """
    size: dict[int, int] = {}  # expanded value count of each container, by id
    height: dict[int, int] = {}
    on_path: set[int] = set()
    members: dict[int, list[tuple[Any, Any]]] = {}  # the containers' members (containers only)
    if not isinstance(doc, containers):
        return
    # where each node sits: (its parent's place, its key), built into a pointer only for an error
    stack: list[tuple[Any, Any, bool]] = [(doc, None, False)]
    while stack:
        node, place, children_done = stack.pop()
        key = id(node)
        if children_done:
            on_path.discard(key)
            kids = members[key]
            size[key] = 1 + sum(size.get(id(v), 1) for _, v in kids)
            height[key] = 1 + max((height.get(id(v), 0) for _, v in kids), default=0)
            continue
        if key in size:  # (a value met again through an alias: measured once, placed again)
            if len(on_path) + height[key] > MAX_DEPTH:
                raise ShapeError(f"nested more than {MAX_DEPTH} levels deep", _pointer(place), node)
            continue
        if key in on_path:
            raise ShapeError("an alias names a node that contains it: the document would be infinite", _pointer(place), node)
        if len(on_path) >= MAX_DEPTH:
            raise ShapeError(f"nested more than {MAX_DEPTH} levels deep", _pointer(place), node)
        items = children(node)
        on_path.add(key)
        members[key] = items  # (a scalar member counts one; a container, what it holds)
        stack.append((node, place, True))
        for k, v in reversed(items):
            if isinstance(v, containers):
                stack.append((v, (place, k), False))
    total = size.get(id(doc), 1)
    if total > MAX_NODES:
        pointer, node = _largest(doc, size, members)
        raise ShapeError(f"the document stands for {total:,} values, YAML aliases expanded (at most {MAX_NODES:,})", pointer, node)


def _pointer(place: Any) -> str:
    keys = []
    while place is not None:
        place, key = place
        keys.append(key)
    return pointer_join("", *reversed(keys))


def _largest(doc: Any, size: dict[int, int], members: dict[int, list[tuple[Any, Any]]]) -> tuple[str, Any]:
    """Where the expansion happens: down from the root, into the child holding most of the
    values, while one child holds more than half of them."""
    node, pointer = doc, ""
    while True:
        kids = [(k, v) for k, v in members.get(id(node), []) if id(v) in size]
        if not kids:
            return pointer, node
        k, v = max(kids, key=lambda kv: size[id(kv[1])])
        if size[id(v)] * 2 <= size[id(node)]:
            return pointer, node
        node, pointer = v, pointer_join(pointer, k)
