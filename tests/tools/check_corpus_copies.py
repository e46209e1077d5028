#!/usr/bin/env python3
"""Fails when a string literal in the tests shares a run of N or more characters (white space ignored)
with a text of ../shared/corpus: tests use sentences written for them, never copied ones, so that what
they prove is a class of sentences and not one corpus sentence. Tests that read the corpus itself (they
name PLENS_SHARED_DIR, or use test::corpusPath / test::sharedDir of testpaths.h) are exempt. Exits 77 (skipped) without ../shared.
Usage: check_corpus_copies.py CLI SHARED_DIR TESTS_DIR [N]"""
import glob, os, re, subprocess, sys

cli, shared, tests = sys.argv[1], sys.argv[2], sys.argv[3]
n = int(sys.argv[4]) if len(sys.argv) > 4 else 16
corpus_dir = os.path.join(shared, 'corpus')
if not os.path.isdir(corpus_dir):
    print(f'skipped: {corpus_dir} is absent')
    sys.exit(77)
texts = []
for f in sorted(glob.glob(os.path.join(corpus_dir, 'seeds', '*.txt'))):
    texts.append(open(f, encoding='utf-8', errors='replace').read())
for f in sorted(glob.glob(os.path.join(corpus_dir, 'real', '*'))):
    if f.endswith('.md'):
        continue
    r = subprocess.run([cli, 'text', f], capture_output=True, text=True)
    texts.append(r.stdout)
corpus = re.sub(r'\s', '', ''.join(texts))
grams = {corpus[i:i + n] for i in range(len(corpus) - n + 1)}
literal = re.compile(r'(?:QStringLiteral|QString::fromUtf16|u)\s*\(?\s*u?"((?:[^"\\]|\\.)*)"')
found = []
for path in sorted(glob.glob(os.path.join(tests, '**', '*.cpp'), recursive=True)
                   + glob.glob(os.path.join(tests, '**', '*.h'), recursive=True)):
    src = open(path, encoding='utf-8').read()
    if 'PLENS_SHARED_DIR' in src or 'corpusPath(' in src or 'sharedDir(' in src:
        continue
    for m in literal.finditer(src):
        s = re.sub(r'\s', '', m.group(1))
        for i in range(len(s) - n + 1):
            if s[i:i + n] in grams:
                found.append(f'{os.path.relpath(path, tests)}:{src[:m.start()].count(chr(10)) + 1}: "{s[i:i + n]}"')
                break
for f in found:
    print('copied from the corpus:', f)
print(f'{len(found)} test strings share {n} or more characters with the corpus')
sys.exit(1 if found else 0)
