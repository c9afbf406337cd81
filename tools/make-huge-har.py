#!/usr/bin/env python3
"""Generates a large HAR 1.2 file for the capture benchmarks (issue 19: "a 200 MB HAR with 50,000
entries"); too large to commit, so it is made on demand:

    python3 tools/make-huge-har.py OUTPUT.har [--entries 50000] [--size-mb 200] [--seed 1]

The file reads like a long Chrome DevTools export (HTTP/2 pseudo headers, Chrome's
_resourceType/_priority fields; written compact, one entry per line, as the pretty-printed form
would not fit 50,000 such entries in 200 MB) of one browser visiting an online shop page
after page: mostly Audience Manager calls on sample.demdex.net (/event pixels, JSON, JSONP and
POST calls with c_/p_/d_ signals and answers with stuff, dests, uuid, dcs_region, segments, tid;
/ibs ID syncs, some redirected; /id on dpm.demdex.net; dest5.html; an opt-out late in the
session), with the demdex and dextp cookies sent and set and the AMCV_ cookie sent, plus the
shop's pages, stylesheets and scripts. Each page's HTML body is sized so that the file reaches
--size-mb (within a page's worth of bytes) at --entries entries. The same seed gives the same
file, byte for byte. The entries are written one by one: memory stays small.
"""
import argparse
import base64
import datetime
import json
import random
import sys
import urllib.parse

GIF = base64.b64encode(bytes.fromhex(
    "47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")
).decode()
UA = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
      "Chrome/156.0.0.0 Safari/537.36")
ORG = "5DC5123F5245B1D20A490D46@AdobeOrg"
SHOP = "https://www.shop.example.com"
DCS = "https://sample.demdex.net"
SIGNALS = {
    "c_interest": ["golf", "tennis", "hiking", "camping", "running"],
    "c_section": ["sports", "finance", "tech", "travel-deals", "travel-europe", "home"],
    "c_category": ["running", "garden_diy", "shoes", "bikes", "kitchen_diy"],
    "c_search": ["golf gift for dad", "hotel deals", "flight to rome", "present ideas"],
    "c_loyalty": ["gold", "silver", "bronze"],
    "c_make": ["A", "B", "C"],
    "c_coupon": ["SAVE10", "SAVE20", "WELCOME"],
    "c_event": ["view", "cart_add", "cart_abandon", "ticket_purchase"],
    "price": ["19.99", "89.00", "149.00", "450.00"],
    "p_age": ["19", "22", "37", "58"],
}
SEGMENT_OF = {("c_interest", "golf"): 1001, ("c_interest", "tennis"): 1002,
              ("c_section", "sports"): 1023, ("c_section", "finance"): 1024,
              ("c_section", "tech"): 1025, ("c_loyalty", "gold"): 1008,
              ("c_loyalty", "silver"): 1009, ("c_make", "A"): 1012, ("c_make", "B"): 1012,
              ("c_event", "cart_abandon"): 1005, ("c_event", "ticket_purchase"): 1037,
              ("c_interest", "hiking"): 1030, ("c_interest", "camping"): 1030,
              ("c_coupon", "SAVE10"): 1028, ("c_coupon", "SAVE20"): 1028}
WORDS = ("golf club driver iron putter tennis racket string grip running shoe trail road "
         "jacket waterproof light tent stove lantern bike helmet glove sale new offer "
         "free delivery return size colour black blue red green review star").split()


