"""Apply the checks of the QGIS plugin repository (plugins.qgis.org, QGIS-Django
``plugins/validator.py``) to a plugin ZIP, offline, and name every problem.

What the repository refuses, checked here: size over 25 MB; an unreadable or corrupt archive;
paths with ``..`` or a leading ``/``; ``.pyc`` files; ``__MACOSX``, ``.git`` or ``__pycache__``
folders; no top folder, or one whose name is not ``[A-Za-z][A-Za-z0-9-_]+``; no
``__init__.py``; a ``metadata.txt`` without ``[general]`` or that its ConfigParser cannot read
(a bare ``%``); an empty or missing required field (name, description, version,
qgisMinimumVersion, author, email, about, tracker, repository); tracker/repository/homepage
that are not absolute URLs or are its forbidden defaults (http://bugs, http://repo,
http://homepage); an author with ``/``; no ``LICENSE``. It only warns about several top
folders; this check refuses them (QGIS installs one folder). Added here: the icon must be in
the archive, the version dotted numbers, boolean flags true/false, and addresses on reserved
example domains (RFC 2606/6761: ``.invalid``, ``.example``, ``.test``, ``example.com``…) are
reported as PLACEHOLDER — set ``PROJECT_URL`` (and ``PROJECT_EMAIL``) for ``make zip``.
The repository also fetches each URL (HTTP HEAD); ``--online`` does that too.

    scripts/check_zip.py ZIP [--online]     exit 0: publishable; 1: problems listed
"""

from __future__ import annotations

import configparser
import re
import sys
import zipfile
from io import StringIO
from pathlib import Path
from urllib.parse import urlparse

MAX_SIZE = 25_000_000  # PLUGIN_MAX_UPLOAD_SIZE of plugins.qgis.org
REQUIRED = (
    "name",
    "description",
    "version",
    "qgisMinimumVersion",
    "author",
    "email",
    "about",
    "tracker",
    "repository",
)
URLS = {"tracker": "http://bugs", "repository": "http://repo", "homepage": "http://homepage"}
BOOLEANS = ("experimental", "deprecated", "server", "supportsQt6")
FORBIDDEN_DIRS = ("__MACOSX", ".git", "__pycache__")
PACKAGE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9-_]+$")
VERSION = re.compile(r"^\d+(\.\d+){1,2}$")
RESERVED = re.compile(r"(^|\.)(invalid|example|test|localhost|example\.(com|net|org))$", re.I)
PLACEHOLDER = "PLACEHOLDER"


def is_placeholder_host(host: str) -> bool:
    """A host on a domain reserved for examples (never a project's real home)."""
    return bool(RESERVED.search(host.rstrip(".")))


def archive_problems(zf: zipfile.ZipFile, size: int, max_size: int) -> list[str]:
    """Size, corrupt entries, unsafe paths, compiled files and forbidden folders."""
    problems = []
    if size > max_size:
        problems.append(f"the ZIP has {size:,} bytes, more than the {max_size:,} allowed")
    for name in zf.namelist():
        if ".." in name or name.startswith("/"):
            problems.append(f"unsafe path {name!r}")
        if ".pyc" in name:
            problems.append(f"compiled Python file {name!r}")
        for folder in FORBIDDEN_DIRS:
            if folder in name.split("/"):
                problems.append(f"forbidden folder {folder!r} in {name!r}")
    bad = zf.testzip()
    if bad:
        problems.append(f"corrupt entry {bad!r} (CRC error)")
    return problems


def read_metadata(zf: zipfile.ZipFile, package: str) -> tuple[dict, list[str]]:
    """``[general]`` of metadata.txt, read as the repository reads it."""
    parser = configparser.ConfigParser()  # the repository's parser: % interpolation included
    parser.optionxform = str
    try:
        parser.read_file(StringIO(zf.read(f"{package}/metadata.txt").decode("utf-8")))
        if not parser.has_section("general"):
            return {}, ["metadata.txt has no [general] section"]
        return dict(parser.items("general")), []
    except KeyError:
        return {}, ["no metadata.txt in the top folder"]
    except (configparser.Error, UnicodeDecodeError) as exc:
        return {}, [f"metadata.txt cannot be read: {exc}"]


