#!/usr/bin/env python3
"""Compares two built sites page by page as a browser would read them (tags, attributes, text), not byte by byte.

Usage: bench/html-diff.py BEFORE_DIR AFTER_DIR [--show N]
Serialisation details do not count (<br> and <br />, checked and checked="", &nbsp; and U+00A0, attribute order);
everything else does: an element, an attribute value or a character of text that differs is reported with its page.
Other files (CSS, JSON, XML, PDF...) are compared byte by byte. Exit code 1 when something differs.
"""
import os
import sys
from html.parser import HTMLParser


class Tokens(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tokens = []
        self.text = []

    def flush(self):
        if self.text:
            self.tokens.append(("text", "".join(self.text)))
            self.text = []

    def handle_starttag(self, tag, attrs):
        self.flush()
        self.tokens.append(("start", tag, tuple(sorted((k, v or "") for k, v in attrs))))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        self.flush()
        if tag not in VOID:
            self.tokens.append(("end", tag))

    def handle_data(self, data):
        self.text.append(data)

    def handle_comment(self, data):
        self.flush()
        self.tokens.append(("comment", data))

    def handle_decl(self, decl):
        self.flush()
        self.tokens.append(("decl", decl.lower()))


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}


def tokens(path):
    parser = Tokens()
    with open(path, encoding="utf-8") as f:
        parser.feed(f.read())
    parser.close()
    parser.flush()
    return parser.tokens


def files(root):
    out = set()
    for folder, _, names in os.walk(root):
        for name in names:
            out.add(os.path.relpath(os.path.join(folder, name), root))
    return out


def main():
    before, after = sys.argv[1], sys.argv[2]
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 3
    a, b = files(before), files(after)
    differing = 0
    for name in sorted(a - b):
        print(f"only before: {name}")
        differing += 1
    for name in sorted(b - a):
        print(f"only after: {name}")
        differing += 1
    same_html = 0
    for name in sorted(a & b):
        p, q = os.path.join(before, name), os.path.join(after, name)
        if name.endswith(".html"):
            ta, tb = tokens(p), tokens(q)
            if ta == tb:
                same_html += 1
                continue
            differing += 1
            print(f"differs: {name}")
            shown = 0
            for i, (x, y) in enumerate(zip(ta, tb)):
                if x != y:
                    print(f"   before: {x!r:.300}\n   after:  {y!r:.300}")
                    shown += 1
                    if shown >= show:
                        break
            if len(ta) != len(tb) and shown < show:
                print(f"   {len(ta)} tokens before, {len(tb)} after")
        else:
            with open(p, "rb") as f, open(q, "rb") as g:
                if f.read() != g.read():
                    differing += 1
                    print(f"differs (bytes): {name}")
    print(f"{same_html} pages HTML identiques à la lecture, {differing} fichiers différents sur {len(a | b)}")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