class Session:
    def __init__(self, rng, start):
        self.rng = rng
        self.now = start
        self.uuid = "".join(rng.choice("0123456789") for _ in range(38))
        self.mid = "".join(rng.choice("0123456789") for _ in range(38))
        self.blob = base64.urlsafe_b64encode(rng.randbytes(24)).decode().rstrip("=")
        self.dextp = f"411-1-{int(start.timestamp() * 1000)}|"
        self.segments = set()
        self.opted_out = False
        self.page_id = 0

    def tick(self, ms):
        self.now += datetime.timedelta(milliseconds=ms)
        return self.now

    def amcv(self):
        t = int(self.now.timestamp())
        value = (f"-1176276602|MCIDTS|{t // 86400}|MCMID|{self.mid}|MCAAMLH-{t + 604800}|9|"
                 f"MCAAMB-{t + 604800}|{self.blob}|MCOPTOUT-{t + 7200}s|NONE|vVersion|5.5.0")
        return urllib.parse.quote(value, safe="")

    def dcs_cookies(self):
        if self.opted_out:
            return [("demdex", "NOTARGET")]
        return [("demdex", self.uuid), ("dextp", self.dextp)]

    def shop_cookies(self):
        return [(f"AMCV_{urllib.parse.quote(ORG, safe='')}", self.amcv()),
                (f"AMCVS_{urllib.parse.quote(ORG, safe='')}", "1"),
                ("aam_uuid", self.uuid)]


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def http_date(t):
    return t.strftime("%a, %d %b %Y %H:%M:%S GMT")


def request_headers(url, accept, referer, cookies, fetch_site, dest, mode, method="GET",
                    extra=()):
    u = urllib.parse.urlsplit(url)
    path = u.path + ("?" + u.query if u.query else "")
    headers = [(":authority", u.netloc), (":method", method), (":path", path),
               (":scheme", "https"), ("accept", accept),
               ("accept-encoding", "gzip, deflate, br, zstd"),
               ("accept-language", "en-US,en;q=0.9")]
    if cookies:
        headers.append(("cookie", "; ".join(f"{n}={v}" for n, v in cookies)))
    headers += list(extra)
    if referer:
        headers.append(("referer", referer))
    headers += [("sec-ch-ua", '"Chromium";v="156", "Not:A-Brand";v="8"'),
                ("sec-ch-ua-mobile", "?0"), ("sec-ch-ua-platform", '"Windows"'),
                ("sec-fetch-dest", dest), ("sec-fetch-mode", mode),
                ("sec-fetch-site", fetch_site), ("user-agent", UA)]
    return headers


def entry(s, page_ref, method, url, req_headers, cookies, status, mime, text, encoding=None,
          resp_headers=(), set_cookies=(), post=None, redirect="", resource="xhr"):
    started = s.tick(s.rng.randint(3, 120))
    wait = round(s.rng.uniform(15, 180), 3)
    receive = round(s.rng.uniform(0.2, 8), 3)
    body_size = len(base64.b64decode(text)) if encoding == "base64" else len(text.encode())
    headers = [("content-type", mime), ("date", http_date(started))] + list(resp_headers)
    cookie_objs = []
    for name, value, attrs in set_cookies:
        headers.append(("set-cookie", f"{name}={value}; {attrs}"))
        expires = started + datetime.timedelta(days=180 if value != "NOTARGET" else 3650)
        cookie_objs.append({"name": name, "value": value, "path": "/", "domain": ".demdex.net",
                            "expires": iso(expires), "httpOnly": False, "secure": True,
                            "sameSite": "None"})
    query = urllib.parse.urlsplit(url).query
    request = {
        "method": method, "url": url, "httpVersion": "http/2.0",
        "headers": [{"name": n, "value": v} for n, v in req_headers],
        "queryString": [{"name": n, "value": v}
                        for n, v in urllib.parse.parse_qsl(query, keep_blank_values=True)],
        "cookies": [{"name": n, "value": v, "path": "/", "domain": "", "expires": None,
                     "httpOnly": False, "secure": False} for n, v in cookies],
        "headersSize": -1, "bodySize": len(post) if post else 0,
    }
    if post:
        request["postData"] = {"mimeType": "application/x-www-form-urlencoded", "text": post,
                               "params": [{"name": n, "value": v}
                                          for n, v in urllib.parse.parse_qsl(post)]}
    content = {"size": body_size, "mimeType": mime}
    if text:
        content["text"] = text
    if encoding:
        content["encoding"] = encoding
    return {
        "_initiator": {"type": "script" if resource in ("xhr", "fetch", "script") else "parser"},
        "_priority": "High" if resource in ("document", "script", "stylesheet") else "Low",
        "_resourceType": resource,
        "cache": {},
        "connection": str(s.rng.randint(20000, 90000)),
        "pageref": page_ref,
        "request": request,
        "response": {
            "status": status, "statusText": "", "httpVersion": "http/2.0",
            "headers": [{"name": n, "value": v} for n, v in headers],
            "cookies": cookie_objs, "content": content, "redirectURL": redirect,
            "headersSize": -1, "bodySize": body_size, "_transferSize": body_size + 300,
            "_error": None,
        },
        "serverIPAddress": "127.0.0.1",
        "startedDateTime": iso(started),
        "time": round(wait + receive + 1.5, 3),
        "timings": {"blocked": 1.2, "dns": -1, "ssl": -1, "connect": -1, "send": 0.3,
                    "wait": wait, "receive": receive, "_blocked_queueing": 0.8},
    }


