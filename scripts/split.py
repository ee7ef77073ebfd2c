#!/usr/bin/env python3
"""Splits the app's wasm into chunks, then links the main part with wasm-bindgen.

trunk runs it in place of wasm-bindgen (scripts/lib/split-bin/wasm-bindgen), with the real
wasm-bindgen's path first, then trunk's own arguments. Between cargo and wasm-bindgen:
1. wasm-split-cli cuts the linked wasm (built with --emit-relocs) at the split points of
   src/ui/chunks.rs: a main part, one chunk per split name, chunks of code they share, and a
   loader (__wasm_split.js) that fetches a chunk and its shared chunks when first called.
2. Each chunk is shrunk with wasm-opt -Oz (release builds, as trunk does for the main part) and
   named after its content (`<app>-<chunk>-<hash>.wasm`), so a server may keep it a year.
3. The loader gets the main part's exports from the main JS, which hands them over, instead of
   importing it by a name trunk has not hashed yet; it is then named after its content too.
4. wasm-bindgen links the main part (keeping the linker's exports the chunks call), and the
   main JS imports the loader by its final name before trunk hashes the main JS.
The files to add to the build are listed in $AMANE_SPLIT_DIR/files.txt for scripts/chunks.py,
which copies them into the build after trunk."""
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

LOADER = "__wasm_split.js"
LIST = "files.txt"
# How the loader reaches the main part, and how the main JS hands it over.
MAIN_IMPORT = re.compile(r'^import \{ initSync \} from "\./[^"]+";$', re.M)
HANDOVER_IN_LOADER = "let initSync;\n/** Called by the main JS with its initSync. */\nexport function __amane_main(init) { initSync = init; }\n"


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
    files = []
    for chunk in sorted(split_dir.glob("*.wasm")):
        if chunk.stem == out_name:
            continue
        if release:
            subprocess.run([str(tools / "wasm-opt"), "-Oz", "--enable-reference-types",
                            str(chunk), "-o", str(chunk)], check=True, stderr=subprocess.DEVNULL)
        name = content_name(f"{out_name}-{chunk.stem}", chunk.read_bytes(), ".wasm")
        chunk.rename(split_dir / name)
        loader = loader.replace(f'"./{chunk.name}"', f'"./{name}"')
        files.append(name)
    loader, handovers = MAIN_IMPORT.subn(HANDOVER_IN_LOADER, loader)
    if handovers != 1:
        sys.exit(f"split.py: {LOADER} no longer imports initSync as expected: update MAIN_IMPORT")
    loader_name = content_name(f"{out_name}-chunks", loader.encode("utf-8"), ".js")
    (split_dir / loader_name).write_text(loader, encoding="utf-8")
    (split_dir / LOADER).unlink()
    files.append(loader_name)
    (split_dir / LIST).write_text("\n".join(files) + "\n", encoding="utf-8")

    bindgen_args = [str(split_dir / f"{out_name}.wasm") if a == source else a for a in args]
    subprocess.run([real, "--keep-lld-exports", *bindgen_args], check=True)
    main_js = out_dir / f"{out_name}.js"
    text = main_js.read_text(encoding="utf-8")
    if f'"./{LOADER}"' not in text:
        sys.exit(f"split.py: {main_js} does not import {LOADER}: nothing was split")
    # Only the import statements: the wasm's own import keys keep the loader's first name.
    text = text.replace(f' from "./{LOADER}"', f' from "./{loader_name}"')
    text += f'\nimport {{ __amane_main }} from "./{loader_name}";\n__amane_main(initSync);\n'
    main_js.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
