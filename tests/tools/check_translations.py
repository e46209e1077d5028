#!/usr/bin/env python3
"""Checks that translations/policylens_zh_CN.ts and policylens_en.ts are complete: every tr() string
that lupdate finds in core/ and app/ today is present in both files with a finished, non-empty
translation. Usage: check_translations.py --lupdate EXE PROJECT_DIR"""
import argparse, pathlib, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

def messages(ts):
    out = {}
    for ctx in ET.parse(ts).getroot().iter('context'):
        name = ctx.findtext('name')
        for m in ctx.iter('message'):
            key = (name, m.findtext('source'), m.findtext('comment') or '')
            t = m.find('translation')
            forms = [f.text or '' for f in t.iter('numerusform')] if t is not None else []
            text = (t.text or '') if t is not None else ''
            done = t is not None and t.get('type') not in ('unfinished', 'obsolete', 'vanished') and \
                (all(forms) if m.get('numerus') == 'yes' else bool(text.strip()))
            out[key] = done
    return out

ap = argparse.ArgumentParser()
ap.add_argument('--lupdate', required=True)
ap.add_argument('root')
a = ap.parse_args()
root = pathlib.Path(a.root)
with tempfile.TemporaryDirectory() as tmp:
    fresh = pathlib.Path(tmp) / 'fresh.ts'
    r = subprocess.run([a.lupdate, '-locations', 'none', '-silent', str(root / 'core'), str(root / 'app'),
                        '-ts', str(fresh)], capture_output=True, text=True)
    if r.returncode:
        sys.exit('lupdate failed: ' + r.stderr)
    wanted = messages(fresh)
bad = 0
for lang in ('zh_CN', 'en'):
    have = messages(root / 'translations' / f'policylens_{lang}.ts')
    missing = [k for k in wanted if k not in have]
    unfinished = [k for k in wanted if k in have and not have[k]]
    for k in missing:
        print(f'{lang}: missing   {k[0]}: {k[1]!r}')
    for k in unfinished:
        print(f'{lang}: unfinished {k[0]}: {k[1]!r}')
    bad += len(missing) + len(unfinished)
    print(f'{lang}: {len(wanted) - len(missing) - len(unfinished)}/{len(wanted)} strings translated')
if bad:
    print('Run `cmake --build BUILD --target update_translations`, then translate (tests/tools/ts_fill.py).')
sys.exit(1 if bad else 0)
