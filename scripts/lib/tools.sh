# Shared helpers for the README commands: make sure every build and test tool is present,
# installing what is missing into a folder outside the work tree (reused across runs).
# Source this file; it defines functions and exports nothing until one is called.

AMANE_TOOLS="${AMANE_TOOLS:-$HOME/.local/share/amane-tools}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TRUNK_VERSION=0.22.1
WASM_OPT_VERSION=0.116.1
TWIGGY_VERSION=0.8.0

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# The wasm-bindgen version Cargo.lock resolves (the CLI must be exactly the same).
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

# Installs Debian packages that are missing (apt-get update once per run).
apt_ensure() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages ${missing[*]}: ${AMANE_WHY:-needed by this command}"
  if [ -z "${AMANE_APT_UPDATED:-}" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    AMANE_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Makes a wasm32 standard library and its source available (the release build compiles the
# standard library itself: see release_env): rustup first, Debian's rustc-web as the fallback.
# The route taken is remembered in $AMANE_TOOLS/wasm-route.
ensure_wasm_target() {
  mkdir -p "$AMANE_TOOLS"
  local route_file="$AMANE_TOOLS/wasm-route"
  if [ ! -f "$route_file" ]; then
    if rustup_has_wasm \
      || { log "adding the wasm32-unknown-unknown target and the standard library's source with rustup: the app compiles to WebAssembly"
           timeout 60 rustup target add wasm32-unknown-unknown >&2 \
             && timeout 120 rustup component add rust-src >&2; }; then
      echo rustup >"$route_file"
    else
      log "rustup could not add the wasm32 target or rust-src: using Debian's rustc-web with build-std"
      AMANE_WHY="a Rust standard library for WebAssembly" \
        apt_ensure rustc-web cargo-web rust-web-src rust-web-llvm lld-22
      echo debian >"$route_file"
    fi
  fi
  if [ "$(cat "$route_file")" = rustup ] && ! rustup_has_wasm; then
    rm -f "$route_file"
    ensure_wasm_target
  fi
}

# Whether rustup's toolchain has both the wasm32 standard library and its source.
rustup_has_wasm() {
  rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown \
    && rustup component list --installed 2>/dev/null | grep -qx rust-src
}

# Exports the environment for wasm builds (trunk, cargo --target wasm32). trunk finds the
# wasm-bindgen of split-bin first: it splits the wasm into chunks before linking it (see there),
# in $AMANE_SPLIT_DIR, which scripts/chunks.py reads after the build.
wasm_env() {
  export PATH="$AMANE_TOOLS/bin:$PATH"
  if [ "$(cat "$AMANE_TOOLS/wasm-route" 2>/dev/null)" = debian ]; then
    export PATH="$AMANE_TOOLS/bin:/usr/bin:$PATH"
    export RUSTC=/usr/bin/rustc
    build_std_env
  fi
  export PATH="$ROOT/scripts/lib/split-bin:$PATH"
  export AMANE_SPLIT_DIR="${CARGO_TARGET_DIR:-$ROOT/target}/amane-split"
}

# Exports what compiles the standard library with the app (Debian's route has no prebuilt
# wasm32 one; the release build does it for size).
build_std_env() {
  export RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort
}

# Exports, on top of wasm_env, what makes the release wasm small (docs/PERFORMANCE.md): the
# standard library compiled with the app, and a panic that stops the app at once instead of
# formatting a message, which drops every panic message and location from the wasm. Only the
# release build takes it: tests and `./scripts/serve` keep their panic messages.
release_env() {
  wasm_env
  build_std_env
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Clink-arg=--emit-relocs"
}

# Runs a command in the release environment (release_env) without changing this shell's.
release() { (release_env && "$@"); }

# cargo-installs one tool into $AMANE_TOOLS unless the right version is already there.
cargo_tool() {
  local bin=$1 crate=$2 version=$3; shift 3
  if [ -x "$AMANE_TOOLS/bin/$bin" ] && grep -qF "\"$crate $version " "$AMANE_TOOLS/.crates.toml" 2>/dev/null; then
    return 0
  fi
  log "installing $crate $version: ${AMANE_WHY:-needed by this command} (a few minutes on a fresh machine)"
  (
    unset RUSTC RUSTC_BOOTSTRAP CARGO_UNSTABLE_BUILD_STD
    PATH="$HOME/.cargo/bin:$PATH" cargo install "$crate" --version "$version" --root "$AMANE_TOOLS" "$@" >&2
  )
}

# Fails with a message when Trunk.toml names another wasm-bindgen than Cargo.lock resolves
# (Cargo.toml pins it; Trunk.toml must repeat it for trunk to use the CLI on PATH).
check_pins() {
  local lock trunk
  lock=$(wasm_bindgen_version)
  trunk=$(sed -n 's/^wasm_bindgen = "\(.*\)"$/\1/p' "$ROOT/Trunk.toml")
  if [ "$lock" != "$trunk" ]; then
    log "Trunk.toml [tools] wasm_bindgen is \"$trunk\" but Cargo.lock resolves \"$lock\": make them equal"
    return 1
  fi
}

WASM_SPLIT_VERSION=0.2.4

# Everything a wasm build needs: the target, trunk, wasm-bindgen-cli (= Cargo.lock), wasm-opt,
# and wasm-split-cli (splits the wasm into chunks; its version goes with wasm_split_helpers).
ensure_build_tools() {
  check_pins
  ensure_wasm_target
  AMANE_WHY="builds and serves the app" \
    cargo_tool trunk trunk "$TRUNK_VERSION" --locked --ignore-rust-version
  # Without --locked: the lock file wasm-bindgen-cli 0.2.130 ships pins webpki-roots 1.0.11,
  # which the registry does not serve ("failed to select a version"). Every other cargo
  # command of the scripts uses a lock file.
  AMANE_WHY="links the app to the browser (same version as Cargo.lock)" \
    cargo_tool wasm-bindgen wasm-bindgen-cli "$(wasm_bindgen_version)"
  AMANE_WHY="shrinks the release WebAssembly" \
    cargo_tool wasm-opt wasm-opt "$WASM_OPT_VERSION" --locked
  AMANE_WHY="splits the app's WebAssembly into chunks that load when first used" \
    cargo_tool wasm-split-cli wasm_split_cli_support "$WASM_SPLIT_VERSION" --locked --features build-binary
  wasm_env
}

# Everything a wasm build needs, with every crate it compiles downloaded (scripts/build, serve):
# trunk builds offline, and the release build compiles the standard library too (build_std_env),
# so the standard library's own crates (addr2line, gimli, dlmalloc…) are fetched with the app's.
prepare_wasm_build() {
  ensure_build_tools
  (cd "$ROOT" && build_std_env && cargo fetch -q --locked --target wasm32-unknown-unknown)
}

# The oldest Node.js the tests run on: `node --test --test-concurrency` needs 20.10.
NODE_MIN=20.10

# Fails with a message saying what to install when Node.js is missing or older than NODE_MIN.
ensure_node() {
  local have
  have=$(node --version 2>/dev/null | tr -d v)
  if [ -z "$have" ]; then
    log "the tests need Node.js $NODE_MIN or newer, and there is no node on PATH: install it (Debian 13's nodejs, or NodeSource's for Debian 12), then run this command again"
    return 1
  fi
  if [ "$(printf '%s\n%s\n' "$NODE_MIN" "$have" | sort -V | head -n 1)" != "$NODE_MIN" ]; then
    log "the tests need Node.js $NODE_MIN or newer (node --test --test-concurrency), and this node is $have: install a newer one (Debian 12's own nodejs is 18), then run this command again"
    return 1
  fi
}

# Installs the end-to-end harness's npm packages (tests/e2e/package-lock.json) unless present.
ensure_e2e_packages() {
  local dir="$ROOT/tests/e2e" missing
  missing=$(cd "$dir" && node -e 'const fs = require("fs");
    const want = Object.keys(require("./package.json").devDependencies);
    console.log(want.filter((p) => !fs.existsSync(`node_modules/${p}/package.json`)).join(" "))')
  [ -z "$missing" ] && return 0
  log "installing the end-to-end harness's npm packages (tests/e2e/package-lock.json: $missing missing): they drive the browsers"
  (cd "$ROOT/tests/e2e" && npm ci --no-audit --no-fund -q)
}

# The formatter of the app's view! macros (rustfmt leaves them as written), pinned.
LEPTOSFMT_VERSION=0.1.33
ensure_leptosfmt() {
  AMANE_WHY="formats the app's views (the test command checks them)" \
    cargo_tool leptosfmt leptosfmt "$LEPTOSFMT_VERSION" --locked
}

# Everything the browser tests and the size report need on top of the build tools.
ensure_test_tools() {
  ensure_node
  AMANE_WHY="the browser, its driver, an Arabic font, compression and a second web server for the tests" \
    apt_ensure chromium chromium-driver fonts-noto-core brotli nginx-light libxml2-utils
  ensure_build_tools
  AMANE_WHY="the size report's wasm breakdown by crate" \
    cargo_tool twiggy twiggy "$TWIGGY_VERSION" --locked
  export CHROMEDRIVER=/usr/bin/chromedriver
}
