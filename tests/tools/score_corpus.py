#!/usr/bin/env python3
"""Runs policylens-cli extract (and links) over ../shared/corpus and scores the output with ../shared/eval's
scorer: the seeds in every form, the real-document dev set (labelled parts only) and the negatives files,
per gold file, per document and per kind, with field accuracy. Fails below the issues' bars.
Exits 77 (skipped) when the shared folder is absent.
Usage: score_corpus.py CLI SHARED_DIR [--misses] [--only NAME]"""
import glob, json, os, re, subprocess, sys, tempfile, unicodedata

cli, shared = sys.argv[1], sys.argv[2]
show_misses = '--misses' in sys.argv
only = sys.argv[sys.argv.index('--only') + 1] if '--only' in sys.argv else None
corpus, gold_dir = os.path.join(shared, 'corpus'), os.path.join(shared, 'eval', 'gold')
scorer = os.path.join(shared, 'eval', 'score_extraction.py')
if not os.path.isfile(scorer):
    print(f'skipped: {scorer} is absent')
    sys.exit(77)


def norm(s):
    return ''.join(unicodedata.normalize('NFKC', s or '').split())


def load(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]


def score(gold_path, rows, labelled_only):
    with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False, encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
        path = f.name
    try:
        args = [sys.executable, scorer, gold_path, path, '--json'] + (['--labelled-only'] if labelled_only else [])
        if show_misses:
            args.append('--misses')
        res = subprocess.run(args, capture_output=True, text=True, check=True)
        if show_misses and res.stderr:
            print(res.stderr, end='')
        return json.loads(res.stdout)
    finally:
        os.remove(path)


# Numbers as written inside a negative's anchor ("第7次会议", "75周年", "T800"), with 万/亿 applied.
NUM = re.compile(r'(\d+(?:\.\d+)?)(万亿|亿|万|千)?')
FACTOR = {'万亿': 1e12, '亿': 1e8, '万': 1e4, '千': 1e3, None: 1}


def negative_hits(negatives, rows):
    """A negative is matched when an extracted target or reported figure's evidence holds the negative's
    anchor and the figure's value is one of the numbers written in that anchor."""
    hits = []
    for neg in negatives:
        anchor = norm(neg['anchor'])
        values = {float(m.group(1)) * FACTOR[m.group(2)] for m in NUM.finditer(anchor)}
        values |= {float(m.group(1)) for m in NUM.finditer(anchor)}
        for r in rows:
            if os.path.basename(str(r.get('doc'))) != neg['doc'] or r.get('kind') not in ('target', 'reported'):
                continue
            v = r.get('value')
            if anchor in norm(r.get('text')) and any(abs(v - x) <= 1e-6 * max(1, abs(x)) for x in values):
                hits.append((neg, r))
                break
    return hits


# Documents labelled only in part (../shared/corpus/real/README.md): the labelled part of the display text,
# from the n-th occurrence of a start marker to an end marker (or the end). Figures outside it are left
# out before scoring, as the README asks; recall is unaffected.
PARTIAL = {
    'zhoukou_statistical_bulletin_2023.pdf': ('一、综合', 1, '二、农业'),
    'putuo_social_work_dept_final_accounts_2024.pdf': ('第三部分', 2, None),
}


def labelled_range(path):
    start_marker, nth, end_marker = PARTIAL[os.path.basename(path)]
    text = subprocess.run([cli, 'text', path], capture_output=True).stdout.decode('utf-8')
    start = -1
    for _ in range(nth):
        start = text.find(start_marker, start + 1)
    if start < 0:
        return None
    end = text.find(end_marker, start) if end_marker else -1
    return start, (end if end >= 0 else len(text))


def restrict(files, rows):
    ranges = {os.path.basename(f): labelled_range(f) for f in files if os.path.basename(f) in PARTIAL}
    out = []
    for r in rows:
        rng = ranges.get(os.path.basename(str(r.get('doc'))))
        if rng is None or rng[0] <= r.get('start', 0) < rng[1]:
            out.append(r)
    return out


def extract(files):
    res = subprocess.run([cli, 'extract', *files, '--format', 'jsonl'], capture_output=True)
    for line in res.stderr.decode('utf-8', 'replace').splitlines():
        print('  extract:', line)
    return [json.loads(l) for l in res.stdout.decode('utf-8').splitlines() if l.strip()]


def by_doc(gold_path, rows, labelled_only):
    docs = sorted({g['doc'] for g in load(gold_path)})
    out = []
    for d in docs:
        sub = [r for r in rows if os.path.basename(str(r.get('doc'))) == d]
        gold_rows = [g for g in load(gold_path) if g['doc'] == d]
        with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False, encoding='utf-8') as f:
            for g in gold_rows:
                f.write(json.dumps(g, ensure_ascii=False) + '\n')
            gpath = f.name
        try:
            out.append((d, score(gpath, sub, labelled_only)))
        finally:
            os.remove(gpath)
    return out


