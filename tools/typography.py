#!/usr/bin/env python3
"""Typography of the Qt Linguist catalogues (translations/dcsdesk_xx.ts).

  typography.py check XX.ts     print every violation, exit 1 when there is one
  typography.py fix XX.ts       rewrite the French catalogue to French typography (fr only)
  typography.py selftest        run the cases of tests/i18n/data/typography_cases.txt

The language comes from the catalogue's <TS language="...">. tests/i18n/typography.cpp
implements the same French rules in C++ for ctest; change both together (the cases file is
shared, so a drift shows up in both).

French (fix and check)
  F1  A prose ":" has U+00A0 (no-break space) before it; a prose ";" "?" "!" has U+202F (narrow
      no-break space). A wrong space there (ordinary, or the other no-break kind) is replaced.
  F2  Where a prose mark follows a word with no space ("Continuer?"), the space is inserted,
      unless the word and its mark are copied from the English source ("Host:", "status:",
      "error:" — header names and search prefixes are literals) or the token in front of the
      mark holds code characters (= / _ < > { } [ ] * " ` @ # | \\ &).
  F3  « is followed and » preceded by U+00A0 (replacing an ordinary or narrow space, or inserted).
  F4  A number or a number placeholder (%1, %L1, %n) and its unit are joined by U+00A0 ("%1 ms",
      "256 Mo", "7 jours", "50 %"), so a line never breaks between them; inside code and URLs
      nothing changes.
  Prose mark: followed by the end of the text, a space/line break, ")" or "<" (a tag). So
  "12:30", "1:1", "%1:%2", "d_cid=123:abc", "c_x=1;c_y=2", "/event?d_rtbd=json", ";;" in file
  dialog filters, "!=" are never touched: in code a mark is followed by something else.
  A mark with a space before it is a mention of the character, not punctuation, when the English
  source also has it after a space (English never spaces before punctuation): "ni ? ni #",
  "! # $ %", "(== != <)".
  Literal spans, never changed inside: `…`; «…» (a quoted value or a UI label as written where it
  is defined: « Nom: valeur », « %2= »); "…" and '…' (quoted code: 'Host: %1', {"calls": 20});
  URLs (scheme://…); HTML tags <…>; entities &name; &#12;. Mnemonics are a lone "&" before a
  letter and contain no mark, so they are untouched.

Spanish (check only): no space inside « » (F3 in reverse); a prose "?" / "!" needs "¿" / "¡"
  earlier in the same sentence.
German (check only): quotes are „…“: English “…” and prose "…" (a straight-quoted phrase of
  letters that the English source does not quote the same way) are reported.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tstool  # noqa: E402  (same load/save, so the file stays as lupdate writes it)

NBSP = "\u00a0"
NNBSP = "\u202f"
WANT = {":": NBSP, ";": NNBSP, "?": NNBSP, "!": NNBSP}
SPACES = (" ", NBSP, NNBSP)
CODE_CHARS = set('=/_<>{}[]*"`@#|\\&')
LITERAL = re.compile(
    r"`[^`]*`|«[^»]*»|\"[^\"\n]*\"|(?<!\w)'[^'\n]*'(?!\w)"
    r"|[A-Za-z][A-Za-z0-9+.-]*://\S*|<[^<>]*>|&#?\w+;"
)
UNIT = re.compile(
    r"(?:\d|%(?:L?\d\d?|n))([ \u202f])"
    r"(?:ms|s|min|h|o|Ko|Mo|Go|Kio|Mio|Gio|octets?|jours?|ans?|appels/s|%(?![\dLn]))(?![\w’'])"
)
CODE_SPANS = re.compile(r"`[^`]*`|[A-Za-z][A-Za-z0-9+.-]*://\S*|<[^<>]*>|&#?\w+;")


def spans(regex, text):
    return [m.span() for m in regex.finditer(text)]


def inside(pos, ranges):
    return any(a <= pos < b for a, b in ranges)


def is_prose_follow(text, i):
    return i + 1 == len(text) or text[i + 1].isspace() or text[i + 1] in ")<"


def mentioned_in_source(mark, source):
    return re.search(r"\s" + re.escape(mark), source) is not None


def french(text, source):
    """Violations as (position, wanted space, 'replace' | 'insert', what).
    'replace': the character at position is the wrong space; 'insert': insert before position."""
    out = []
    literal = spans(LITERAL, text)
    for i, c in enumerate(text):
        if c not in WANT or i == 0 or inside(i, literal) or not is_prose_follow(text, i):
            continue
        want, prev = WANT[c], text[i - 1]
        if prev in SPACES:
            if prev == want or i < 2 or text[i - 2].isspace() or mentioned_in_source(c, source):
                continue
            out.append((i - 1, want, "replace", f"space before {c!r}"))
            continue
        token = re.search(r"\S*$", text[:i]).group(0)
        word = re.search(r"[^\W\d_][\w’'-]*$", text[:i])
        placeholder = re.search(r"%(?:\d\d?|n)$", text[:i])
        if any(ch in CODE_CHARS for ch in token):
            continue
        if word:
            if re.search(r"(?<![\w-])" + re.escape(word.group(0) + c), source):
                continue
        elif not placeholder and prev not in ")»":
            continue
        out.append((i, want, "insert", f"no space before {c!r}"))
    code = spans(CODE_SPANS, text)
    for i, c in enumerate(text):
        if c not in "«»" or inside(i, code):
            continue
        j = i + 1 if c == "«" else i - 1
        if 0 <= j < len(text) and text[j] == NBSP:
            continue
        if 0 <= j < len(text) and text[j] in (" ", NNBSP):
            out.append((j, NBSP, "replace", f"space inside {c}"))
        else:
            out.append((i + 1 if c == "«" else i, NBSP, "insert", f"no space inside {c}"))
    for m in UNIT.finditer(text):
        if not inside(m.start(1), code):
            out.append((m.start(1), NBSP, "replace", "space between a number and its unit"))
    return sorted(out)


def spanish(text, source):
    out = []
    code = spans(CODE_SPANS, text)
    for m in re.finditer(r"«\s|\s»", text):
        if not inside(m.start(), code):
            out.append((m.start(), "", "report", "space inside « »"))
    literal = spans(LITERAL, text)
    for i, c in enumerate(text):
        if c not in "?!" or inside(i, literal) or not is_prose_follow(text, i):
            continue
        if i > 0 and text[i - 1].isspace() and mentioned_in_source(c, source):
            continue
        start = max(text.rfind(ch, 0, i) for ch in ".?!\n")
        if ("¿" if c == "?" else "¡") not in text[start + 1 : i]:
            out.append((i, "", "report", f"{c!r} without {'¿' if c == '?' else '¡'}"))
    return out


def german(text, source):
    out = []
    code = spans(CODE_SPANS, text)
    for m in re.finditer(r"“[^”„“]*”", text):
        if not inside(m.start(), code):
            out.append((m.start(), "", "report", "English quotes “…”, German is „…“"))
    for m in re.finditer(r"(?<![^\s(])\"([^\s\"][^\"\n]*(?<=[^\s\"])|[^\s\"])\"", text):
        inner = m.group(1)
        if inside(m.start(), code) or not re.search(r"[^\W\d_]{2}", inner):
            continue
        if any(ch in CODE_CHARS or ch in ":;=.%" for ch in inner) or m.group(0) in source:
            continue
        out.append((m.start(), "", "report", 'straight quotes "…" in prose, German is „…“'))
    return out


RULES = {"fr": french, "es": spanish, "de": german}


def apply(text, violations):
    for pos, want, action, _ in sorted(violations, reverse=True):
        if action == "replace":
            text = text[:pos] + want + text[pos + 1 :]
        elif action == "insert":
            text = text[:pos] + want + text[pos:]
    return text


def forms(msg):
    tr = msg.find("translation")
    if tr is None:
        return []
    if msg.get("numerus") == "yes":
        return tr.findall("numerusform")
    return [tr]


def show(text, pos):
    snippet = text[max(0, pos - 25) : pos + 25]
    return snippet.replace(NBSP, "⍽").replace(NNBSP, "·").replace("\n", "⏎")


def selftest():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "tests", "i18n", "data", "typography_cases.txt")
    failed = 0
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            given, source, expected = line.rstrip("\n").split("\t")
            given, expected = (s.replace("⍽", NBSP).replace("·", NNBSP) for s in (given, expected))
            got = apply(given, french(given, source))
            if got != expected:
                failed += 1
                print(f"line {n}: got {got!r}, want {expected!r}")
    print("selftest:", "FAILED" if failed else "ok")
    return 1 if failed else 0


def main():
    if len(sys.argv) == 2 and sys.argv[1] == "selftest":
        return selftest()
    if len(sys.argv) != 3 or sys.argv[1] not in ("check", "fix"):
        print(__doc__)
        return 2
    cmd, path = sys.argv[1], sys.argv[2]
    tree = tstool.load(path)
    lang = tree.getroot().get("language", "")[:2]
    rule = RULES.get(lang)
    if rule is None:
        print(f"{path}: no typography rules for language {lang!r}", file=sys.stderr)
        return 2
    if cmd == "fix" and lang != "fr":
        print(f"{path}: fix is French only; {lang} is check (report) only", file=sys.stderr)
        return 2
    count = changed = 0
    for ctx, msg in tstool.messages(tree):
        source = msg.findtext("source") or ""
        touched = False
        for el in forms(msg):
            text = el.text or ""
            found = rule(text, source)
            if not found:
                continue
            touched = True
            if cmd == "fix":
                el.text = apply(text, found)
            for pos, _, _, what in found:
                count += 1
                if cmd == "check":
                    print(f"{ctx} | {source[:70]!r} | {show(text, pos)!r} | at {pos}: {what}")
        changed += touched
    if cmd == "fix":
        tstool.save(tree, path)
        print(f"{path}: {count} fixes in {changed} messages", file=sys.stderr)
        return 0
    print(f"{path}: {count} violation(s) in {changed} messages", file=sys.stderr)
    return 1 if count else 0


if __name__ == "__main__":
    sys.exit(main())
