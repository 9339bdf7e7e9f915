"""generator.loader.limits: the sizes past which a spec is refused (the malformed corpus, in
tests/hostile, runs the same through the command line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diagnostics import SpecError
from generator.loader import limits, read
from generator.loader.limits import MAX_DEPTH, ShapeError, check_shape
from generator.loader.read import load_document, read_file

HEAD = 'openapi: 3.1.0\ninfo: {title: T, version: "1"}\npaths: {}\n'


def test_a_file_over_the_size_limit_is_not_read(tmp_path: Path) -> None:
    spec = tmp_path / "huge.yaml"
    with spec.open("wb") as f:  # (a sparse file: its size is all that is looked at)
        f.truncate(limits.MAX_FILE_BYTES + 1)
    with pytest.raises(SpecError) as info:
        read_file(spec)
    [diag] = info.value.diagnostics
    assert diag.message == f"the file is {limits.MAX_FILE_BYTES + 1:,} bytes (at most {limits.MAX_FILE_BYTES:,})"
    assert diag.file == str(spec)


def test_values_shared_through_aliases_are_measured_as_what_they_expand_to() -> None:
    leaf = ["x"] * 10
    doc: object = leaf
    for _ in range(7):  # 10 ** 8 leaves, in lists of ten lists of ten...
        doc = [doc] * 10
    with pytest.raises(ShapeError) as info:
        check_shape({"x-bomb": doc})
    assert info.value.pointer == "/x-bomb"
    assert "stands for 111,111,112 values" in info.value.message


def test_depth_counts_where_a_shared_value_is_placed_again() -> None:
    deep: object = "leaf"
    for _ in range(MAX_DEPTH - 10):
        deep = [deep]
    check_shape({"a": deep})  # within the limit where it first sits...
    nested: object = deep
    for _ in range(20):
        nested = {"b": nested}
    with pytest.raises(ShapeError, match="nested more than 128 levels deep"):
        check_shape({"a": deep, "z": nested})  # ...and not where it sits again, deeper


def test_a_yaml_alias_bomb_is_refused_at_the_node_it_expands(tmp_path: Path) -> None:
    levels = "".join(f"  l{i + 1}: &l{i + 1} [{', '.join([f'*l{i}'] * 10)}]\n" for i in range(8))
    spec = tmp_path / "bomb.yaml"
    spec.write_text(HEAD + "x-bomb:\n  l0: &l0 [lol, lol]\n" + levels, encoding="utf-8")
    with pytest.raises(SpecError) as info:
        read_file(spec)
    [diag] = info.value.diagnostics
    assert (diag.line, diag.pointer) == (13, "/x-bomb/l8")
    assert "YAML aliases expanded" in diag.message


def test_a_ref_bomb_across_files_is_refused_while_bundling(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # each file inlines the next ten times: 10 ** 6 copies (the budget is lowered to keep it quick)
    monkeypatch.setattr(read, "MAX_NODES", 50_000)
    (tmp_path / "root.yaml").write_text(HEAD + 'x-bomb: {$ref: "f0.yaml"}\n', encoding="utf-8")
    for i in range(6):
        (tmp_path / f"f{i}.yaml").write_text("[" + ", ".join([f'{{$ref: "f{i + 1}.yaml"}}'] * 10) + "]\n", encoding="utf-8")
    (tmp_path / "f6.yaml").write_text("[1, 2]\n", encoding="utf-8")
    with pytest.raises(SpecError) as info:
        load_document(tmp_path / "root.yaml")
    [diag] = info.value.diagnostics
    assert diag.message == "the document holds more than 50,000 values, with what its $refs to other files inline"
    assert Path(str(diag.file)).parent == tmp_path


def test_files_inlined_into_each_other_are_held_to_the_depth_limit(tmp_path: Path) -> None:
    # each file is shallow; inlined into one another, they nest past the limit
    (tmp_path / "root.yaml").write_text(HEAD + 'x-deep: {$ref: "d0.yaml"}\n', encoding="utf-8")
    for i in range(40):
        (tmp_path / f"d{i}.yaml").write_text(f'[[[{{$ref: "d{i + 1}.yaml"}}]]]\n', encoding="utf-8")
    (tmp_path / "d40.yaml").write_text("end\n", encoding="utf-8")
    with pytest.raises(SpecError) as info:
        load_document(tmp_path / "root.yaml")
    [diag] = info.value.diagnostics
    assert diag.message == f"nested more than {MAX_DEPTH} levels deep, with what the $refs to other files inline"


def test_real_numbers_and_names_stay_within_the_limits(tmp_path: Path) -> None:
    spec = tmp_path / "ok.yaml"
    spec.write_text(HEAD + "x-bound: 18446744073709551615\nx-big: " + "9" * limits.MAX_NUMBER_DIGITS + "\n", encoding="utf-8")
    doc = read_file(spec)
    assert doc["x-bound"] == 2**64 - 1
    assert doc["x-big"] == int("9" * limits.MAX_NUMBER_DIGITS)
