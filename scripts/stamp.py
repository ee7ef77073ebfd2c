#!/usr/bin/env python3
"""Stamps a built dist/ with its build version, so browsers notice a new deployment.

Usage: python3 scripts/stamp.py [dist]

The version is a hash of every file the build produced (except sw.js itself), so any change —
app or course text — gives a new version. It is written:
- into sw.js: `const VERSION = '…';`, `const SHELL = [...]` (the files of the app shell the
  service worker stores when it installs) and `const MEDIA = [...]` (every file under
  content/media/, which "download the whole course" stores with the modules) and
  `const MAPS = [...]` (each language's course map, stored with the manifest when the worker
  installs, so the map shows offline in every language). A changed sw.js
  is what makes browsers install the new version and offer the learner to reload;
- into index.html as `<meta name="amane-build" content="…">` (shown to whoever needs to know
  which version a device runs).
Running it twice gives the same result. Prints the version."""
import hashlib
import json
import re
import sys
from pathlib import Path

import csp
import head_meta

VERSION_LINE = re.compile(r"^const VERSION = '[^']*';$", re.M)
SHELL_LINE = re.compile(r"^const SHELL = \[.*?\];$", re.M)
MEDIA_LINE = re.compile(r"^const MEDIA = \[.*?\];$", re.M)
MAPS_LINE = re.compile(r"^const MAPS = \[.*?\];$", re.M)


def built_files(dist: Path) -> list[Path]:
    """Every file of the build, sorted, without sw.js, hidden files (trunk's staging) and the
    server configs csp.py writes (the browser never asks for them)."""
    return sorted(
        p for p in dist.rglob("*")
        if p.is_file() and p.name != "sw.js"
        and not (p.parent == dist and p.name in csp.SERVER_CONFIGS)
        and not any(part.startswith(".") for part in p.relative_to(dist).parts)
    )


def unstamped_html(text: str) -> str:
    """index.html without what this script and csp.py write into it."""
    return head_meta.without(text, head_meta.BUILD, head_meta.CSP)


def build_version(dist: Path) -> str:
    """A short hash of the build's files, stable across runs of this script and csp.py."""
    digest = hashlib.sha256()
    for path in built_files(dist):
        rel = path.relative_to(dist).as_posix()
        data = path.read_bytes()
        if rel == "index.html":
            data = unstamped_html(data.decode("utf-8")).encode("utf-8")
        digest.update(rel.encode("utf-8") + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()[:16]


def shell_files(dist: Path) -> list[str]:
    """The app shell: the files at the top of dist/ (index.html is stored as the scope URL) and
    the interface's messages in every language (locales/<code>/main.ftl), so that a switch of
    language works offline."""
    return [
        p.relative_to(dist).as_posix() for p in built_files(dist)
        if (p.parent == dist and p.name != "index.html")
        or (p.suffix == ".ftl" and dist / "locales" in p.parents)
    ]


def media_files(dist: Path) -> list[str]:
    """The course's images and other media: every file under content/media/, relative to dist/."""
    media = dist / "content" / "media"
    return [p.relative_to(dist).as_posix() for p in built_files(dist) if media in p.parents]


def map_files(dist: Path) -> list[str]:
    """Each language's course map (content/map/<code>.toml), relative to dist/."""
    maps = dist / "content" / "map"
    return [p.relative_to(dist).as_posix() for p in built_files(dist)
            if p.parent == maps and p.suffix == ".toml"]


def js_list(names: list[str]) -> str:
    """`names` as a JavaScript array of strings (JSON: any file name is quoted safely)."""
    return json.dumps(names, ensure_ascii=False)


def stamp(dist: Path) -> str:
    """Writes the version into sw.js and index.html; returns it."""
    version = build_version(dist)
    sw = dist / "sw.js"
    text = sw.read_text(encoding="utf-8")
    lines = {VERSION_LINE: f"const VERSION = '{version}';",
             SHELL_LINE: f"const SHELL = {js_list(shell_files(dist))};",
             MEDIA_LINE: f"const MEDIA = {js_list(media_files(dist))};",
             MAPS_LINE: f"const MAPS = {js_list(map_files(dist))};"}
    for pattern, line in lines.items():
        if not pattern.search(text):
            raise SystemExit(f"{sw}: no line like `{line.split(' = ')[0]} = …;` to stamp")
        text = pattern.sub(lambda _, line=line: line, text, count=1)
    sw.write_text(text, encoding="utf-8")

    index = dist / "index.html"
    html = head_meta.without(index.read_text(encoding="utf-8"), head_meta.BUILD)
    head_meta.put(index, html, f'<meta name="amane-build" content="{version}">', "the build version")
    return version


def main() -> int:
    dist = Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
    print(stamp(dist))
    return 0


if __name__ == "__main__":
    sys.exit(main())
