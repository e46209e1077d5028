#!/usr/bin/env python3
"""Fails when a C++ source under app/, core/ or tests/ is not formatted by .clang-format.
Usage: check_format.py [--clang-format EXE] [--fix] PROJECT_DIR"""
import argparse, pathlib, subprocess, sys

ap = argparse.ArgumentParser()
ap.add_argument('--clang-format', default='clang-format')
ap.add_argument('--fix', action='store_true')
ap.add_argument('root')
a = ap.parse_args()
root = pathlib.Path(a.root)
files = sorted(str(p) for d in ('app', 'core', 'tests') for p in (root / d).rglob('*')
               if p.suffix in ('.cpp', '.h') and p.is_file())
if not files:
    sys.exit('no sources found under ' + a.root)
cmd = [a.clang_format, '-i'] if a.fix else [a.clang_format, '--dry-run', '-Werror']
bad = 0
for i in range(0, len(files), 50):
    r = subprocess.run(cmd + files[i:i + 50], capture_output=True, text=True)
    if r.returncode:
        bad += 1
        sys.stderr.write(r.stderr[:20000])
if bad and not a.fix:
    print('Unformatted sources: run `cmake --build BUILD --target format`')
    sys.exit(1)
print(f'{len(files)} files formatted' if a.fix else f'{len(files)} files checked: formatted')
