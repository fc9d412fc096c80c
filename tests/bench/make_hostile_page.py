#!/usr/bin/env python3
"""Builds the pages of the growth test family (docs/fuzzing.md, "Growth"): constructions
that once made a small page cost time or memory out of proportion, each with one size knob.

  make_hostile_page.py FAMILY SIZE OUT [OPEN]

(OPEN: for formatting, how many elements are left open; 200 by default.)

FAMILY       the page                                                     SIZE is
formatting   200 distinct formatting elements left open, then paragraphs  the paragraphs
attributes   one <div> with many attributes, inside an ordinary article   the attributes
depth        divs nested 1,000 deep, a short text and many empty spans   the empty spans
             at the bottom (every level's text is short)
quotes       one paragraph of many short quotations with speakers         the quotations
paragraphs   an ordinary article of many paragraphs                       the paragraphs

The pages are UTF-8 HTML with a title, a date and a byline, so that the extractor reads them
as articles and every stage runs.
"""
import sys

HEAD = ('<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Uji pertumbuhan</title>'
        '<meta property="article:published_time" content="2024-03-05T10:00:00+07:00"></head><body>'
        '<article><h1>Uji pertumbuhan</h1><p class="byline">Oleh Ahmad Dani</p>\n')
TAIL = '</article></body></html>\n'
SENTENCE = 'Pemerintah daerah menyiapkan anggaran, jalan, dan jaringan internet untuk desa-desa. '
FORMATTING = ['b', 'big', 'em', 'font', 'i', 's', 'small', 'strike', 'strong', 'tt', 'u']


def formatting(paragraphs, opened_count=200):
    # Each <p> closes the one before and with it the formatting elements inside it; they stay
    # on the list of active formatting elements, so the parser re-opens all of them for the
    # text of every paragraph. Distinct attributes keep the "Noah's Ark" clause (at most three
    # equal elements) from dropping them.
    opened = ''.join(f'<{FORMATTING[i % len(FORMATTING)]} class="f{i}">' for i in range(opened_count))
    return HEAD + '<p>' + opened + ''.join(f'<p>{SENTENCE}\n' for _ in range(paragraphs)) + TAIL


def attributes(count):
    tag = '<div ' + ' '.join(f'data-a{i}="{i}"' for i in range(count)) + '>'
    return HEAD + ''.join(f'<p>{SENTENCE * 3}</p>\n' for _ in range(20)) + tag + '</div>' + TAIL


def depth(spans):
    # Only the innermost level has text, so every level's text is short and cleaning once read
    # the text of each level by walking all the spans below it.
    levels = 1000
    return (HEAD + '<div>' * levels + 'kata' + '<span></span>' * spans +
            '</div>' * levels + ''.join(f'<p>{SENTENCE * 3}</p>\n' for _ in range(20)) + TAIL)


def quotes(count):
    said = ''.join(f'\u201cIni kutipan nomor {i},\u201d kata Budi Santoso. ' for i in range(count))
    return HEAD + f'<p>{SENTENCE * 3}</p>\n<p>{said}</p>\n' + TAIL


def paragraphs(count):
    return HEAD + ''.join(f'<p>{SENTENCE * 3}</p>\n' for _ in range(count)) + TAIL


FAMILIES = {'formatting': formatting, 'attributes': attributes, 'depth': depth, 'quotes': quotes,
            'paragraphs': paragraphs}


def main():
    if len(sys.argv) not in (4, 5) or sys.argv[1] not in FAMILIES:
        print(__doc__, file=sys.stderr)
        return 2
    extra = [int(sys.argv[4])] if len(sys.argv) == 5 else []
    with open(sys.argv[3], 'wb') as out:
        out.write(FAMILIES[sys.argv[1]](int(sys.argv[2]), *extra).encode('utf-8'))
    return 0


if __name__ == '__main__':
    sys.exit(main())
