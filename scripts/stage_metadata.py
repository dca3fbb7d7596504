"""Write the project's public addresses into a staged metadata.txt (``make stage``):
homepage and repository = PROJECT_URL, tracker = PROJECT_URL/issues, email = PROJECT_EMAIL.

    scripts/stage_metadata.py METADATA_TXT PROJECT_URL PROJECT_EMAIL
"""

import re
import sys
from pathlib import Path


def addresses(url: str, email: str) -> dict[str, str]:
    """The metadata lines PROJECT_URL and PROJECT_EMAIL give."""
    url = url.rstrip("/")
    return {"homepage": url, "tracker": f"{url}/issues", "repository": url, "email": email}


def set_addresses(path: Path, url: str, email: str) -> None:
    """Replace those keys' lines (and the placeholder note) in ``path``, the rest kept."""
    text = path.read_text(encoding="utf-8")
    for key, value in addresses(url, email).items():
        text, count = re.subn(rf"(?m)^{key}=.*$", f"{key}={value}", text)
        if count != 1:
            raise SystemExit(f"stage_metadata: {path} has {count} '{key}=' lines, expected 1")
    text = re.sub(r"(?m)^; PLACEHOLDER.*\n", "", text)
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    set_addresses(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
