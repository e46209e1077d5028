#!/usr/bin/env python3
"""Checks the layering rules of ../shared/DESIGN.md on the includes of every source file:
  - core/ includes no Qt Widgets, Charts or PrintSupport header;
  - Poppler is included only by PDF code (a core/ file whose path names pdf or render);
  - Qt SQL is included only in core/store/;
  - Qt Charts is included only in app/charts/.
Usage: check_layers.py PROJECT_DIR"""
import pathlib, re, sys

root = pathlib.Path(sys.argv[1])
include = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.M)
# Headers of QtWidgets/QtPrintSupport that core must not use (the ones a core file could plausibly
# reach for); module-qualified includes are caught by prefix.
widget_headers = {'QWidget', 'QApplication', 'QMainWindow', 'QDialog', 'QMessageBox', 'QFileDialog',
                  'QLabel', 'QPushButton', 'QTableView', 'QTreeView', 'QListView', 'QGraphicsView',
                  'QGraphicsScene', 'QStyle', 'QStyleOption', 'QPrinter', 'QPrintDialog',
                  'QPrintPreviewDialog', 'QUndoView', 'QAbstractItemView', 'QScrollArea', 'QSplitter',
                  'QLineEdit', 'QComboBox', 'QMenu', 'QToolBar', 'QDockWidget', 'QProgressDialog'}
problems = []
for p in sorted(root.glob('**/*')):
    rel = p.relative_to(root).as_posix()
    if p.suffix not in ('.cpp', '.h') or not rel.startswith(('core/', 'app/')):
        continue
    for inc in include.findall(p.read_text(encoding='utf-8')):
        base = inc.split('/')[-1]
        module = inc.split('/')[0] if '/' in inc else ''
        if rel.startswith('core/') and (module in ('QtWidgets', 'QtCharts', 'QtPrintSupport')
                                        or base in widget_headers):
            problems.append(f'{rel}: core/ includes the widget header {inc}')
        if 'poppler' in inc.lower() and not (rel.startswith('core/') and re.search(r'pdf|render', rel, re.I)):
            problems.append(f'{rel}: Poppler is included outside the PDF code')
        if (module == 'QtSql' or base.startswith('QSql')) and not rel.startswith('core/store/'):
            problems.append(f'{rel}: SQL outside core/store ({inc})')
        if (module == 'QtCharts' or base.startswith('QChart') or base in ('QLineSeries', 'QBarSeries',
                'QValueAxis', 'QBarSet', 'QScatterSeries', 'QBarCategoryAxis')) and not rel.startswith('app/charts/'):
            problems.append(f'{rel}: Qt Charts outside app/charts ({inc})')
# QLatin1String("…") with non-Latin-1 text compares UTF-8 bytes as Latin-1 and never matches.
latin1 = re.compile(r'QLatin1String(?:View)?\("([^"]*)"\)')
for p in sorted(root.glob('**/*')):
    rel = p.relative_to(root).as_posix()
    if p.suffix not in ('.cpp', '.h') or not rel.startswith(('core/', 'app/', 'tests/')):
        continue
    for m in latin1.finditer(p.read_text(encoding='utf-8')):
        if any(ord(c) > 127 for c in m.group(1)):
            problems.append(f'{rel}: {m.group(0)} holds non-ASCII text (use QStringLiteral or u"")')
for line in problems:
    print(line)
print(f'layering: {len(problems)} problem(s)')
sys.exit(1 if problems else 0)
