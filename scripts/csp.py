#!/usr/bin/env python3
"""Writes the Content-Security-Policy of a built dist/ and prints it for server configs.

Usage: python3 scripts/csp.py [dist]

trunk writes an inline boot script into index.html whose text changes with every build (it
names the hashed files), and index.html has its own small inline start-up check. A strict
policy allows exactly these scripts by their sha256. This script computes the hashes, writes
the policy as a <meta http-equiv> at the top of dist/index.html (replacing an older one), and
prints the same policy as a header line, with `frame-ancestors 'none'`, which a <meta> cannot
carry (see docs/DEPLOY.md). Running it twice gives the same result."""
import base64
import hashlib
import re
import sys
from pathlib import Path

import head_meta
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc\s*=)[^>]*>(.*?)</script>", re.S | re.I)


def script_hashes(html: str) -> list[str]:
    """`'sha256-…'` of every inline script, in document order, without repeats."""
    hashes = []
    for body in INLINE_SCRIPT.findall(html):
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
        if f"'sha256-{digest}'" not in hashes:
            hashes.append(f"'sha256-{digest}'")
    return hashes


def policy(html: str) -> str:
    """The policy for this index.html, as a <meta> may carry it."""
    scripts = " ".join(["'self'", "'wasm-unsafe-eval'", *script_hashes(html)])
    return (f"default-src 'self'; script-src {scripts}; object-src 'none'; "
            "base-uri 'none'; form-action 'none'")


def header(meta_policy: str) -> str:
    """The header line for server configs: the same policy plus what only a header can say."""
    return f"Content-Security-Policy: {meta_policy}; frame-ancestors 'none'"


def write_meta(dist: Path) -> str:
    """Writes the <meta> policy into dist/index.html; returns the policy."""
    index = dist / "index.html"
    html = head_meta.without(index.read_text(encoding="utf-8"), head_meta.CSP)
    meta_policy = policy(html)
    tag = f'<meta http-equiv="Content-Security-Policy" content="{meta_policy}">'
    head_meta.put(index, html, tag, "the policy")
    return meta_policy


def main() -> int:
    dist = Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
    print(header(write_meta(dist)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
