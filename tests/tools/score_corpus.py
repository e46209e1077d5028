#!/usr/bin/env python3
"""Runs policylens-cli extract (and links, when it exists) over ../shared/corpus and scores the output
with ../shared/eval's scorers, printing the figures and failing below the issue's thresholds.
Exits 77 (skipped) when the shared folder is absent.
Usage: score_corpus.py CLI SHARED_DIR"""
import glob, json, os, subprocess, sys

cli, shared = sys.argv[1], sys.argv[2]
corpus, gold = os.path.join(shared, 'corpus'), os.path.join(shared, 'eval', 'gold')
scorer = os.path.join(shared, 'eval', 'score_extraction.py')
if not os.path.isfile(scorer):
    print(f'skipped: {scorer} is absent')
    sys.exit(77)

# gold file, inputs, minimum precision, minimum recall
runs = [('seeds.jsonl', 'seeds/*.txt', 0.95, 0.95),
        ('seeds.pdf.jsonl', 'pdf/*.pdf', 0.90, 0.90),
        ('seeds.docx.jsonl', 'docx/*.docx', 0.90, 0.90),
        ('seeds.encodings.jsonl', 'encodings/*', 0.90, 0.90)]
failed = []
for gold_file, pattern, min_p, min_r in runs:
    files = sorted(glob.glob(os.path.join(corpus, pattern)))
    out = subprocess.run([cli, 'extract', *files, '--format', 'jsonl'], capture_output=True, check=True).stdout
    path = os.path.join(os.environ.get('TMPDIR', '/tmp'), f'plens-{os.getpid()}-{gold_file}')
    with open(path, 'wb') as f:
        f.write(out)
    rep = json.loads(subprocess.run([sys.executable, scorer, os.path.join(gold, gold_file), path, '--json'],
                                    capture_output=True, check=True, text=True).stdout)
    os.remove(path)
    acc = rep['field_accuracy']
    print(f"{gold_file:24s} precision {rep['precision']:.3f} recall {rep['recall']:.3f} "
          f"(tp {rep['tp']}, fp {rep['fp']}, fn {rep['fn']})  fields: " +
          ', '.join(f"{k} {v:.2f}" for k, v in acc.items() if v is not None))
    if rep['precision'] < min_p or rep['recall'] < min_r:
        failed.append(f'{gold_file}: precision/recall below {min_p}/{min_r}')
    if gold_file == 'seeds.jsonl':
        for field in ('cmp', 'unit', 'year', 'metric'):
            if acc.get(field) is not None and acc[field] < 0.9:
                failed.append(f'{gold_file}: {field} accuracy {acc[field]:.2f} below 0.9')

links_scorer = os.path.join(shared, 'eval', 'score_links.py')
help_text = subprocess.run([cli, '--help'], capture_output=True, text=True).stdout
if os.path.isfile(links_scorer) and '\n  links ' in help_text:
    files = sorted(glob.glob(os.path.join(corpus, 'seeds/*.txt')))
    out = subprocess.run([cli, 'links', *files, '--format', 'jsonl'], capture_output=True, check=True).stdout
    path = os.path.join(os.environ.get('TMPDIR', '/tmp'), f'plens-{os.getpid()}-links.jsonl')
    with open(path, 'wb') as f:
        f.write(out)
    rep = json.loads(subprocess.run([sys.executable, links_scorer, os.path.join(gold, 'seeds.links.jsonl'), path, '--json'],
                                    capture_output=True, check=True, text=True).stdout)
    os.remove(path)
    print(f"{'seeds.links.jsonl':24s} precision {rep['precision']:.3f} recall {rep['recall']:.3f} "
          f"(tp {rep['tp']}, fp {rep['fp']}, fn {rep['fn']})")
    if rep['precision'] < 0.6 or rep['recall'] < 0.8:
        failed.append('links: precision/recall below 0.6/0.8')

for line in failed:
    print('FAILED:', line)
sys.exit(1 if failed else 0)
