#!/usr/bin/env python3
"""Builds a large saved page for the speed and memory figures of
docs/performance.md, the way the 50 MB bad-input test does: a real saved
article with filler prose inserted into its body, before a marker.

  make_large_page.py PAGE OUT MARKER [--mb 50] [--style br|p]

--style br  paragraphs separated by two <br> (a SINDOnews-style body)
--style p   one <p> per paragraph (the usual markup of other sites)
"""
import argparse
import sys

PARAGRAPH = "Paragraf pengisi yang panjang untuk menguji halaman besar, dengan koma, titik dan kata. "


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("page")
    parser.add_argument("out")
    parser.add_argument("marker", help="the filler goes just before the first occurrence of this text")
    parser.add_argument("--mb", type=float, default=50.0)
    parser.add_argument("--style", choices=("br", "p"), default="br")
    args = parser.parse_args()
    page = open(args.page, "rb").read().decode("utf-8")
    at = page.find(args.marker)
    if at < 0:
        print(f"marker not found: {args.marker}", file=sys.stderr)
        return 2
    if args.style == "br":
        unit = PARAGRAPH + PARAGRAPH + "<br />\n<br />\n"
    else:
        unit = "<p>" + PARAGRAPH + PARAGRAPH + "</p>\n"
    count = int(args.mb * 1024 * 1024 / len(unit.encode("utf-8"))) + 1
    with open(args.out, "wb") as out:
        out.write(page[:at].encode("utf-8"))
        out.write((unit * count).encode("utf-8"))
        out.write(page[at:].encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
