#!/usr/bin/env python3
"""Writes what the start-up script of dist/index.html needs from content/course.toml before the
app runs, as `<meta>` tags: the course id (`amane-course`: the progress saved on the device is
under `amane.<id>.progress`, whose language choice starts the early download of the module) and
the quick-exit address (`amane-quick-exit`: the quick exit then works while the app is still
loading, or when it cannot start, with no WebAssembly). Running it again replaces the tags.

Usage: python3 scripts/course_meta.py [dist]"""
import html
import re
import sys
import tomllib
from pathlib import Path

import head_meta

ID = re.compile(r"^[A-Za-z0-9_-]{1,80}$")


def manifest(dist: Path) -> tuple[str, str]:
    """The course's `id` and `quick_exit_url` (an https:// address)."""
    path = dist / "content" / "course.toml"
    with path.open("rb") as file:
        course = tomllib.load(file)
    course_id, url = course.get("id", ""), course.get("quick_exit_url", "")
    if not isinstance(course_id, str) or not ID.match(course_id):
        raise SystemExit(f"{path}: id must be letters, digits, - or _, found {course_id!r}")
    if not isinstance(url, str) or not url.startswith("https://"):
        raise SystemExit(f"{path}: quick_exit_url must be an https:// address, found {url!r}")
    return course_id, url


def write(dist: Path) -> tuple[str, str]:
    """Writes the tags into dist/index.html; returns the id and the address."""
    course_id, url = manifest(dist)
    index = dist / "index.html"
    page = head_meta.without(index.read_text(encoding="utf-8"), head_meta.COURSE, head_meta.QUICK_EXIT)
    tags = (f'<meta name="amane-quick-exit" content="{html.escape(url, quote=True)}">\n'
            f'  <meta name="amane-course" content="{course_id}">')
    head_meta.put(index, page, tags, "the quick-exit address and the course id")
    return course_id, url


def main() -> int:
    print(*write(Path(sys.argv[1] if len(sys.argv) > 1 else "dist")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
