#!/usr/bin/env python3
"""Size report of a built dist/ and the byte budget gate of DESIGN.md §9.

Prints every file of dist/ with its raw, gzip and brotli bytes: first the files of a first visit
(HTML + JS + wasm + CSS + manifest + first lesson of the first module + that language's
interface messages) and their total against the budget (200 KB brotli, 6 requests), then every
other file; and what the wasm is made of, grouped by crate, so that a regression names its
cause.

The breakdown needs names, which the shipped wasm no longer has: it rebuilds the same release
wasm with cargo (a no-op right after `trunk build --release`), runs wasm-bindgen and
`wasm-opt -Oz --debuginfo` on it as trunk does but keeping the name section, and groups
`twiggy top` by the crate named in each function. Without cargo, wasm-bindgen, wasm-opt or
twiggy on PATH the breakdown is skipped (and says so); the budget gate does not depend on it.

Usage: scripts/size.py [dist] [--no-breakdown] [--report-only] [--ceiling=KB]. Exits 1 when the
first load is over budget, unless --report-only (the verdict is then printed, not enforced).
With --ceiling=KB, while the budget is not met, the gate fails when the first load grows past
that many KB brotli or needs more requests than the budget: no regression lands unnoticed.
"""
import csv
import gzip
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import chunks  # noqa: E402  (where the build leaves the split wasm)

BUDGET_BROTLI = 200 * 1024
# The app's six files, and the interface's messages and the course map in the first language,
# fetched beside them (docs/PERFORMANCE.md): no extra round trip.
BUDGET_REQUESTS = 8
ROOT = Path(__file__).resolve().parent.parent
BIN = "amane-app"

# Crates reported together: a family counts as one dependency (the name of its main crate).
FAMILIES = {
    "leptos": ["leptos", "leptos_dom", "leptos_macro", "leptos_config", "leptos_server", "tachys",
               "reactive_graph", "reactive_stores", "any_spawner", "or_poisoned", "throw_error",
               "server_fn", "hydration_context", "oco_ref", "next_tuple", "send_wrapper",
               "slotmap", "guardian", "futures", "futures_util", "futures_channel",
               "futures_executor", "futures_core", "pin_project_lite", "either_of", "erased",
               "typed_builder", "paste", "const_str_slice_concat", "drain_filter_polyfill",
               "attribute_derive", "linear_map", "rustc_hash", "indexmap", "async_lock",
               "event_listener", "concurrent_queue", "parking_lot", "lock_api", "html_escape",
               "utf8_width", "wasm_streams", "itertools", "either", "slab", "futures_io",
               "futures_task", "futures_sink", "futures_macro", "event_listener_strategy"],
    "fluent": ["fluent_bundle", "fluent_syntax", "fluent_langneg", "intl_pluralrules",
               "intl_memoizer", "unic_langid", "unic_langid_impl", "tinystr", "type_map",
               "self_cell", "smallvec"],
    "pulldown_cmark": ["pulldown_cmark", "pulldown_cmark_escape", "unicase", "memchr", "bitflags"],
    "toml": ["toml", "toml_parser", "toml_datetime", "toml_edit", "serde_spanned", "winnow"],
    "serde_json": ["serde_json", "itoa", "ryu", "zmij"],
    "serde": ["serde", "serde_core"],
    "wasm_bindgen": ["wasm_bindgen", "js_sys", "web_sys", "wasm_bindgen_futures",
                     "console_error_panic_hook", "once_cell"],
    "std": ["core", "alloc", "std", "hashbrown", "dlmalloc", "compiler_builtins",
            "rustc_demangle", "panic_abort"],
    "amane (app)": ["amane", "amane_app"],
    "amane_core": ["amane_core"],
}
CRATE_FAMILY = {crate: family for family, crates in FAMILIES.items() for crate in crates}
DATA = "data (strings, tables)"


def sizes(path: Path) -> tuple[int, int, int]:
    """Raw, gzip -9 and brotli -q 11 sizes of one file."""
    data = path.read_bytes()
    br = subprocess.run(["brotli", "-c", "-q", "11"], input=data, capture_output=True, check=True).stdout
    return len(data), len(gzip.compress(data, 9)), len(br)


def first_load(dist: Path) -> list[Path]:
    """The files a first visit needs before the first lesson is interactive (one request each):
    index.html, what it loads or preloads (script, wasm, stylesheet, manifest; not the icon),
    the first lesson of the first module, the interface's messages and the course map, in the
    course's first language."""
    html = (dist / "index.html").read_text(encoding="utf-8")
    refs = re.findall(r'<link\b(?=[^>]*\brel="(?:stylesheet|modulepreload|preload)")[^>]*\bhref="([^"]+)"', html)
    refs += re.findall(r"""(?:\bfrom\s+|module_or_path:\s*|<script\b[^>]*\bsrc=)['"]([^'"]+)['"]""", html)
    files = [dist / "index.html"]
    for ref in refs:
        path = (dist / ref.split("?")[0].split("#")[0]).resolve()
        if path.is_file() and path not in files:
            files.append(path)
    course = dist / "content" / "course.toml"
    if course.resolve() not in files:
        files.append(course.resolve())
    manifest = tomllib.loads(course.read_text(encoding="utf-8"))
    first = manifest["modules"][0]
    language = manifest["languages"][0]["code"]
    files.append((dist / "content" / "modules" / first / f"{language}.md").resolve())
    # The interface messages and the course map of that language, fetched beside the wasm by
    # index.html (a lesson's page shows its module's title from the map).
    files.append((dist / "locales" / language / "main.ftl").resolve())
    files.append((dist / "content" / "map" / f"{language}.toml").resolve())
    return files


