#!/usr/bin/env python3
"""Size report of a built dist/: every file with raw, gzip and brotli bytes, then the first-load
total (HTML + JS + wasm + CSS + manifest + first lesson) against the budget of DESIGN.md §9.
Exits non-zero when the first load is over budget."""
import gzip
import subprocess
import sys
import tomllib
from pathlib import Path

BUDGET_BROTLI = 200 * 1024
BUDGET_REQUESTS = 6


def sizes(path: Path) -> tuple[int, int, int]:
    """Raw, gzip -9 and brotli -q 11 sizes of one file."""
    data = path.read_bytes()
    br = subprocess.run(["brotli", "-c", "-q", "11"], input=data, capture_output=True, check=True).stdout
    return len(data), len(gzip.compress(data, 9)), len(br)


def first_load(dist: Path) -> list[Path]:
    """The files a first visit needs before the first lesson is interactive."""
    files = [dist / "index.html"]
    for pattern in ("*.js", "*.wasm", "*.css"):
        files += sorted(p for p in dist.glob(pattern) if p.name != "sw.js")
    course = dist / "content" / "course.toml"
    files.append(course)
    manifest = tomllib.loads(course.read_text(encoding="utf-8"))
    first = manifest["modules"][0]
    files.append(dist / "content" / "modules" / first / f"{manifest['locales'][0]}.md")
    return files


def main() -> int:
    dist = Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
    print(f"{'file':60} {'raw':>9} {'gzip':>9} {'brotli':>9}")
    for path in sorted(p for p in dist.rglob("*") if p.is_file()):
        raw, gz, br = sizes(path)
        print(f"{str(path.relative_to(dist)):60} {raw:9} {gz:9} {br:9}")
    load = first_load(dist)
    totals = [sum(col) for col in zip(*(sizes(p) for p in load))]
    print(f"first load: {len(load)} requests, {totals[0]} raw, {totals[1]} gzip, {totals[2]} brotli "
          f"(budget {BUDGET_BROTLI} brotli, {BUDGET_REQUESTS} requests)")
    over = totals[2] > BUDGET_BROTLI or len(load) > BUDGET_REQUESTS
    if over:
        print("first load is OVER BUDGET", file=sys.stderr)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
