#!/usr/bin/env python3
"""Writes what the start-up script of dist/index.html needs from content/course.toml before the
app runs, as `<meta>` tags: the course id (`amane-course`: the progress saved on the device is
under `amane.<id>.progress`, whose language choice starts the early download of the module),
the quick-exit address (`amane-quick-exit`: the quick exit then works while the app is still
loading, or when it cannot start, with no WebAssembly) and the languages with the files each
one's messages are looked up in (`amane-languages`); and the newcomer's language picker the page
paints before the app has arrived: each language's button, named in its own script, and the
picker's title in each language (`language-title` of its messages). Running it again replaces
all of it.

Usage: python3 scripts/course_meta.py [dist]
       python3 scripts/course_meta.py --languages course.toml   (prints the languages' files)"""
import html
import json
import re
import sys
import tomllib
from pathlib import Path

import head_meta

# index.html's picker: its title and its list of buttons, whose contents this script writes.
PICKER_TITLE = re.compile(r'(<h1 id="boot-picker-title">)(.*?)(</h1>)', re.S)
PICKER_LIST = re.compile(r'(<ul class="language-picker" id="boot-languages">)(.*?)(</ul>)', re.S)
FTL_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9_-]*) = (.+)$", re.M)

ID = re.compile(r"^[A-Za-z0-9_-]{1,80}$")


def read(path: Path) -> dict:
    """A course.toml, parsed."""
    with path.open("rb") as file:
        return tomllib.load(file)


def manifest(path: Path, course: dict) -> tuple[str, str]:
    """The `id` and `quick_exit_url` (an https:// address) of `course`, read from `path`."""
    course_id, url = course.get("id", ""), course.get("quick_exit_url", "")
    if not isinstance(course_id, str) or not ID.match(course_id):
        raise SystemExit(f"{path}: id must be letters, digits, - or _, found {course_id!r}")
    if not isinstance(url, str) or not url.startswith("https://"):
        raise SystemExit(f"{path}: quick_exit_url must be an https:// address, found {url!r}")
    return course_id, url


def languages(path: Path, course: dict) -> list[dict]:
    """The `[[languages]]` of `course`, read from `path`, each with `files`: itself, then its
    fallbacks, as the app looks its messages up (core/src/i18n/languages.rs checks the same
    table)."""
    declared = course.get("languages")
    if not isinstance(declared, list) or not declared:
        raise SystemExit(f"{path}: declare the course's languages in [[languages]] tables")
    found = []
    for language in declared:
        code, name, direction = (language.get(k) for k in ("code", "name", "dir"))
        if not isinstance(code, str) or not re.fullmatch(r"[a-z]{2,3}(-[a-z0-9]{2,8})*", code):
            raise SystemExit(f"{path}: a language's code must be like fr, ar, ary, found {code!r}")
        if direction not in ("ltr", "rtl") or not isinstance(name, str) or not name.strip():
            raise SystemExit(f"{path}: language {code}: name and dir (\"ltr\" or \"rtl\") are needed")
        files = [code] + [f for f in language.get("fallback", []) if f != code]
        found.append({"code": code, "name": name, "dir": direction, "files": list(dict.fromkeys(files))})
    return found


def message(dist: Path, files: list[str], key: str) -> str | None:
    """The single-line message `key` from the first of `files`' messages that has it."""
    for code in files:
        path = dist / "locales" / code / "main.ftl"
        if path.exists():
            for found, text in FTL_LINE.findall(path.read_text(encoding="utf-8")):
                if found == key:
                    return text.strip()
    return None


def picker(dist: Path, page: str, found: list[dict]) -> str:
    """`page` with the picker's title and buttons of the languages `found`."""
    if not PICKER_TITLE.search(page) or not PICKER_LIST.search(page):
        raise SystemExit(f"{dist / 'index.html'}: no language picker (boot-picker-title, boot-languages) to fill")
    titles = []
    for language in found:
        title = message(dist, language["files"], "language-title")
        if title and title not in (t for t, _ in titles):
            titles.append((title, language))
    title = " ".join(f'<span lang="{l["code"]}" dir="{l["dir"]}">{html.escape(t)}</span>' for t, l in titles)
    buttons = "".join(
        f'\n      <li><button type="button" lang="{l["code"]}" dir="{l["dir"]}">{html.escape(l["name"])}</button></li>'
        for l in found)
    page = PICKER_TITLE.sub(lambda m: m[1] + title + m[3], page, count=1)
    return PICKER_LIST.sub(lambda m: m[1] + buttons + "\n    " + m[3], page, count=1)


def write(dist: Path) -> tuple[str, str]:
    """Writes the tags and the picker into dist/index.html; returns the id and the address."""
    path = dist / "content" / "course.toml"
    course = read(path)
    course_id, url = manifest(path, course)
    found = languages(path, course)
    index = dist / "index.html"
    page = head_meta.without(index.read_text(encoding="utf-8"), head_meta.COURSE, head_meta.QUICK_EXIT,
                             head_meta.LANGUAGES)
    page = picker(dist, page, found)
    table = json.dumps({l["code"]: l["files"] for l in found}, separators=(",", ":"))
    tags = (f'<meta name="amane-quick-exit" content="{html.escape(url, quote=True)}">\n'
            f'  <meta name="amane-course" content="{course_id}">\n'
            f'  <meta name="amane-languages" content="{html.escape(table, quote=True)}">')
    head_meta.put(index, page, tags, "the quick-exit address, the course id and the languages")
    return course_id, url


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--languages":
        path = Path(sys.argv[2])
        print(json.dumps(languages(path, read(path)), ensure_ascii=False))
        return 0
    print(*write(Path(sys.argv[1] if len(sys.argv) > 1 else "dist")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