def kb(n: float) -> str:
    """Bytes as kilobytes (1024) with one decimal."""
    return f"{n / 1024:.1f}"


def rest(dist: Path, load: list[Path]) -> list[tuple[Path, int, int, int]]:
    """Every other file of dist/ (not precompressed twins, not trunk's lock file), with its raw,
    gzip and brotli sizes."""
    return [(path, *sizes(path)) for path in sorted(p for p in dist.rglob("*") if p.is_file())
            if path.resolve() not in load and path.suffix not in (".br", ".gz")
            and not path.name.startswith(".trunk")]


def print_rows(dist: Path, rows: list[tuple[Path, int, int, int]], title: str) -> list[int]:
    """Prints one line per file and a total line; returns the raw, gzip and brotli totals."""
    for path, raw, gz, br in rows:
        print(f"  {str(path.relative_to(dist)):58} {kb(raw):>8} {kb(gz):>8} {kb(br):>8}")
    totals = [sum(row[i] for row in rows) for i in (1, 2, 3)]
    print(f"  {title:58} {kb(totals[0]):>8} {kb(totals[1]):>8} {kb(totals[2]):>8}")
    return totals


def family_of(name: str) -> str:
    """The dependency a wasm function belongs to, from its demangled name: the first crate in
    the name that is not the standard library (so `drop_in_place<fluent_bundle::…>` counts for
    fluent), else the standard library; wasm-bindgen's glue by its prefix."""
    if name.startswith(("__wbg_", "__wbindgen", "__externref", "wasm_bindgen")):
        return "wasm_bindgen"
    if name.startswith("intounderlying"):  # wasm-streams, used by leptos
        return "leptos"
    if name.startswith("data segment"):
        return DATA
    if name.startswith(("export ", "import ", "elem[", "type[", "table[", "memory[", "global[",
                        "func[", "code[")) or name == "main":
        return "wasm structure (exports, imports, tables)"
    if name in ("memcpy", "memset", "memmove", "memcmp", "bcmp", "malloc", "free", "realloc") \
            or name.startswith(("__rust", "__rdl", "__rg_", "dlmalloc", "__multi3", "__")):
        return "std"
    found_std = False
    # Crate paths, also in the v0 form of the standard library (`core[c59…]::fmt`).
    for crate in re.findall(r"([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::", name):
        family = CRATE_FAMILY.get(crate, crate if crate in KNOWN_CRATES else None)
        if family == "std":
            found_std = True
        elif family:
            return family
    # Methods of primitive types (`<f64 as …>`, `<char>::…`) belong to the standard library.
    return "std" if found_std or "::" in name else "unattributed"


def locked_crates() -> set[str]:
    """Every crate of Cargo.lock, in the spelling of Rust paths."""
    lock = ROOT / "Cargo.lock"
    if not lock.exists():
        return set()
    return {p["name"].replace("-", "_") for p in tomllib.loads(lock.read_text())["package"]}


KNOWN_CRATES = locked_crates()


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    """Runs a tool quietly, raising with its error output on failure."""
    out = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if out.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {out.stderr.strip()[-400:]}")
    return out


def candidates() -> list[Path]:
    """Wasm files that may be this build's main part: the one the last build split off
    (scripts/split.py), then the release wasm cargo reports (a no-op right after trunk) and the
    per-package copies in deps/, newest first — a target dir shared with other checkouts may
    hold another checkout's file under the reported name."""
    split = chunks.split_dir() / f"{BIN}.wasm"
    build = run(["cargo", "build", "--locked", "--release", "--target", "wasm32-unknown-unknown", "--bin", BIN,
                 "--message-format=json", "-q"], cwd=ROOT)
    found: list[Path] = []
    for line in build.stdout.splitlines():
        msg = json.loads(line)
        if msg.get("reason") == "compiler-artifact" and msg["target"]["name"] == BIN:
            found += [Path(f) for f in msg["filenames"] if f.endswith(".wasm")]
    if not found:
        raise RuntimeError("cargo reported no wasm for " + BIN)
    deps = sorted(found[0].parent.glob("deps/" + BIN.replace("-", "_") + "-*.wasm"),
                  key=lambda p: p.stat().st_mtime, reverse=True)
    return ([split] if split.is_file() else []) + found + deps[:4]


