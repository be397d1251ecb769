"""Vendor the map's JavaScript libraries from the npm registry: Leaflet (BSD-2-Clause) and
Leaflet.markercluster (MIT), with their licences, into src/tawatur/report/static/workbench/vendor/.

Why a command and not a CDN: the report works offline and the web app's CSP allows scripts from itself
only. Every tarball is fetched with the ordinary npm client (``npm pack``) and its SHA-512 is checked
against the integrity pinned here (and the one the registry announces), so a changed package fails loudly.

    python tools/npm_vendor.py            # fetch, check, write the files
    python tools/npm_vendor.py --check    # only verify the committed files match the packages
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENDOR = ROOT / "src" / "tawatur" / "report" / "static" / "workbench" / "vendor"

# name, version, pinned npm integrity, {member in the tarball: file written under VENDOR}
PACKAGES = [
    ("leaflet", "1.9.4",
     "sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA==",
     {"package/dist/leaflet.js": "leaflet.js", "package/dist/leaflet.css": "leaflet.css",
      "package/LICENSE": "LICENSE-leaflet.txt"}),
    ("leaflet.markercluster", "1.5.3",
     "sha512-vPTw/Bndq7eQHjLBVlWpnGeLa3t+3zGiuM7fJwCkiMFq+nmRuG3RI3f7f4N4TDX7T4NpbAXpR2+NTRSEGfCSeA==",
     {"package/dist/leaflet.markercluster.js": "leaflet.markercluster.js",
      "package/dist/MarkerCluster.css": "MarkerCluster.css",
      "package/dist/MarkerCluster.Default.css": "MarkerCluster.Default.css",
      "package/MIT-LICENCE.txt": "LICENSE-leaflet.markercluster.txt"}),
]
# A source-map comment would make a browser look for a .map file that is not shipped.
SOURCE_MAP = re.compile(r"\n?//# sourceMappingURL=\S+\s*$")


def integrity_of(data: bytes) -> str:
    """npm's Subresource-Integrity form of a tarball: sha512-<base64 digest>."""
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def npm_tarball(name: str, version: str, integrity: str, workdir: Path, offline: bool = False) -> bytes:
    """The package's tarball from the registry through ``npm pack``, refused unless its SHA-512
    equals the pinned ``integrity`` (and the registry's own record of it). ``offline``: from npm's
    local cache only (``npm pack --offline``), so a test can rebuild without the network."""
    cmd = ["npm", "pack", f"{name}@{version}", "--json", "--pack-destination", str(workdir)]
    out = subprocess.run([*cmd, "--offline"] if offline else cmd,
                         check=True, capture_output=True, text=True, cwd=workdir).stdout
    info = json.loads(out)[0]
    data = (workdir / info["filename"]).read_bytes()
    got = integrity_of(data)
    if got != integrity:
        raise SystemExit(f"{name}@{version}: tarball integrity {got} is not the pinned {integrity}")
    if info.get("integrity") and info["integrity"] != integrity:
        raise SystemExit(f"{name}@{version}: the registry announces {info['integrity']}, pinned {integrity}")
    return data


def members(data: bytes, wanted: dict[str, str]) -> dict[str, bytes]:
    """The wanted files of a tarball, by their name under VENDOR; a missing one is an error."""
    import io

    out: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        for member, target in wanted.items():
            f = tar.extractfile(member)
            if f is None:
                raise SystemExit(f"{member} is not in the tarball")
            body = f.read()
            if target.endswith(".js"):
                body = SOURCE_MAP.sub("\n", body.decode("utf-8")).encode("utf-8")
            out[target] = body
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare the committed files, write nothing")
    ap.add_argument("--dest", type=Path, default=VENDOR)
    args = ap.parse_args(argv)
    differ = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, version, integrity, wanted in PACKAGES:
            files = members(npm_tarball(name, version, integrity, Path(tmp)), wanted)
            for target, body in files.items():
                path = args.dest / target
                if args.check:
                    if not path.exists() or path.read_bytes() != body:
                        differ.append(target)
                else:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_bytes(body)
            print(f"{name}@{version}: {integrity[:24]}… ok, {len(files)} files")
    (args.dest / "VERSIONS.json").write_text(json.dumps(
        {n: {"version": v, "integrity": i} for n, v, i, _ in PACKAGES}, indent=1) + "\n") if not args.check else None
    if differ:
        print("differ from the packages: " + ", ".join(differ), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
