#!/usr/bin/env python3
"""Writes the Content-Security-Policy of a built dist/ and prints it for server configs.

Usage: python3 scripts/csp.py [dist]

trunk writes an inline boot script into index.html whose text changes with every build (it
names the hashed files), and index.html has its own small inline start-up check. A strict
policy allows exactly these scripts by their sha256. This script computes the hashes and
writes the policy
- as a <meta http-equiv> at the top of dist/index.html (replacing an older one);
- as a header, with `frame-ancestors 'none'` which a <meta> cannot carry, into the server
  configs of the build: dist/_headers and dist/.htaccess (made from deploy/_headers and
  deploy/.htaccess) and dist/nginx-csp.conf (included by deploy/nginx.conf).
It prints the header line. Running it twice gives the same result (see docs/DEPLOY.md)."""
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


def header_policy(meta_policy: str) -> str:
    """The policy servers send: the <meta> policy plus what only a header can say."""
    return f"{meta_policy}; frame-ancestors 'none'"


def header(meta_policy: str) -> str:
    """The header line for server configs."""
    return f"Content-Security-Policy: {header_policy(meta_policy)}"


DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
# The policy line of each template in deploy/: what comes before the value, the value, and
# what comes after it.
HEADERS_LINE = re.compile(r"^(\s*Content-Security-Policy: )[^\n]*()$", re.M)
HTACCESS_LINE = re.compile(r'^(\s*Header always set Content-Security-Policy ")[^"\n]*(")', re.M)
# The server configs the build carries (stamp.py leaves them out of the build version).
SERVER_CONFIGS = ("_headers", ".htaccess", "nginx-csp.conf")
NGINX_INCLUDE = """# Written by scripts/csp.py for this build: the content security policy with the hashes of
# this build's inline scripts. deploy/nginx.conf includes this file in each location.
add_header Content-Security-Policy "{policy}" always;
"""


def with_policy(template: Path, line: re.Pattern, value: str) -> str:
    """`template` with the value of its policy header replaced by `value`."""
    text = template.read_text(encoding="utf-8")
    if not line.search(text):
        raise SystemExit(f"{template}: no Content-Security-Policy line to fill in")
    return line.sub(lambda m: m.group(1) + value + m.group(2), text)


def write_server_configs(dist: Path, meta_policy: str, deploy: Path = DEPLOY) -> list[Path]:
    """Writes dist/_headers, dist/.htaccess and dist/nginx-csp.conf carrying the full header
    policy; returns their paths."""
    value = header_policy(meta_policy)
    texts = {
        "_headers": with_policy(deploy / "_headers", HEADERS_LINE, value),
        ".htaccess": with_policy(deploy / ".htaccess", HTACCESS_LINE, value),
        "nginx-csp.conf": NGINX_INCLUDE.format(policy=value),
    }
    for name, text in texts.items():
        (dist / name).write_text(text, encoding="utf-8")
    return [dist / name for name in texts]


def write_meta(dist: Path) -> str:
    """Writes the <meta> policy into dist/index.html; returns the policy."""
    index = dist / "index.html"
    html = head_meta.without(index.read_text(encoding="utf-8"), head_meta.CSP)
    meta_policy = policy(html)
    tag = f'<meta http-equiv="Content-Security-Policy" content="{meta_policy}">'
    head_meta.put(index, html, tag, "the policy")
    return meta_policy


def write(dist: Path) -> str:
    """Writes the policy into index.html and the server configs; returns the <meta> policy."""
    meta_policy = write_meta(dist)
    write_server_configs(dist, meta_policy)
    return meta_policy


def main() -> int:
    dist = Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
    print(header(write(dist)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