def named_wasm(work: Path, raw: Path) -> Path:
    """The release wasm as trunk builds it (wasm-bindgen, then wasm-opt -Oz), names kept."""
    copy = work / f"{BIN}.wasm"
    shutil.copyfile(raw, copy)
    # As the build links it: the main part of a split wasm keeps the linker's exports.
    run(["wasm-bindgen", "--target", "web", "--weak-refs", "--keep-lld-exports", "--out-dir",
         str(work), str(copy)])
    opt = work / "named.wasm"
    run(["wasm-opt", "-Oz", "--debuginfo", str(work / f"{BIN}_bg.wasm"), "-o", str(opt)])
    return opt


def function_sizes(shipped_raw: int) -> list[dict]:
    """twiggy's rows for the names-kept twin of the shipped wasm (its code and data add up to
    the shipped size within 1 %), or an error saying why there is none."""
    with tempfile.TemporaryDirectory() as tmp:
        for raw in candidates():
            top = run(["twiggy", "top", "-n", "1000000", "--format", "csv",
                       str(named_wasm(Path(tmp), raw))]).stdout
            rows = [r for r in csv.DictReader(io.StringIO(top)) if not is_section(r["Name"])]
            total = sum(int(r["ShallowSize"]) for r in rows)
            if abs(total - shipped_raw) <= shipped_raw / 100:
                return rows
    raise RuntimeError("no wasm in the target dir matches the shipped one: rebuild")


def is_section(name: str) -> bool:
    """Custom sections (names, producers): not in the shipped wasm."""
    return name.startswith("custom section") or name.endswith("subsection") or " section" in name


def breakdown(shipped_raw: int, shipped_br: int) -> list[str]:
    """Lines of the per-crate breakdown of the wasm, or one line saying why there is none."""
    missing = [t for t in ("cargo", "wasm-bindgen", "wasm-opt", "twiggy") if not shutil.which(t)]
    if missing:
        return [f"wasm by crate: skipped ({', '.join(missing)} not on PATH)"]
    try:
        rows = function_sizes(shipped_raw)
    except (RuntimeError, json.JSONDecodeError) as err:
        return [f"wasm by crate: skipped ({err})"]
    groups: dict[str, int] = defaultdict(int)
    for row in rows:
        groups[family_of(row["Name"])] += int(row["ShallowSize"])
    total = sum(groups.values()) or 1
    lines = [f"wasm by crate (code + data of a names-kept -Oz build, {kb(total)} KB; "
             f"brotli ≈ share × {kb(shipped_br)} KB):"]
    ranked = sorted(groups.items(), key=lambda kv: -kv[1])
    shown, rest = ranked[:11], ranked[11:]
    if rest:
        shown.append((f"{len(rest)} other crates", sum(v for _, v in rest)))
    for family, size in shown:
        share = size / total
        lines.append(f"  {family:44} {kb(size):>8} KB {share:6.1%}  ≈{kb(share * shipped_br):>6} KB br")
    return lines


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    dist = Path(args[0] if args else "dist").resolve()
    load = first_load(dist)
    print(f"Size report of {dist}/ (KB: raw, gzip -9, brotli -q 11)")
    print(f"first load{'':50} {'raw':>8} {'gzip':>8} {'brotli':>8}")
    table = [(p, *sizes(p)) for p in load]
    totals = print_rows(dist, table, f"total: {len(load)} requests")
    over = totals[2] > BUDGET_BROTLI or len(load) > BUDGET_REQUESTS
    verdict = "OVER BUDGET" if over else "within budget"
    ceiling = ceiling_arg()
    margin = BUDGET_BROTLI - totals[2]
    print(f"budget: {kb(BUDGET_BROTLI)} KB brotli, {BUDGET_REQUESTS} requests -> {verdict} "
          f"({kb(abs(margin))} KB brotli {'to spare' if margin >= 0 else 'too many'})")
    others = rest(dist, load)
    print(f"not in the first load{'':39} {'raw':>8} {'gzip':>8} {'brotli':>8}")
    print_rows(dist, others, f"total: {len(others)} files")
    wasm = [row for row in table if row[0].suffix == ".wasm"]
    if "--no-breakdown" not in sys.argv and wasm:
        for line in breakdown(wasm[0][1], wasm[0][3]):
            print(line)
    if over:
        sys.stdout.flush()
        print("first load is OVER BUDGET", file=sys.stderr)
    if ceiling is not None:
        grew = totals[2] > ceiling or len(load) > BUDGET_REQUESTS
        print(f"ceiling while over budget: {kb(ceiling)} KB brotli, {BUDGET_REQUESTS} requests -> "
              f"{'GREW PAST IT' if grew else 'not grown'} ({kb(abs(ceiling - totals[2]))} KB "
              f"{'over' if grew else 'under'})")
        return 1 if grew else 0
    return 1 if over and "--report-only" not in sys.argv else 0


def ceiling_arg() -> int | None:
    """Bytes of `--ceiling=KB`, or None without it."""
    for arg in sys.argv[1:]:
        if arg.startswith("--ceiling="):
            return round(float(arg.split("=", 1)[1]) * 1024)
    return None


if __name__ == "__main__":
    sys.exit(main())