def dcs_answer(s, signals, tid_rng):
    if s.opted_out:
        return {"stuff": [], "dests": [], "dcs_region": 9, "tid": tid(tid_rng),
                "errors": [{"code": 171, "msg": f"Encountered opt out tag for id {s.mid}"}]}
    for pair in signals:
        if pair in SEGMENT_OF:
            s.segments.add(SEGMENT_OF[pair])
    segs = sorted(s.segments)
    stuff = [{"cn": "aam_gpt", "cv": "aamsegs=" + ",".join(map(str, segs[:6])), "ttl": 30,
              "dmn": ""}]
    if 1008 in s.segments or 1009 in s.segments:
        stuff.append({"cn": "perso", "cv": "tier=gold" if 1008 in s.segments else "tier=silver",
                      "ttl": 14, "dmn": ".example.com"})
    rnd = s.rng.randint(10000000, 999999999)
    ads = f"ads.example.com/seg?s={','.join(map(str, segs))}&r={rnd}"
    dests = [{"id": "2001", "y": "img", "c": "http://" + ads, "e": "https://" + ads}]
    if 1005 in s.segments:
        dests.append({"id": "2002", "y": "img",
                      "c": f"https://retarget.example.com/px?seg=1005&r={rnd}",
                      "e": f"https://retarget.example.com/px?seg=1005&r={rnd}"})
    return {"stuff": stuff, "dests": dests, "uuid": s.uuid, "dcs_region": 9,
            "traits": [sid for p, sid in SEGMENT_OF.items() if p in signals],
            "segments": segs, "tid": tid(tid_rng)}


def tid(rng):
    return base64.b64encode(rng.randbytes(8)).decode()


