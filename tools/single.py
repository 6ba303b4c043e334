#!/usr/bin/env python3
"""Builds dist/standpoint.html: the whole reader in one file that opens from a double-click.

Browsers will not fetch a .wasm file from file://, so everything is inline: the page's
JavaScript glue (in the one inline module script), the WebAssembly of the page, of the
annotating worker, of the file worker and of the library view (gzip, then base64,
in data blocks that are never executed), their glue, the styles and the icon. At start the
page unpacks each into a Blob URL; the Rust side finds those URLs in
`globalThis.standpointWorkers`.

The Content-Security-Policy allows exactly the inline script and style by their SHA-256
hashes, WebAssembly compilation, workers from Blob URLs and images from data: URLs.

Usage: python3 tools/single.py [DIST]   (after `trunk build --release`)
"""
import base64
import gzip
import hashlib
import html
import os
import re
import sys

# Worker name (as the page asks for it) -> Trunk's file stem.
# Classic workers (Trunk's no-modules glue). The library view is not a worker but is unpacked
# the same way: its Blob, loaded as a script on the page when the view opens, starts its own
# WebAssembly.
WORKERS = {"annotator": "annotator", "files": "files", "library": "library"}


def read(dist: str, name: str) -> bytes:
    with open(os.path.join(dist, name), "rb") as f:
        return f.read()


def packed(data: bytes) -> str:
    """gzip (reproducibly: no name, no time), then base64."""
    return base64.b64encode(gzip.compress(data, compresslevel=9, mtime=0)).decode("ascii")


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


# Runs in the page, after the page's glue: unpacks the workers into Blob URLs, then starts the
# app with its own WebAssembly.
BOOT = r"""
const standpointUnpack = async (id) => {
  const text = document.getElementById(id).textContent.trim();
  const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip")));
};
// In a worker: the same unpacking, for its own WebAssembly (a string handed over in the Blob).
const standpointWorkerBoot = (packed) => `
(async () => {
  const bytes = Uint8Array.from(atob(${JSON.stringify(packed)}), (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  await wasm_bindgen({ module_or_path: new Response(stream, { headers: { "Content-Type": "application/wasm" } }) });
})();`;
const standpointWorkers = {};
for (const name of NAMES) {
  const glue = await (await standpointUnpack(`js-${name}`)).text();
  const wasm = document.getElementById(`wasm-${name}`).textContent.trim();
  const blob = new Blob([glue, "\n", standpointWorkerBoot(wasm)], { type: "text/javascript" });
  standpointWorkers[name] = URL.createObjectURL(blob);
}
globalThis.standpointWorkers = standpointWorkers;
const standpointMain = await standpointUnpack("wasm-main");
await __wbg_init({
  module_or_path: new Response(standpointMain.body, { headers: { "Content-Type": "application/wasm" } }),
});
"""


def main() -> None:
    dist = sys.argv[1] if len(sys.argv) > 1 else "dist"
    index = read(dist, "index.html").decode("utf-8")

    # The page's glue and wasm, by the names Trunk gave them.
    m = re.search(r"import init, \* as bindings from '\./([^']+\.js)';", index)
    if not m:
        sys.exit("single.py: cannot find the page's module in index.html")
    main_js_name = m.group(1)
    main_wasm_name = main_js_name[: -len(".js")] + "_bg.wasm"
    main_js = read(dist, main_js_name).decode("utf-8")
    if "async function __wbg_init(" not in main_js or "</script" in main_js.lower():
        sys.exit("single.py: the page's glue is not what this script expects (wasm-bindgen changed?)")
    css_name = re.search(r'<link rel="stylesheet" href="\./([^"]+\.css)"', index).group(1)
    css = read(dist, css_name).decode("utf-8")
    if "</style" in css.lower():
        sys.exit("single.py: the style sheet cannot be inlined")
    icon = base64.b64encode(read(dist, "icon.svg")).decode("ascii")

    names = list(WORKERS)
    script = main_js + "\nconst NAMES = " + repr(names).replace("'", '"') + ";\n" + BOOT
    head_meta = "\n".join(
        line for line in re.findall(r"<meta [^>]*>", index)
        if "Content-Security-Policy" not in line and "charset" not in line
    )
    csp = "; ".join([
        "default-src 'none'",
        "script-src 'wasm-unsafe-eval' blob: " + sha256(script),
        "style-src " + sha256(css),
        "img-src data:",
        "worker-src blob:",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    blocks = [
        f'<script type="application/octet-stream" id="wasm-main">{packed(read(dist, main_wasm_name))}</script>',
    ]
    for name, stem in WORKERS.items():
        blocks.append(f'<script type="application/octet-stream" id="js-{name}">{packed(read(dist, stem + ".js"))}</script>')
        blocks.append(f'<script type="application/octet-stream" id="wasm-{name}">{packed(read(dist, stem + "_bg.wasm"))}</script>')

    page = "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{html.escape(csp)}">',
        head_meta,
        "<title>Standpoint</title>",
        f'<link rel="icon" href="data:image/svg+xml;base64,{icon}">',
        f"<style>{css}</style>",
        "</head>",
        "<body>",
        "<noscript>Standpoint needs JavaScript and WebAssembly to annotate articles in your browser.</noscript>",
        *blocks,
        f'<script type="module">{script}</script>',
        "</body>",
        "</html>",
        "",
    ])
    out = os.path.join(dist, "standpoint.html")
    with open(out, "w", encoding="utf-8") as f:
        f.write(page)
    raw = len(page.encode("utf-8"))
    gz = len(gzip.compress(page.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"single.py: {out}: {raw / 1024:.1f} KiB raw, {gz / 1024:.1f} KiB gzip")


if __name__ == "__main__":
    main()
