#!/usr/bin/env python3
"""Fills translations after `update_translations`:
  - policylens_en.ts: English source text is the English UI; copies it (plural forms for %n).
  - policylens_zh_CN.ts: applies the tab-separated 'source<TAB>translation' lines of the given files
    (or stdin) to matching unfinished messages, then lists the ones still unfinished.
Usage: ts_fill.py PROJECT_DIR [ZH_TSV...]"""
import pathlib, re, sys
import xml.etree.ElementTree as ET

root = pathlib.Path(sys.argv[1])
tr = root / 'translations'

def plural(s):
    one = re.sub(r'\((e?s)\)', '', s)
    many = re.sub(r'\((e?s)\)', r'\1', s)
    return one, many

def save(tree, path):
    ET.indent(tree, space='    ')
    body = ET.tostring(tree.getroot(), encoding='unicode')
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n', encoding='utf-8')

en_path = tr / 'policylens_en.ts'
tree = ET.parse(en_path)
for m in tree.getroot().iter('message'):
    t = m.find('translation')
    src = m.findtext('source') or ''
    if m.get('numerus') == 'yes':
        for f in list(t):
            t.remove(f)
        for form in plural(src):
            ET.SubElement(t, 'numerusform').text = form
        t.text = None
    else:
        t.text = src
    t.attrib.pop('type', None)
save(tree, en_path)

zh = {}
for f in sys.argv[2:] or []:
    for line in pathlib.Path(f).read_text(encoding='utf-8').splitlines():
        if '\t' in line:
            s, t = line.split('\t', 1)
            zh[s.replace('\\n', '\n')] = t.replace('\\n', '\n')
zh_path = tr / 'policylens_zh_CN.ts'
tree = ET.parse(zh_path)
left = []
for m in tree.getroot().iter('message'):
    t = m.find('translation')
    src = m.findtext('source') or ''
    if src in zh:
        if m.get('numerus') == 'yes':
            for f in list(t):
                t.remove(f)
            ET.SubElement(t, 'numerusform').text = zh[src]
            t.text = None
        else:
            t.text = zh[src]
        t.attrib.pop('type', None)
    elif t.get('type') == 'unfinished':
        left.append(src)
save(tree, zh_path)
for s in left:
    print('untranslated:', repr(s))
print(f'{len(left)} zh_CN string(s) untranslated')