def event_call(s, page_ref, page_url, kind):
    rng = s.rng
    keys = rng.sample(sorted(SIGNALS), rng.randint(2, 6))
    signals = [(k, rng.choice(SIGNALS[k])) for k in keys]
    base = [("d_mid", s.mid), ("d_orgid", ORG)]
    if kind != "pixel":
        base = [("d_dst", "1"), ("d_rtbd", "json"), ("d_jsonv", "1"), ("d_cts", "2")] + base
    stamp = ("d_ld", f"_ts={int(s.now.timestamp() * 1000)}")
    post = None
    if kind == "post":
        pairs, post = base, urllib.parse.urlencode(signals, quote_via=urllib.parse.quote)
    else:
        pairs = base + [("d_nsid", "0")] + signals + [stamp]
    if kind == "jsonp":
        pairs.append(("d_cb", "aamCallback"))
    url = DCS + "/event?" + urllib.parse.urlencode(pairs, quote_via=urllib.parse.quote)
    accept = "image/avif,image/webp,image/apng,image/*,*/*;q=0.8" if kind == "pixel" else "*/*"
    extra = [("origin", SHOP)] if kind in ("json", "post") else []
    if kind == "post":
        extra.append(("content-type", "application/x-www-form-urlencoded"))
    dest, mode, resource = {"pixel": ("image", "no-cors", "image"),
                            "jsonp": ("script", "no-cors", "script"),
                            "json": ("empty", "cors", "fetch"),
                            "post": ("empty", "cors", "xhr")}[kind]
    headers = request_headers(url, accept, SHOP + "/", s.dcs_cookies(), "cross-site", dest, mode,
                              "POST" if kind == "post" else "GET", extra)
    resp_headers = [("cache-control", "no-cache, no-store, must-revalidate"),
                    ("server", "jag"), ("strict-transport-security", "max-age=31536000")]
    if kind in ("json", "post"):
        resp_headers += [("access-control-allow-origin", SHOP),
                         ("access-control-allow-credentials", "true")]
    if kind == "pixel":
        if s.opted_out:
            resp_headers.append(("x-error", "171"))
        return entry(s, page_ref, "GET", url, headers, s.dcs_cookies(), 200, "image/gif", GIF,
                     "base64", resp_headers, resource=resource)
    answer = json.dumps(dcs_answer(s, signals, rng), separators=(",", ":"))
    mime = "application/json;charset=utf-8"
    if kind == "jsonp":
        answer, mime = f"aamCallback({answer})", "application/javascript;charset=utf-8"
    return entry(s, page_ref, "POST" if kind == "post" else "GET", url, headers, s.dcs_cookies(),
                 200, mime, answer, None, resp_headers, post=post, resource=resource)


def other_calls(s, page_ref, n):
    """The Audience Manager calls that are not /event: /ibs, /id, dest5.html, opt-out."""
    rng = s.rng
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.55:
            dpid = rng.choice([411, 540, 771, 903, 1121])
            url = f"{DCS}/ibs:dpid={dpid}&dpuuid={rng.randbytes(6).hex()}"
            redirect = ""
            if rng.random() < 0.3:
                target = f"https://sync.partner{dpid}.example/match?aam=${{DD_UUID}}"
                url += "&redir=" + urllib.parse.quote(target, safe="")
                redirect = target.replace("${DD_UUID}", s.uuid)
            s.dextp = f"{dpid}-1-{int(s.now.timestamp() * 1000)}|" + s.dextp[:120]
            headers = request_headers(url, "image/avif,image/webp,*/*;q=0.8", SHOP + "/",
                                      s.dcs_cookies(), "cross-site", "image", "no-cors")
            sets = [("demdex", s.uuid, "Max-Age=15552000; Path=/; Domain=.demdex.net; Secure; "
                     "SameSite=None"),
                    ("dextp", s.dextp, "Max-Age=15552000; Path=/; Domain=.demdex.net; Secure; "
                     "SameSite=None")]
            if s.opted_out:  # nothing recorded, no cookie, no redirect
                out.append(entry(s, page_ref, "GET", url, headers, s.dcs_cookies(), 200,
                                 "image/gif", GIF, "base64", [("x-error", "171")],
                                 resource="image"))
            elif redirect:
                out.append(entry(s, page_ref, "GET", url, headers, s.dcs_cookies(), 302,
                                 "x-unknown", "", None, [("location", redirect)], sets,
                                 redirect=redirect, resource="image"))
            else:
                out.append(entry(s, page_ref, "GET", url, headers, s.dcs_cookies(), 200,
                                 "image/gif", GIF, "base64", [], sets, resource="image"))
        elif r < 0.85:
            url = ("https://dpm.demdex.net/id?d_visid_ver=5.5.0&d_fieldgroup=MC&d_rtbd=json"
                   f"&d_ver=2&d_orgid={urllib.parse.quote(ORG)}&d_nsid=0&d_mid={s.mid}"
                   f"&ts={int(s.now.timestamp() * 1000)}")
            headers = request_headers(url, "*/*", SHOP + "/", s.dcs_cookies(), "cross-site",
                                      "empty", "cors", extra=[("origin", SHOP)])
            body = {"d_mid": s.mid, "id_sync_ttl": 604800, "d_blob": s.blob, "dcs_region": 9,
                    "d_ottl": 7200, "ibs": [], "subdomain": "sample", "tid": tid(rng)}
            out.append(entry(s, page_ref, "GET", url, headers, s.dcs_cookies(), 200,
                             "application/json;charset=utf-8", json.dumps(body), None,
                             [("access-control-allow-origin", SHOP),
                              ("access-control-allow-credentials", "true")], resource="fetch"))
        else:
            url = f"{DCS}/dest5.html?d_nsid=0"
            html = ("<!DOCTYPE html><html><head><script src=\"/dest5.js\"></script></head>"
                    "<body></body></html>")
            headers = request_headers(url, "text/html,*/*;q=0.8", SHOP + "/", s.dcs_cookies(),
                                      "cross-site", "iframe", "navigate")
            out.append(entry(s, page_ref, "GET", url, headers, s.dcs_cookies(), 200,
                             "text/html", html, None, resource="document"))
    return out


