"""Method names that never clash: the collision rule (see README, "Naming").

Every operation arrives with the name its naming rule gave it (an override, the snake_case
``operationId`` or the path shape) and the extra methods that name brings with it (``list``
brings ``list_page``, ``download`` brings ``iter_bytes``). Names that stay unique are kept.
Where several operations of one resource want the same name (or one wants another's extra
method), the rule below gives each a free one, the same one on every run, and reports the
group as one warning naming every operation:

1. the operation named in a naming file keeps the name; else the one whose path has the fewest
   fixed segments keeps it, when only one has that few; the others
2. add their distinguishing path words, the fixed segments that not every operation of the group
   has (``POST /families/{code}/variants`` beside ``POST /families``: ``create_variant``; the
   last word is made singular for a method acting on one item);
3. else take their own snake_case ``operationId``;
4. else (last resort) a numeric suffix: ``get_2``, ``get_3``.

Operations are taken in (path, method) order, so a spec's key order changes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .naming import method_name, singular

#: method verbs that act on one item: a distinguishing word after them is made singular
_ONE_ITEM = frozenset({"create", "get", "upsert", "update", "delete", "post", "put", "patch", "upload", "download"})


@dataclass(frozen=True)
class Wanted:
    """One operation's naming request."""

    resource: str
    name: str  #: the name its rule gave it
    http_method: str
    path: str
    operation_id: str | None  #: the spec's operationId, when it has one
    explicit: bool  #: named in a naming file
    pointer: str
    companions: tuple[str, ...] = ()  #: formats of the extra methods (``"{}_page"``)

    def names(self, name: str) -> tuple[str, ...]:
        """Every method name this operation takes when it is called ``name``."""
        return (name, *(companion_name(c, name) for c in self.companions))

    @property
    def fixed(self) -> list[str]:
        return [s for s in self.path.split("/") if s and not s.startswith("{")]

    @property
    def label(self) -> str:
        return f"{self.http_method} {self.path}"


def companion_name(fmt: str, name: str) -> str:
    """``"{}_page"`` -> ``list_page``; ``"iter_{}"`` of ``download`` is ``iter_bytes``."""
    if fmt == "iter_{}" and name == "download":
        return "iter_bytes"
    return fmt.format(name)


@dataclass(frozen=True)
class Collision:
    """A group of operations that wanted one name, and what each was named."""

    resource: str
    name: str
    pointer: str  #: the first operation's
    named: tuple[tuple[str, str], ...]  #: (``METHOD /path``, final name), in (path, method) order

    @property
    def message(self) -> str:
        parts = ", ".join(f"{label} -> {self.resource}.{final}" for label, final in self.named)
        return (
            f"method name {self.resource}.{self.name} fits {len(self.named)} operations; "
            f"named by the collision rule: {parts} (a naming file entry chooses otherwise)"
        )


def assign_names(wanted: list[Wanted]) -> tuple[list[str], list[Collision]]:
    """The final method name of each operation (in input order), and the collisions resolved."""
    final: list[str] = [w.name for w in wanted]
    collisions: list[Collision] = []
    by_resource: dict[str, list[int]] = defaultdict(list)
    for i, w in enumerate(wanted):
        by_resource[w.resource].append(i)
    for resource in sorted(by_resource):
        collisions += _resolve_resource(wanted, by_resource[resource], final)
    return final, collisions


def _order(wanted: list[Wanted], indices: Iterable[int]) -> list[int]:
    return sorted(indices, key=lambda i: (not wanted[i].explicit, wanted[i].path, wanted[i].http_method))


def _resolve_resource(wanted: list[Wanted], indices: list[int], final: list[str]) -> list[Collision]:
    owners: dict[str, list[int]] = defaultdict(list)
    for i in indices:
        for name in dict.fromkeys(wanted[i].names(wanted[i].name)):
            owners[name].append(i)
    # operations that want a common name (their own or a companion) form one group
    group_of = {i: i for i in indices}

    def root(i: int) -> int:
        while group_of[i] != i:
            group_of[i] = group_of[group_of[i]]
            i = group_of[i]
        return i

    for sharing in owners.values():
        for other in sharing[1:]:
            group_of[root(other)] = root(sharing[0])
    groups: dict[int, list[int]] = defaultdict(list)
    for i in indices:
        groups[root(i)].append(i)
    taken = {n for members in groups.values() if len(members) == 1 for n in wanted[members[0]].names(wanted[members[0]].name)}
    out = []
    clashing = [_order(wanted, members) for members in groups.values() if len(members) > 1]
    for members in sorted(clashing, key=lambda m: (wanted[m[0]].name, wanted[m[0]].path, wanted[m[0]].http_method)):
        keeper = _keeper(wanted, members)
        common = set.intersection(*(set(wanted[i].fixed) for i in members))
        for i in sorted(members, key=lambda i: (i != keeper, wanted[i].path, wanted[i].http_method)):
            final[i] = _free_name(wanted[i], common, taken, keep=i == keeper)
            taken.update(wanted[i].names(final[i]))
        named = tuple((wanted[i].label, final[i]) for i in sorted(members, key=lambda i: (wanted[i].path, wanted[i].http_method)))
        first = wanted[members[0]]
        out.append(Collision(first.resource, first.name, first.pointer, named))
    return out


def _keeper(wanted: list[Wanted], members: list[int]) -> int | None:
    """The member that keeps the name: the first named in a naming file, else the only one with
    the fewest fixed path segments."""
    explicit = [i for i in members if wanted[i].explicit]
    if explicit:
        return explicit[0]
    fewest = min(len(wanted[i].fixed) for i in members)
    shortest = [i for i in members if len(wanted[i].fixed) == fewest]
    return shortest[0] if len(shortest) == 1 else None


def _free_name(w: Wanted, common: set[str], taken: set[str], *, keep: bool) -> str:
    base = w.name

    def free(name: str) -> bool:
        return not any(n in taken for n in w.names(name))

    options: list[str] = [base] if keep else []
    words = [method_name(s, fallback="part") for s in w.fixed if s not in common]
    if words:
        if base in _ONE_ITEM:
            words[-1] = singular(words[-1])
        options.append(f"{base.rstrip('_')}_{'_'.join(words)}")
    if w.operation_id:
        options.append(method_name(w.operation_id))
    for option in options:
        if free(option):
            return option
    n = 2
    while not free(f"{base.rstrip('_')}_{n}"):
        n += 1
    return f"{base.rstrip('_')}_{n}"