def fmt_fields(acc):
    return ', '.join(f"{k} {v:.2f}" for k, v in acc.items() if v is not None)


def line(name, rep):
    k = rep['by_kind']
    return (f"{name:44s} P {rep['precision']:.3f} R {rep['recall']:.3f} (tp {rep['tp']}, fp {rep['fp']}, "
            f"fn {rep['fn']}; target {k['target']['tp']}/{k['target']['tp'] + k['target']['fn']} fp "
            f"{k['target']['fp']}, reported {k['reported']['tp']}/{k['reported']['tp'] + k['reported']['fn']} fp "
            f"{k['reported']['fp']})  {fmt_fields(rep['field_accuracy'])}")


# gold file, inputs, labelled only, minimum precision, minimum recall, fields that must reach 0.90
runs = [('seeds.jsonl', ['seeds/*.txt'], False, 0.95, 0.95, ('cmp', 'unit', 'year', 'metric')),
        ('seeds.pdf.jsonl', ['pdf/*.pdf'], False, 0.95, 0.95, ()),
        ('seeds.docx.jsonl', ['docx/*.docx'], False, 0.95, 0.95, ()),
        ('seeds.encodings.jsonl', ['encodings/*'], False, 0.95, 0.95, ()),
        ('real.jsonl', ['real/*'], True, 0.90, 0.90, ('cmp', 'year', 'scope'))]
failed = []
outputs = {}
for gold_file, patterns, labelled_only, min_p, min_r, fields in runs:
    if only and only not in gold_file:
        continue
    files = sorted(f for p in patterns for f in glob.glob(os.path.join(corpus, p)) if not f.endswith('.md'))
    rows = extract(files)
    if labelled_only:
        rows = restrict(files, rows)
    outputs[gold_file] = rows
    gold_path = os.path.join(gold_dir, gold_file)
    rep = score(gold_path, rows, labelled_only)
    print(line(gold_file + (' (labelled parts)' if labelled_only else ''), rep))
    if len(files) > 1 and gold_file == 'real.jsonl':
        for d, r in by_doc(gold_path, rows, labelled_only):
            print('  ' + line(d, r))
    if rep['precision'] < min_p or rep['recall'] < min_r:
        failed.append(f'{gold_file}: precision/recall {rep["precision"]:.3f}/{rep["recall"]:.3f} below {min_p}/{min_r}')
    for field in fields:
        acc = rep['field_accuracy'].get(field)
        if acc is not None and acc < 0.9:
            failed.append(f'{gold_file}: {field} accuracy {acc:.2f} below 0.90')

# Negatives: numbers that are not figures. Each one matched by an extracted figure is a false positive.
for neg_file, source in (('seeds.negatives.jsonl', 'seeds.jsonl'), ('real.negatives.jsonl', 'real.jsonl')):
    path = os.path.join(gold_dir, neg_file)
    if source not in outputs or not os.path.isfile(path):
        continue
    negatives = load(path)
    hits = negative_hits(negatives, outputs[source])
    print(f"{neg_file:44s} {len(hits)} of {len(negatives)} negatives extracted")
    for neg, r in hits:
        print(f"  negative extracted: {neg['doc']} {neg['anchor']} -> {r.get('kind')} {r.get('value')}")
    if hits:
        failed.append(f'{neg_file}: {len(hits)} negatives extracted')

links_scorer = os.path.join(shared, 'eval', 'score_links.py')
help_text = subprocess.run([cli, '--help'], capture_output=True, text=True).stdout
if not only and os.path.isfile(links_scorer) and '\n  links ' in help_text:
    files = sorted(glob.glob(os.path.join(corpus, 'seeds/*.txt')))
    out = subprocess.run([cli, 'links', *files, '--format', 'jsonl'], capture_output=True, check=True).stdout
    with tempfile.NamedTemporaryFile('wb', suffix='.jsonl', delete=False) as f:
        f.write(out)
        path = f.name
    rep = json.loads(subprocess.run([sys.executable, links_scorer, os.path.join(gold_dir, 'seeds.links.jsonl'), path,
                                     '--json'], capture_output=True, check=True, text=True).stdout)
    os.remove(path)
    print(f"{'seeds.links.jsonl':44s} P {rep['precision']:.3f} R {rep['recall']:.3f} "
          f"(tp {rep['tp']}, fp {rep['fp']}, fn {rep['fn']})")
    if rep['precision'] < 0.6 or rep['recall'] < 0.8:
        failed.append('links: precision/recall below 0.6/0.8')

for f in failed:
    print('FAILED:', f)
sys.exit(1 if failed else 0)