def opt_out_call(s, page_ref, page_url):
    url = f"{DCS}/demoptout.jpg?d_mid={s.mid}&d_orgid={urllib.parse.quote(ORG)}"
    headers = request_headers(url, "image/avif,image/webp,*/*;q=0.8", SHOP + "/",
                              s.dcs_cookies(), "cross-site", "image", "no-cors")
    jpeg = base64.b64encode(bytes.fromhex(
        "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c14"
        "0d0c0b0b0c1912130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d"
        "38323c2e333432ffc0000b080001000101011100ffc4001f0000010501010101010100000000000000"
        "000102030405060708090a0bffda0008010100003f00d2cf20ffd9")).decode()
    sets = [("demdex", "NOTARGET", "Max-Age=315360000; Path=/; Domain=.demdex.net; Secure; "
             "SameSite=None")]
    e = entry(s, page_ref, "GET", url, headers, s.dcs_cookies(), 200, "image/jpeg", jpeg,
              "base64", [], sets, resource="image")
    s.opted_out = True
    return e


def page_entries(s, page_ref, page_url, n_aam, opt_out=False):
    rng = s.rng
    out = []
    for name, mime, resource in (("/css/shop.css", "text/css", "stylesheet"),
                                 ("/js/aam.js", "text/javascript", "script")):
        body = "/* " + " ".join(rng.choice(WORDS) for _ in range(60)) + " */\n"
        url = SHOP + name
        out.append(entry(s, page_ref, "GET", url,
                         request_headers(url, "*/*", page_url, s.shop_cookies(), "same-origin",
                                         resource.replace("stylesheet", "style"), "no-cors"),
                         s.shop_cookies(), 200, mime, body, None, resource=resource))
    kinds = ["pixel"] * 3 + ["json"] * 4 + ["jsonp"] * 2 + ["post"]
    n_other = max(0, round(n_aam * 0.12))
    n_event = n_aam - n_other - (1 if opt_out else 0)
    for i in range(n_event):
        if opt_out and i == n_event // 2:
            out.append(opt_out_call(s, page_ref, page_url))
        out.append(event_call(s, page_ref, page_url, rng.choice(kinds)))
    out += other_calls(s, page_ref, n_other)
    return out


