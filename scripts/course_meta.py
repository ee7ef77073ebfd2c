#!/usr/bin/env python3
"""Writes the course's quick-exit address (`quick_exit_url` of content/course.toml) into
dist/index.html as `<meta name="amane-quick-exit" content="…">`, where the start-up script
finds it: the quick exit then works while the app is still loading, or when it cannot start,
with no WebAssembly. Running it again replaces the tag.

Usage: python3 scripts/quick_exit.py [dist]"""
import html
import sys
import tomllib
from pathlib import Path

import head_meta


def quick_exit_url(dist: Path) -> str:
    """The course's `quick_exit_url`, which must be an https:// address."""
    manifest = dist / "content" / "course.toml"
    with manifest.open("rb") as file:
        url = tomllib.load(file).get("quick_exit_url", "")
    if not isinstance(url, str) or not url.startswith("https://"):
        raise SystemExit(f"{manifest}: quick_exit_url must be an https:// address, found {url!r}")
    return url


def write(dist: Path) -> str:
    """Writes the tag into dist/index.html; returns the address."""
    url = quick_exit_url(dist)
    index = dist / "index.html"
    page = head_meta.without(index.read_text(encoding="utf-8"), head_meta.QUICK_EXIT)
    tag = f'<meta name="amane-quick-exit" content="{html.escape(url, quote=True)}">'
    head_meta.put(index, page, tag, "the quick-exit address")
    return url


def main() -> int:
    print(write(Path(sys.argv[1] if len(sys.argv) > 1 else "dist")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
