#!/usr/bin/env python3
"""Leaves the translators' notes out of the interface's messages a build ships.

`locales/<code>/main.ftl` keep their comments (`#`, `##`, `###` lines: who says what, where, to
whom) for translators; the browser only needs the messages, so the copies in dist/locales/ lose
every comment line and the blank lines they leave — a comment line always starts at column 0
in Fluent, while a message's continuation lines are indented, so no message changes. Run by
postbuild.py after every build."""
import re
import sys
from pathlib import Path

COMMENT = re.compile(r"^#.*\n", re.M)
BLANKS = re.compile(r"\n{3,}")


def without_comments(text: str) -> str:
    """The Fluent text without its comment lines, blank runs shortened to one blank line."""
    return BLANKS.sub("\n\n", COMMENT.sub("", text)).lstrip("\n")


def strip(dist: Path) -> int:
    """Strips every dist/locales/*/main.ftl; returns the bytes saved."""
    saved = 0
    for path in sorted((dist / "locales").glob("*/main.ftl")):
        text = path.read_text(encoding="utf-8")
        shorter = without_comments(text)
        path.write_text(shorter, encoding="utf-8")
        saved += len(text.encode("utf-8")) - len(shorter.encode("utf-8"))
    return saved


if __name__ == "__main__":
    print(f"{strip(Path(sys.argv[1] if len(sys.argv) > 1 else 'dist'))} bytes of comments left out",
          file=sys.stderr)