def html_body(rng, size):
    """A product list whose JSON-escaped length is about size bytes."""
    head = ("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">"
            "<title>Example Shop</title></head>\n<body>\n<ul class=\"products\">\n")
    tail = "</ul>\n</body>\n</html>\n"
    parts = [head]
    length = len(json.dumps(head + tail))
    while True:
        words = " ".join(rng.choice(WORDS) for _ in range(6))
        item = (f"<li data-sku=\"{rng.randint(100000, 999999)}\"><a href=\"/p/"
                f"{rng.choice(WORDS)}-{rng.choice(WORDS)}\">{words}</a> "
                f"<span class=\"price\">{rng.randint(5, 900)}.99</span></li>\n")
        grow = len(json.dumps(item)) - 2
        if length + grow > size:
            break
        parts.append(item)
        length += grow
    parts.append(tail)
    return "".join(parts)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("output")
    ap.add_argument("--entries", type=int, default=50000)
    ap.add_argument("--size-mb", type=float, default=200)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    rng = random.Random(args.seed)
    start = datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)
    s = Session(rng, start)
    target = int(args.size_mb * 1000 * 1000)
    per_page = 12  # the document, a stylesheet, a script and nine Audience Manager calls
    n_pages = max(1, args.entries // per_page)
    # The pages come first in the file, as in Chrome's exports, so their times are fixed first:
    # a page every 2 to 30 s, its calls within the next seconds.
    page_starts, t = [], start
    for _ in range(n_pages):
        t += datetime.timedelta(milliseconds=rng.randint(2000, 30000))
        page_starts.append(t)
    pages = [{"startedDateTime": iso(t), "id": f"page_{i + 1}", "title": "Example Shop",
              "pageTimings": {"onContentLoad": 850, "onLoad": 1320}}
             for i, t in enumerate(page_starts)]
    head = ('{\n  "log": {\n    "version": "1.2",\n    "creator": {\n      "name": '
            '"make-huge-har.py",\n      "version": "1"\n    },\n    "comment": "Generated by '
            f'tools/make-huge-har.py --entries {args.entries} --size-mb {args.size_mb:g} --seed '
            f'{args.seed}: not a browser capture.",\n    "pages": [\n'
            + ",\n".join("      " + compact(page) for page in pages)
            + '\n    ],\n    "entries": [\n')
    tail = "\n    ]\n  }\n}\n"
    written, count = 0, 0
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        out.write(head)
        written += len(head.encode())
        for p in range(n_pages):
            size = per_page if p < n_pages - 1 else args.entries - count
            page_ref = f"page_{p + 1}"
            page_url = SHOP + rng.choice(["/", "/products/golf-clubs.html", "/cart.html",
                                          "/products/tent.html", "/search?q=gift"])
            s.now = page_starts[p]
            doc = entry(s, page_ref, "GET", page_url,
                        request_headers(page_url, "text/html,application/xhtml+xml,*/*;q=0.8",
                                        SHOP + "/" if p else "", s.shop_cookies(),
                                        "same-origin" if p else "none", "document", "navigate"),
                        s.shop_cookies(), 200, "text/html; charset=utf-8", "", None,
                        resource="document")
            opt_out = p == int(n_pages * 0.9)  # the visitor opts out late in the session
            rest = [compact(e) for e in page_entries(s, page_ref, page_url, size - 3, opt_out)]
            # Size the document's HTML so that the file is on target after this page.
            separators = 8 * (len(rest) + 1)
            page_bytes = sum(len(text.encode()) for text in rest) + separators
            doc_bytes = len(compact(doc).encode())
            goal = (target - len(tail)) * (p + 1) // n_pages
            html = html_body(rng, max(1500, goal - written - page_bytes - doc_bytes))
            doc["response"]["content"]["text"] = html
            doc["response"]["content"]["size"] = doc["response"]["bodySize"] = len(html.encode())
            for text in [compact(doc)] + rest:
                chunk = ("" if count == 0 else ",\n") + "      " + text
                out.write(chunk)
                written += len(chunk.encode())
                count += 1
        out.write(tail)
        written += len(tail)
    print(f"{args.output}: {count} entries, {len(pages)} pages, {written / 1e6:.1f} MB",
          file=sys.stderr)


def compact(obj):
    return json.dumps(obj, separators=(",", ":"))


if __name__ == "__main__":
    main()