def url_problem(key: str, url: str) -> str | None:
    parsed = urlparse(url)
    if url == URLS[key] or not (parsed.scheme and parsed.netloc):
        return f"{key}: {url!r} is not an absolute URL"
    if parsed.scheme not in ("http", "https"):
        return f"{key}: {url!r} is not an http(s) URL"
    if is_placeholder_host(parsed.hostname or ""):
        return f"{PLACEHOLDER} {key}: {url} (set PROJECT_URL)"
    return None


def metadata_problems(meta: dict, names: set[str], package: str) -> list[str]:
    """Required fields, their formats, URLs, icon and licence."""
    problems = [
        f"required metadata {key!r} is missing or empty"
        for key in REQUIRED
        if not meta.get(key, "").strip()
    ]
    for key in URLS:
        if meta.get(key, "").strip():
            problem = url_problem(key, meta[key].strip())
            if problem:
                problems.append(problem)
    email = meta.get("email", "").strip()
    if email and (not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", email)):
        problems.append(f"email: {email!r} is not an e-mail address")
    elif email and is_placeholder_host(email.rsplit("@", 1)[-1]):
        problems.append(f"{PLACEHOLDER} email: {email} (set PROJECT_EMAIL)")
    if "/" in meta.get("author", ""):
        problems.append("author must not contain '/'")
    for key in ("version", "qgisMinimumVersion", "qgisMaximumVersion"):
        value = meta.get(key, "").strip()
        if value and not VERSION.match(value):
            problems.append(f"{key}: {value!r} is not a dotted version such as 0.1.0")
    for key in BOOLEANS:
        value = meta.get(key, "").strip()
        if value and value.lower() not in ("true", "false", "1", "0"):
            problems.append(f"{key}: {value!r} is not True or False")
    icon = meta.get("icon", "").strip().removeprefix("./")
    if not icon:
        problems.append("metadata 'icon' is missing")
    elif f"{package}/{icon}" not in names:
        problems.append(f"icon {icon!r} is not in the ZIP")
    if f"{package}/LICENSE" not in names:
        problems.append("no LICENSE in the top folder")
    return problems


def check_zip(path: Path, max_size: int = MAX_SIZE) -> list[str]:
    """Every problem the plugin repository (or QGIS) would have with the ZIP at ``path``."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        return [f"not a readable ZIP: {exc}"]
    with zf:
        names = set(zf.namelist())
        problems = archive_problems(zf, path.stat().st_size, max_size)
        tops = sorted({n.split("/")[0] for n in names if "/" in n})
        loose = sorted(n for n in names if "/" not in n)
        if not tops:
            return [*problems, "no top folder: the files must sit in one folder"]
        if len(tops) > 1 or loose:
            problems.append(f"more than one top-level entry: {', '.join(tops + loose)}")
        package = tops[0]
        if not PACKAGE_NAME.match(package):
            problems.append(f"top folder {package!r} must match [A-Za-z][A-Za-z0-9-_]+")
        if f"{package}/__init__.py" not in names:
            problems.append("no __init__.py in the top folder")
        meta, read_errors = read_metadata(zf, package)
        problems += read_errors
        if meta:
            problems += metadata_problems(meta, names, package)
    return problems


def online_problems(path: Path) -> list[str]:
    """The repository's reachability check: HTTP HEAD on tracker, repository and homepage."""
    import urllib.request

    with zipfile.ZipFile(path) as zf:
        package = zf.namelist()[0].split("/")[0]
        meta, _ = read_metadata(zf, package)
    problems = []
    for key in URLS:
        url = meta.get(key, "").strip()
        if not url:
            continue
        try:
            request = urllib.request.Request(
                url, method="HEAD", headers={"User-Agent": "Mozilla/5.0"}
            )
            with urllib.request.urlopen(request, timeout=20) as response:
                status = response.status
        except Exception as exc:
            problems.append(f"{key}: {url} cannot be reached ({exc})")
            continue
        if status >= 400:
            problems.append(f"{key}: {url} answers HTTP {status}")
    return problems


def main(argv: list[str]) -> int:
    path = Path(argv[0])
    problems = check_zip(path)
    if "--online" in argv[1:] and not problems:
        problems = online_problems(path)
    for problem in problems:
        print(f"check-zip: {problem}", file=sys.stderr)
    if problems:
        placeholders = sum(p.startswith(PLACEHOLDER) for p in problems)
        print(
            f"check-zip: {path}: {len(problems)} problem(s), {placeholders} placeholder(s)",
            file=sys.stderr,
        )
        return 1
    print(f"check-zip: {path} passes the plugin repository's checks")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
