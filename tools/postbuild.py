#!/usr/bin/env python3
"""Trunk post-build hook: fills in the service worker's precache list and version, and adds a Content-Security-Policy to index.html that allows
exactly the inline scripts Trunk wrote (by their SHA-256 hashes) and WebAssembly compilation,
nothing else.

Run by Trunk with TRUNK_STAGING_DIR set; `python3 tools/postbuild.py DIR` works on a built dist.
"""
import base64
import hashlib
import json
import os
import re
import sys


def main() -> None:
    stage = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
    files = []
    for root, _, names in os.walk(stage):
        for name in names:
            rel = os.path.relpath(os.path.join(root, name), stage).replace(os.sep, "/")
            if rel == "sw.js" or rel.startswith(".") or rel.endswith(".map") or name == "standpoint.html":
                continue
            files.append(rel)
    files.sort()

    index_path = os.path.join(stage, "index.html")
    with open(index_path, encoding="utf-8") as f:
        index = f.read()
    # Every inline script's hash; external scripts are covered by 'self'.
    hashes = []
    for m in re.finditer(r"<script\b([^>]*)>(.*?)</script>", index, flags=re.S):
        attrs, body = m.group(1), m.group(2)
        if "src=" in attrs:
            continue
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        hashes.append(f"'sha256-{digest}'")
    csp = "; ".join([
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval' " + " ".join(hashes),
        "style-src 'self'",
        "img-src 'self' data:",
        "worker-src 'self' blob:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
    ])
    meta = f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
    index = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\s*', "", index)
    # Right after the charset declaration, which must come first.
    charset = re.search(r"<meta charset=[^>]*>", index)
    if charset:
        index = index[: charset.end()] + "\n  " + meta + index[charset.end():]
    else:
        index = index.replace("<head>", "<head>\n  " + meta, 1)
    with open(index_path, "w", encoding="utf-8") as f:
        f.write(index)

    # The version: a hash of every precached file, so any change installs a new cache.
    h = hashlib.sha256()
    for rel in files:
        with open(os.path.join(stage, rel), "rb") as f:
            h.update(rel.encode() + b"\0" + f.read())
    version = h.hexdigest()[:16]
    sw_path = os.path.join(stage, "sw.js")
    with open(sw_path, encoding="utf-8") as f:
        sw = f.read()
    precache = ["./"] + ["./" + r for r in files]
    sw = sw.replace("__VERSION__", version).replace("__PRECACHE__", json.dumps(precache))
    with open(sw_path, "w", encoding="utf-8") as f:
        f.write(sw)
    print(f"postbuild: {len(files)} files precached, version {version}, {len(hashes)} inline script(s) hashed")


if __name__ == "__main__":
    main()
