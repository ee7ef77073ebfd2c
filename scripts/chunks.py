#!/usr/bin/env python3
"""Puts the wasm chunks into the build: the files scripts/split.py made during trunk's build
(listed in $AMANE_SPLIT_DIR/files.txt, names carrying their content's hash) are copied next to
the main part, and index.html preloads the chunks' loader with its integrity, as trunk does
for the main JS. The chunks themselves download only when a screen first needs them; the
service worker's list (stamp.py, run after this) keeps them all for offline use.
Fails when the main JS imports a loader this build does not have."""
import base64
import hashlib
import os
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAIN_PRELOAD = re.compile(r'<link rel="modulepreload" href="\./(?P<js>[^"]+\.js)"[^>]*>')


def split_dir() -> Path:
    """Where scripts/split.py left the chunks (scripts/lib/tools.sh sets it)."""
    if "AMANE_SPLIT_DIR" in os.environ:
        return Path(os.environ["AMANE_SPLIT_DIR"])
    return Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target")) / "amane-split"


def integrity(data: bytes) -> str:
    """The `integrity` value of a file, as trunk writes it."""
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode("ascii")


def install(dist: Path) -> list[str]:
    """Copies the chunks and their loader into `dist` and preloads the loader; returns the
    names copied."""
    html_path = dist / "index.html"
    html = html_path.read_text(encoding="utf-8")
    preload = MAIN_PRELOAD.search(html)
    if not preload:
        sys.exit("chunks.py: index.html has no modulepreload of the main JS")
    main_js = (dist / preload["js"]).read_text(encoding="utf-8")
    listing = split_dir() / "files.txt"
    names = listing.read_text(encoding="utf-8").split() if listing.exists() else []
    loader = next((n for n in names if n.endswith(".js")), None)
    if loader is None or f'"./{loader}"' not in main_js:
        sys.exit(f"chunks.py: {preload['js']} imports no loader of {listing}: build with "
                 "./scripts/build or ./scripts/serve, which split the wasm")
    for name in names:
        shutil.copyfile(split_dir() / name, dist / name)
    if f'href="./{loader}"' not in html:
        link = (f'<link rel="modulepreload" href="./{loader}" crossorigin="anonymous" '
                f'integrity="{integrity((dist / loader).read_bytes())}">')
        html = html[:preload.end()] + link + html[preload.end():]
        html_path.write_text(html, encoding="utf-8")
    return names


if __name__ == "__main__":
    copied = install(Path(sys.argv[1] if len(sys.argv) > 1 else "dist"))
    print(f"{len(copied)} chunk files", file=sys.stderr)
