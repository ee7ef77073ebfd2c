#!/usr/bin/env python3
"""Splits the app's wasm into chunks, then links the main part with wasm-bindgen.

trunk runs it in place of wasm-bindgen (scripts/lib/split-bin/wasm-bindgen), with the real
wasm-bindgen's path first, then trunk's own arguments. Between cargo and wasm-bindgen:
1. wasm-split-cli cuts the linked wasm (built with --emit-relocs) at the split points of
   src/ui/chunks.rs: a main part, one chunk per split name, chunks of code they share, and a
   loader (__wasm_split.js) that fetches a chunk and its shared chunks when first called.
2. Each chunk is shrunk with wasm-opt -Oz (release builds, as trunk does for the main part) and
   named after its content (`<app>-<chunk>-<hash>.wasm`), so a server may keep it a year.
3. wasm-bindgen links the main part, keeping the linker's exports the chunks call.
4. The loader goes into the main JS, before trunk hashes it and computes its integrity: no
   extra request, and chunk URLs stay relative to the main JS. The main JS's imports of the
   loader become its exports object; the loader calls the main JS's initSync directly.
The chunks stay in $AMANE_SPLIT_DIR; scripts/chunks.py copies those the main JS names into the
build after trunk."""
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

LOADER = "__wasm_split.js"
# The loader's import of the main JS (not needed once it is inside it), its exports, and the
# main JS's imports of it.
MAIN_IMPORT = re.compile(r'^import \{ initSync \} from "\./[^"]+";\n', re.M)
EXPORT = re.compile(r"^export const (\w+)", re.M)
LOADER_IMPORT = re.compile(r'^import \* as (\w+) from "\./' + re.escape(LOADER) + r'";?$', re.M)
EXPORTS_OBJECT = "__amane_chunks"


def folded(main_js: str, loader: str) -> str:
    """The main JS with the loader inside it, its exports gathered in one object that takes
    the place of every `import * as x from "./__wasm_split.js"`."""
    loader, found = MAIN_IMPORT.subn("", loader)
    names = EXPORT.findall(loader)
    if found != 1 or not names:
        sys.exit(f"split.py: {LOADER} is not what this script expects: update MAIN_IMPORT/EXPORT")
    loader = EXPORT.sub(r"const \1", loader)
    main_js, imports = LOADER_IMPORT.subn(rf"const \1 = {EXPORTS_OBJECT};", main_js)
    if imports == 0:
        sys.exit(f"split.py: the main JS does not import {LOADER}: nothing was split")
    exports = f"const {EXPORTS_OBJECT} = {{ {', '.join(names)} }};\n"
    return f"// The loader of the wasm chunks (scripts/split.py).\n{loader}{exports}{main_js}"


def content_name(prefix: str, data: bytes, suffix: str) -> str:
    """`prefix-<16 hex of the content's sha256>suffix`."""
    return f"{prefix}-{hashlib.sha256(data).hexdigest()[:16]}{suffix}"


def argument(args: list[str], name: str) -> str:
    """The value of `--name=value` among trunk's arguments."""
    for arg in args:
        if arg.startswith(f"--{name}="):
            return arg.split("=", 1)[1]
    sys.exit(f"split.py: wasm-bindgen was called without --{name}=")


def main() -> int:
    real, args = sys.argv[1], sys.argv[2:]
    split_dir = Path(os.environ["AMANE_SPLIT_DIR"])
    out_dir = Path(argument(args, "out-dir"))
    out_name = argument(args, "out-name")
    source = next(a for a in args if a.endswith(".wasm") and not a.startswith("-"))
    release = "/release/" in Path(source).resolve().as_posix()
    shutil.rmtree(split_dir, ignore_errors=True)
    split_dir.mkdir(parents=True)
    tools = Path(real).parent
    subprocess.run([str(tools / "wasm-split-cli"), source, str(split_dir), "--target", "web",
                    "--out-name", out_name], check=True, stdout=sys.stderr)
    loader = (split_dir / LOADER).read_text(encoding="utf-8")
    for chunk in sorted(split_dir.glob("*.wasm")):
        if chunk.stem == out_name:
            continue
        if release:
            subprocess.run([str(tools / "wasm-opt"), "-Oz", "--enable-reference-types",
                            str(chunk), "-o", str(chunk)], check=True, stderr=subprocess.DEVNULL)
        name = content_name(f"{out_name}-{chunk.stem}", chunk.read_bytes(), ".wasm")
        chunk.rename(split_dir / name)
        loader = loader.replace(f'"./{chunk.name}"', f'"./{name}"')

    bindgen_args = [str(split_dir / f"{out_name}.wasm") if a == source else a for a in args]
    subprocess.run([real, "--keep-lld-exports", *bindgen_args], check=True)
    main_js = out_dir / f"{out_name}.js"
    main_js.write_text(folded(main_js.read_text(encoding="utf-8"), loader), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
