#!/usr/bin/env python3
"""After every build: puts the wasm chunks into the build (chunks.py), leaves the translators'
notes out of the shipped messages (ftl.py), writes the course id and quick-exit address (course_meta.py), stamps the build version
(stamp.py), then writes the content security
policy (csp.py) into index.html and into the server configs dist/ carries (_headers, .htaccess,
nginx-csp.conf). trunk runs it as a post_build hook (Trunk.toml) on its staging folder; run it
by hand on a dist/ built otherwise: `python3 scripts/postbuild.py dist`."""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import csp  # noqa: E402
import chunks  # noqa: E402
import course_meta  # noqa: E402
import ftl  # noqa: E402
import stamp  # noqa: E402


def main() -> int:
    target = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TRUNK_STAGING_DIR", "dist")
    dist = Path(target)
    chunks.install(dist)
    ftl.strip(dist)
    course_meta.write(dist)
    version = stamp.stamp(dist)
    meta_policy = csp.write(dist)
    print(f"build {version}; server configs in {dist} send:\n{csp.header(meta_policy)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
