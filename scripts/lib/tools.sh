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

# Makes a wasm32 standard library available: rustup first, Debian's rustc-web with build-std
# as the fallback. The route taken is remembered in $AMANE_TOOLS/wasm-route.
ensure_wasm_target() {
  mkdir -p "$AMANE_TOOLS"
  local route_file="$AMANE_TOOLS/wasm-route"
  if [ ! -f "$route_file" ]; then
    if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown \
      || { log "adding the wasm32-unknown-unknown target with rustup: the app compiles to WebAssembly"
           timeout 60 rustup target add wasm32-unknown-unknown >&2; }; then
      echo rustup >"$route_file"
    else
      log "rustup could not add wasm32-unknown-unknown: using Debian's rustc-web with build-std"
      AMANE_WHY="a Rust standard library for WebAssembly" \
        apt_ensure rustc-web cargo-web rust-web-src rust-web-llvm lld-22
      echo debian >"$route_file"
    fi
  fi
  if [ "$(cat "$route_file")" = rustup ] \
    && ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    rm -f "$route_file"
    ensure_wasm_target
  fi
}

# Exports the environment for wasm builds (trunk, cargo --target wasm32).
wasm_env() {
  export PATH="$AMANE_TOOLS/bin:$PATH"
  if [ "$(cat "$AMANE_TOOLS/wasm-route" 2>/dev/null)" = debian ]; then
    export PATH="$AMANE_TOOLS/bin:/usr/bin:$PATH"
    export RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1
    export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  fi
}

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

# Everything a wasm build needs: the target, trunk, wasm-bindgen-cli (= Cargo.lock), wasm-opt.
ensure_build_tools() {
  check_pins
  ensure_wasm_target
  AMANE_WHY="builds and serves the app" \
    cargo_tool trunk trunk "$TRUNK_VERSION" --locked --ignore-rust-version
  AMANE_WHY="links the app to the browser (same version as Cargo.lock)" \
    cargo_tool wasm-bindgen wasm-bindgen-cli "$(wasm_bindgen_version)"
  AMANE_WHY="shrinks the release WebAssembly" \
    cargo_tool wasm-opt wasm-opt "$WASM_OPT_VERSION" --locked
  wasm_env
}

# Everything the browser tests and the size report need on top of the build tools.
ensure_test_tools() {
  AMANE_WHY="the browser, its driver, an Arabic font, compression and a second web server for the tests" \
    apt_ensure chromium chromium-driver fonts-noto-core brotli nginx-light
  ensure_build_tools
  AMANE_WHY="the size report's wasm breakdown by crate" \
    cargo_tool twiggy twiggy "$TWIGGY_VERSION" --locked
  export CHROMEDRIVER=/usr/bin/chromedriver
}
