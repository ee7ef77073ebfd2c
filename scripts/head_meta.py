"""The <meta> tags the build writes into dist/index.html, right after `<meta charset="utf-8">`:
the content security policy (csp.py), the build version (stamp.py), and the course id,
quick-exit address and languages (course_meta.py). Each is replaced, never
repeated, so running the scripts again gives the same file."""
import re
from pathlib import Path

CSP = re.compile(r'\s*<meta http-equiv="Content-Security-Policy" content="[^"]*">')
BUILD = re.compile(r'\s*<meta name="amane-build" content="[^"]*">')
QUICK_EXIT = re.compile(r'\s*<meta name="amane-quick-exit" content="[^"]*">')
COURSE = re.compile(r'\s*<meta name="amane-course" content="[^"]*">')
LANGUAGES = re.compile(r'\s*<meta name="amane-languages" content="[^"]*">')
CHARSET = '<meta charset="utf-8">'


def without(html: str, *metas: re.Pattern) -> str:
    """`html` without the tags matched by `metas`."""
    for meta in metas:
        html = meta.sub("", html)
    return html


def put(index: Path, html: str, tag: str, what: str) -> None:
    """Writes `html` to `index` with `tag` after the charset line (`what` names it in errors)."""
    if CHARSET not in html:
        raise SystemExit(f"{index}: no {CHARSET} to put {what} after")
    index.write_text(html.replace(CHARSET, f"{CHARSET}\n  {tag}", 1), encoding="utf-8")
