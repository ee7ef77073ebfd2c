"""The SCORM package of a build, as an LMS (Moodle's "SCORM package" activity) imports it: the
build's files at the zip's root, its index.html marked as a package
(`<meta name="amane-package" content="scorm12">`: the app then looks for the LMS's API and
registers no service worker), and imsmanifest.xml: the course's identifier and title from
content/course.toml, one SCO launching index.html, every file listed in its resource.

Used by scripts/release (--scorm for SCORM 1.2, --scorm2004 for SCORM 2004 4th edition)."""
import re
import tomllib
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import head_meta

VERSIONS = ("scorm12", "scorm2004")
PACKAGE = re.compile(r'\s*<meta name="amane-package" content="[^"]*">')
# xs:ID and xs:NCName: a letter or _ first, then letters, digits, -, _ and dots.
NCNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9._-]*$")

HEADER = {
    "scorm12": """<manifest identifier={identifier} version={version}
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>""",
    "scorm2004": """<manifest identifier={identifier} version={version}
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>""",
}
# The attribute that makes a resource a SCO (SCORM 2004 spells it with a capital T).
SCORM_TYPE = {"scorm12": "adlcp:scormtype", "scorm2004": "adlcp:scormType"}


def course_facts(dist: Path) -> tuple[str, str, str]:
    """The course's identifier (an XML ID), version and title (its first language's)."""
    with (dist / "content" / "course.toml").open("rb") as file:
        course = tomllib.load(file)
    identifier = course["id"] if NCNAME.match(course["id"]) else f"amane-{course['id']}"
    titles = course.get("title", {})
    first = next((l.get("code") for l in course.get("languages", [])), None)
    title = titles.get(first) or next(iter(titles.values()), course["id"])
    return identifier, str(course.get("version", "")), title


def manifest(version: str, identifier: str, course_version: str, title: str, files: list[str]) -> str:
    """imsmanifest.xml for one SCO launching index.html, listing `files` (paths in the zip)."""
    listed = "\n".join(f"      <file href={quoteattr(name)}/>" for name in files)
    header = HEADER[version].format(identifier=quoteattr(identifier), version=quoteattr(course_version))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
{header}
  <organizations default="course">
    <organization identifier="course">
      <title>{escape(title)}</title>
      <item identifier="course-item" identifierref="app" isvisible="true">
        <title>{escape(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="app" type="webcontent" {SCORM_TYPE[version]}="sco" href="index.html">
{listed}
    </resource>
  </resources>
</manifest>
"""


def marked(index_html: str, version: str) -> str:
    """index.html with the package's marker after its charset line (never twice)."""
    page = head_meta.without(index_html, PACKAGE)
    if head_meta.CHARSET not in page:
        raise SystemExit(f"index.html: no {head_meta.CHARSET} to put the package's marker after")
    tag = f'<meta name="amane-package" content="{version}">'
    return page.replace(head_meta.CHARSET, f"{head_meta.CHARSET}\n  {tag}", 1)


def pack(dist: Path, files: list[Path], target: Path, version: str) -> Path:
    """Writes the package of `files` (the build's, from `dist`) to `target`."""
    identifier, course_version, title = course_facts(dist)
    names = [path.relative_to(dist).as_posix() for path in files]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        def write(name: str, data: bytes) -> None:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)

        write("imsmanifest.xml", manifest(version, identifier, course_version, title, names).encode())
        for path, name in zip(files, names):
            data = path.read_bytes()
            if name == "index.html":
                data = marked(data.decode("utf-8"), version).encode("utf-8")
            write(name, data)
    return target
