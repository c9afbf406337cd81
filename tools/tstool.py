#!/usr/bin/env python3
"""Developer helper for the Qt Linguist catalogues (translations/dcsdesk_xx.ts).

  tstool.py todo XX.ts                 print unfinished/empty messages as JSON lines
  tstool.py apply XX.ts FILE.jsonl [--replace]
                                       fill translations from JSON lines (--replace: also
                                       change finished ones, e.g. to fix a wording)
                                       {"context","source","translation"} or
                                       {"context","source","plurals":[...]} for %n messages
  tstool.py merge OUT.ts SRC.ts...     fill OUT's unfinished messages from other catalogues
                                       (for .ts merge conflicts: lupdate first, then merge)
  tstool.py stats XX.ts                count finished / unfinished
  tstool.py english EN.ts              fill English plural forms from "(s)" in the source

Not used by the build or CI; the CI check is tests/i18n."""
import json, sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree


def messages(tree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def key(ctx, msg):
    return (ctx, msg.findtext("source"), msg.findtext("comment") or "")


def is_unfinished(msg):
    tr = msg.find("translation")
    if tr is None:
        return True
    if tr.get("type") in ("unfinished",):
        return True
    if msg.get("numerus") == "yes":
        forms = tr.findall("numerusform")
        return not forms or any(not (f.text or "").strip() for f in forms)
    return not (tr.text or "").strip()


def save(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def set_translation(msg, value):
    tr = msg.find("translation")
    if tr is None:
        tr = ET.SubElement(msg, "translation")
    tr.attrib.pop("type", None)
    if msg.get("numerus") == "yes":
        for f in list(tr):
            tr.remove(f)
        tr.text = None
        forms = value if isinstance(value, list) else [value]
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
    else:
        for f in list(tr):
            tr.remove(f)
        tr.text = value if isinstance(value, str) else value[0]


def main():
    cmd = sys.argv[1]
    if cmd == "todo":
        tree = load(sys.argv[2])
        for ctx, msg in messages(tree):
            if is_unfinished(msg):
                row = {"context": ctx, "source": msg.findtext("source")}
                if msg.findtext("comment"):
                    row["comment"] = msg.findtext("comment")
                if msg.get("numerus") == "yes":
                    row["numerus"] = True
                print(json.dumps(row, ensure_ascii=False))
    elif cmd == "apply":
        tree = load(sys.argv[2])
        table = {}
        with open(sys.argv[3], encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                row = json.loads(line)
                value = row.get("plurals") or row.get("translation")
                table[(row["context"], row["source"], row.get("comment", ""))] = value
                table.setdefault((None, row["source"], row.get("comment", "")), value)
        filled = missing = 0
        replace = "--replace" in sys.argv[4:]
        for ctx, msg in messages(tree):
            k = key(ctx, msg)
            value = table.get(k)
            # A row fills the same text in other contexts only where it is unfinished: with
            # --replace it changed finished translations of other contexts unasked.
            if value is None and is_unfinished(msg):
                value = table.get((None, k[1], k[2]))
            if value is not None and (replace or is_unfinished(msg)):
                set_translation(msg, value)
                filled += 1
            elif is_unfinished(msg):
                missing += 1
        save(tree, sys.argv[2])
        print(f"filled {filled}, still unfinished {missing}", file=sys.stderr)
    elif cmd == "merge":
        out = load(sys.argv[2])
        table = {}
        for src in sys.argv[3:]:
            for ctx, msg in messages(load(src)):
                if not is_unfinished(msg):
                    tr = msg.find("translation")
                    value = [f.text or "" for f in tr.findall("numerusform")] if msg.get("numerus") == "yes" else tr.text
                    table[key(ctx, msg)] = value
        filled = 0
        for ctx, msg in messages(out):
            if is_unfinished(msg) and key(ctx, msg) in table:
                set_translation(msg, table[key(ctx, msg)])
                filled += 1
        save(out, sys.argv[2])
        print(f"filled {filled}", file=sys.stderr)
    elif cmd == "english":
        import re
        tree = load(sys.argv[2])
        filled = 0
        for ctx, msg in messages(tree):
            if is_unfinished(msg):
                src = msg.findtext("source")
                one = re.sub(r"\((e?s)\)", "", src)
                other = re.sub(r"\((e?s)\)", lambda m: m.group(1), src)
                set_translation(msg, [one, other])
                filled += 1
        save(tree, sys.argv[2])
        print(f"filled {filled}", file=sys.stderr)
    elif cmd == "stats":
        tree = load(sys.argv[2])
        done = todo = 0
        for _, msg in messages(tree):
            if is_unfinished(msg):
                todo += 1
            else:
                done += 1
        print(f"{sys.argv[2]}: {done} finished, {todo} unfinished")
    else:
        print(__doc__)
        sys.exit(2)


if __name__ == "__main__":
    main()
