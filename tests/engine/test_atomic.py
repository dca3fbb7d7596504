"""qgis_io.atomic without QGIS: files, shapefile parts, folders, stale temporaries."""

from __future__ import annotations

import os
import re
import subprocess

import pytest

from clearance_planner.qgis_io.atomic import (
    AtomicFile,
    AtomicFolder,
    commit_all,
    pid_alive,
    remove_stale,
    temporary_path,
)


def dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid


def test_temporary_name_keeps_stem_first_and_carries_the_pid(tmp_path):
    path = temporary_path(tmp_path / "out.gpkg")
    assert path.parent == tmp_path
    assert re.fullmatch(rf"out\.partial-{os.getpid()}-[0-9a-f]{{8}}\.gpkg", path.name)
    assert temporary_path(tmp_path / "out.gpkg") != path


def test_commit_replaces_the_target_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "report.html"
    target.write_text("old")
    with AtomicFile(target) as out:
        out.path.write_text("new")
        assert target.read_text() == "old"  # nothing visible before the commit
        assert out.commit() == str(target)
    assert target.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]


def test_failure_inside_the_block_leaves_the_old_bytes(tmp_path):
    target = tmp_path / "chart.png"
    target.write_bytes(b"\x89PNG old")
    with pytest.raises(RuntimeError), AtomicFile(target) as out:
        out.path.write_bytes(b"half")
        raise RuntimeError("boom")
    assert target.read_bytes() == b"\x89PNG old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png"]


def test_block_left_without_commit_discards(tmp_path):
    target = tmp_path / "a.csv"
    with AtomicFile(target) as out:
        out.path.write_text("x")
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_shapefile_parts_move_together_and_stale_parts_go(tmp_path):
    target = tmp_path / "out.shp"
    for suffix in (".shp", ".shx", ".dbf", ".prj", ".qix"):
        target.with_suffix(suffix).write_text("old" + suffix)
    out = AtomicFile(target)
    for suffix in (".shp", ".shx", ".dbf"):
        out.path.with_suffix(suffix).write_text("new" + suffix)
    out.commit()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["out.dbf", "out.shp", "out.shx"]  # old .prj/.qix would describe old data
    assert (tmp_path / "out.dbf").read_text() == "new.dbf"


def test_folder_swap_replaces_the_whole_folder(tmp_path):
    target = tmp_path / "field"
    target.mkdir()
    (target / "old.txt").write_text("old")
    with AtomicFolder(target) as folder:
        (folder.path / "new.txt").write_text("new")
        assert (target / "old.txt").exists()
        folder.commit()
    assert sorted(p.name for p in target.iterdir()) == ["new.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["field"]


def test_cancelled_folder_leaves_the_old_one(tmp_path):
    target = tmp_path / "field"
    target.mkdir()
    (target / "old.txt").write_text("old")
    with AtomicFolder(target) as folder:
        (folder.path / "new.txt").write_text("new")
        assert commit_all([folder], lambda: True) is None
    assert sorted(p.name for p in target.iterdir()) == ["old.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["field"]


def test_commit_all_commits_every_writer_or_none(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("old a")
    b.write_text("old b")
    first, second = AtomicFile(a), AtomicFile(b)
    first.path.write_text("new a")
    second.path.write_text("new b")
    assert commit_all([first, second], lambda: True) is None
    assert (a.read_text(), b.read_text()) == ("old a", "old b")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]
    first, second = AtomicFile(a), AtomicFile(b)
    first.path.write_text("new a")
    second.path.write_text("new b")
    assert commit_all([first, second], lambda: False) == [str(a), str(b)]
    assert (a.read_text(), b.read_text()) == ("new a", "new b")


def test_pid_alive_tells_running_from_ended_processes():
    assert pid_alive(os.getpid()) and pid_alive(1)
    assert not pid_alive(dead_pid())


def test_stale_temporaries_of_dead_processes_are_removed_live_ones_kept(tmp_path):
    target = tmp_path / "out.gpkg"
    dead = dead_pid()
    stale = [
        tmp_path / f"out.partial-{dead}-0123abcd.gpkg",
        tmp_path / f"out.partial-{dead}-0123abcd.gpkg-journal",
        tmp_path / f"out.partial-{dead}-4567cdef.shp",
    ]
    live = tmp_path / "out.partial-1-89abcdef.gpkg"  # pid 1 always runs
    other = tmp_path / f"other.partial-{dead}-0123abcd.gpkg"  # another target's
    for path in (*stale, live, other):
        path.write_text("x")
    folder = tmp_path / f"out.partial-{dead}-fedcba98"
    folder.mkdir()
    (folder / "inside.txt").write_text("x")
    with AtomicFile(target) as out:  # a new writer cleans up first
        out.path.write_text("new")
        out.commit()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(["out.gpkg", live.name, other.name])


def test_folder_moved_aside_by_a_killed_swap_is_restored(tmp_path):
    target = tmp_path / "field"
    aside = tmp_path / f"field.old-{dead_pid()}-0123abcd"
    aside.mkdir()
    (aside / "plan.gpkg").write_text("earlier export")
    remove_stale(target)
    assert (target / "plan.gpkg").read_text() == "earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["field"]


def test_commit_all_puts_back_outputs_swapped_before_one_that_fails(tmp_path, monkeypatch):
    import clearance_planner.qgis_io.atomic as atomic

    a, b = tmp_path / "a.gpkg", tmp_path / "b.png"
    a.write_text("old a")
    b.write_text("old b")
    first, second = AtomicFile(a), AtomicFile(b)
    first.path.write_text("new a")
    second.path.write_text("new b")
    replace = os.replace

    def locked(src, dst):
        if str(dst) == str(b):
            raise PermissionError(13, "Permission denied", str(src), None, str(dst))
        replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(PermissionError):
        commit_all([first, second])
    assert (a.read_text(), b.read_text()) == ("old a", "old b")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.gpkg", "b.png"]


def test_folder_swap_is_put_back_when_a_later_output_fails(tmp_path):
    target = tmp_path / "field"
    target.mkdir()
    (target / "old.txt").write_text("old")
    folder = AtomicFolder(target)
    (folder.path / "new.txt").write_text("new")

    class Failing:
        def commit(self, backup=False):
            raise OSError("disk full")

        def discard(self):
            pass

    with pytest.raises(OSError, match="disk full"):
        commit_all([folder, Failing()])
    assert sorted(p.name for p in target.iterdir()) == ["old.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["field"]
