#!/usr/bin/env python3
"""Writes the derived edge cases of tests/data/har/ from the committed Chromium captures.

    python3 tools/captures/make-edge-cases.py [HAR_DIR]      (default: tests/data/har)

truncated.har       chromium-event-calls.har cut in the middle of its 8th entry (the /event pixel)
base64-bodies.har   chromium-event-calls.har with every text body stored as base64
invalid-utf8.har    chromium-optout.har with two raw 0xFC bytes (Latin-1 "ü") in the page's HTML
The hand-written cases (har-1.1.har, not-a-har.json) are not made here. tests/data/har/README.md
says what a reader must do with each file. The output depends only on the input files.
"""
import base64
import json
import pathlib
import sys

HAR_DIR = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "tests/data/har")


def compact(har):
    # The same layout as Playwright's own files: one line, UTF-8, no spaces.
    return json.dumps(har, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def truncated():
    raw = (HAR_DIR / "chromium-event-calls.har").read_bytes()
    entries = json.loads(raw)["log"]["entries"]
    eighth = entries[7]["request"]["url"].encode("utf-8")
    start = raw.index(b'"url":"' + eighth)
    cut = start + 1500  # inside the entry's request headers
    (HAR_DIR / "truncated.har").write_bytes(raw[:cut])
    return f"{cut} of {len(raw)} bytes, 7 complete entries, cut inside entry 8 ({eighth[:40]!r}...)"


def base64_bodies():
    har = json.loads((HAR_DIR / "chromium-event-calls.har").read_bytes())
    encoded = 0
    for entry in har["log"]["entries"]:
        content = entry["response"]["content"]
        if "text" in content and content.get("encoding") != "base64":
            content["text"] = base64.b64encode(content["text"].encode("utf-8")).decode("ascii")
            content["encoding"] = "base64"
            encoded += 1
    har["log"]["comment"] = ("chromium-event-calls.har with every text body stored as base64 "
                             "(content.encoding = base64), as some HAR writers do")
    (HAR_DIR / "base64-bodies.har").write_bytes(compact(har))
    return f"{encoded} text bodies re-encoded"


def invalid_utf8():
    har = json.loads((HAR_DIR / "chromium-optout.har").read_bytes())
    page = har["log"]["entries"][0]["response"]["content"]
    marker = "\u0000FC\u0000"
    old = "<h1>Privacy choices</h1>"
    new = (f"<h1>Privacy choices / Datenschutz f{marker}r Sie</h1>\n"
           f"<p>Ihre Wahl f{marker}r Werbung</p>")
    assert old in page["text"]
    page["text"] = page["text"].replace(old, new)
    page["size"] = len(page["text"].replace(marker, "x").encode("utf-8"))
    raw = compact(har).replace(b"\\u0000FC\\u0000", b"\xfc")
    (HAR_DIR / "invalid-utf8.har").write_bytes(raw)
    first = raw.index(bytes([0xFC]))
    return f"first invalid byte at offset {first}, {raw.count(bytes([0xFC]))} in all"


for name, make in (("truncated.har", truncated), ("base64-bodies.har", base64_bodies),
                   ("invalid-utf8.har", invalid_utf8)):
    print(f"{name}: {make()}")
