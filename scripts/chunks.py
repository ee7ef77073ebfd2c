#!/usr/bin/env python3
"""Puts the wasm chunks into the build: the chunks the main JS's loader names (scripts/split.py
made them during trunk's build, in $AMANE_SPLIT_DIR, names carrying their content's hash) are
copied next to the main part. They download only when a screen first needs them;
the service worker's list (stamp.py, run after this) keeps them all for offline use.
Fails when the build was not split (trunk run without scripts/lib/tools.sh's environment):
such an app would stop at its first chunk."""
import os
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAIN_PRELOAD = re.compile(r'<link rel="modulepreload" href="\./(?P<js>[^"]+\.js)"')
SPLIT_MARK = "__amane_chunks"
# A chunk's address in the loader (scripts/split.py names them after their content).
CHUNK_URL = re.compile(r'"\./([\w-]+-[0-9a-f]{16}\.wasm)"')


def split_dir() -> Path:
    """Where scripts/split.py left the chunks (scripts/lib/tools.sh sets it)."""
    if "AMANE_SPLIT_DIR" in os.environ:
        return Path(os.environ["AMANE_SPLIT_DIR"])
    return Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target")) / "amane-split"


def install(dist: Path) -> list[str]:
    """Copies into `dist` every chunk its main JS loads and `dist` does not have yet; returns
    the names of all of them. Running it again on a finished build changes nothing."""
    html = (dist / "index.html").read_text(encoding="utf-8")
    preload = MAIN_PRELOAD.search(html)
    if not preload:
        sys.exit("chunks.py: index.html has no modulepreload of the main JS")
    main_js = (dist / preload["js"]).read_text(encoding="utf-8")
    names = sorted(set(CHUNK_URL.findall(main_js)))
    if SPLIT_MARK not in main_js or not names:
        sys.exit(f"chunks.py: {preload['js']} loads no wasm chunk: build with ./scripts/build or "
                 "./scripts/serve, which split the wasm")
    for name in names:
        if (dist / name).is_file():
            continue
        if not (split_dir() / name).is_file():
            sys.exit(f"chunks.py: {name} is in neither {dist} nor {split_dir()}: build again")
        shutil.copyfile(split_dir() / name, dist / name)
    return names


if __name__ == "__main__":
    copied = install(Path(sys.argv[1] if len(sys.argv) > 1 else "dist"))
    print(f"{len(copied)} chunk files", file=sys.stderr)
