#include "ui/documentview.h"

#include "render/pdfrenderer.h"
#include "ui/pdfview.h"
#include "ui/textview.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace plens::ui {

DocumentView::DocumentView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_meta(new QLabel(this)), m_tools(new QToolBar(this)),
      m_page(new QSpinBox(this)), m_stack(new QStackedWidget(this)), m_textView(new TextView(this)),
      m_pdfView(new PdfView(this))
{
    m_title->setObjectName(QStringLiteral("documentTitleLabel"));
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_meta->setObjectName(QStringLiteral("documentMetaLabel"));
    m_meta->setWordWrap(true);
    m_textView->setObjectName(QStringLiteral("documentTextEdit"));
    m_textView->setPlaceholderText(tr("Select a document in the library to read it."));

    m_tools->setObjectName(QStringLiteral("documentToolBar"));
    m_tools->setIconSize(QSize(16, 16));
    m_pagesAction = m_tools->addAction(tr("Pages"));
    m_pagesAction->setObjectName(QStringLiteral("actionShowPages"));
    m_pagesAction->setCheckable(true);
    m_pagesAction->setToolTip(tr("Show the PDF's pages instead of its text"));
    connect(m_pagesAction, &QAction::toggled, this, [this](bool on) { setMode(on ? Mode::Pages : Mode::Text); });
    m_tools->addSeparator();
    m_zoomOutAction = m_tools->addAction(tr("Zoom out"), m_pdfView, &PdfView::zoomOut);
    m_zoomOutAction->setObjectName(QStringLiteral("actionZoomOut"));
    m_zoomInAction = m_tools->addAction(tr("Zoom in"), m_pdfView, &PdfView::zoomIn);
    m_zoomInAction->setObjectName(QStringLiteral("actionZoomIn"));
    m_fitAction = m_tools->addAction(tr("Fit width"), this, [this] { m_pdfView->setFitWidth(true); });
    m_fitAction->setObjectName(QStringLiteral("actionFitWidth"));
    m_page->setObjectName(QStringLiteral("pageSpinBox"));
    m_page->setPrefix(tr("Page "));
    m_page->setSpecialValueText(QStringLiteral(" ")); // no pages: nothing to number
    m_page->setKeyboardTracking(false);
    m_tools->addWidget(m_page);
    connect(m_page, &QSpinBox::valueChanged, this, [this](int page) {
        if (page - 1 != m_pdfView->currentPage())
            m_pdfView->goToPage(page - 1);
    });
    connect(m_pdfView, &PdfView::currentPageChanged, this, [this](int page) {
        const QSignalBlocker block(m_page);
        m_page->setValue(page + 1);
    });

    m_stack->addWidget(m_textView);
    m_stack->addWidget(m_pdfView);

    connect(m_textView, &TextView::highlightClicked, this, &DocumentView::highlightClicked);
    connect(m_pdfView, &PdfView::highlightClicked, this, &DocumentView::highlightClicked);
    connect(m_textView, &QTextEdit::selectionChanged, this, &DocumentView::selectionChanged);
    connect(m_pdfView, &PdfView::selectionChanged, this, &DocumentView::selectionChanged);
    connect(m_textView->verticalScrollBar(), &QScrollBar::valueChanged, this, &DocumentView::viewScrolled);
    connect(m_pdfView->verticalScrollBar(), &QScrollBar::valueChanged, this, &DocumentView::viewScrolled);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_tools);
    layout->addWidget(m_stack, 1);
    updatePageControls();
}

DocumentView::~DocumentView() = default;

bool DocumentView::setDocument(const Document &doc)
{
    m_id = doc.id;
    m_text = doc.displayText;
    m_highlights.clear();
    m_title->setText(doc.meta.title.isEmpty() ? doc.fileName : doc.meta.title);
    QStringList meta;
    for (const QString &part :
         {doc.meta.issuer, doc.meta.docNumber,
          doc.meta.date.isValid() ? QLocale().toString(doc.meta.date, QLocale::ShortFormat) : QString(),
          doc.meta.region, doc.meta.docType}) {
        if (!part.isEmpty())
            meta << part;
    }
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_meta->setVisible(!meta.isEmpty());
    m_textView->setDisplayText(doc.displayText, doc.tables);

    bool ok = true;
    m_pdfView->clear();
    if (doc.format == SourceFormat::Pdf && !doc.originalBytes.isEmpty()) {
        auto renderer = PdfRenderer::open(doc.fileName, doc.originalBytes);
        if (renderer.ok())
            m_pdfView->setDocument(std::move(renderer).value(), doc.charBoxes);
        else
            ok = false;
    }
    setMode(hasPages() ? Mode::Pages : Mode::Text);
    updatePageControls();
    return ok;
}

void DocumentView::clear()
{
    m_id = 0;
    m_text.clear();
    m_highlights.clear();
    m_title->clear();
    m_meta->clear();
    m_textView->setDisplayText(QString());
    m_pdfView->clear();
    setMode(Mode::Text);
    updatePageControls();
}

bool DocumentView::hasPages() const
{
    return m_pdfView->pageCount() > 0;
}

void DocumentView::setMode(Mode mode)
{
    if (mode == Mode::Pages && !hasPages())
        mode = Mode::Text;
    // Keep the reader's place: carry the selection or the top of the view across.
    const qsizetype start = selectionStart();
    const qsizetype end = selectionEnd();
    m_mode = mode;
    m_stack->setCurrentWidget(mode == Mode::Pages ? static_cast<QWidget *>(m_pdfView) : m_textView);
    {
        const QSignalBlocker block(m_pagesAction);
        m_pagesAction->setChecked(mode == Mode::Pages);
    }
    if (start < end)
        selectRange(start, end);
    updatePageControls();
}

void DocumentView::updatePageControls()
{
    const bool pages = hasPages();
    m_pagesAction->setEnabled(pages);
    const bool onPages = pages && m_mode == Mode::Pages;
    m_zoomInAction->setEnabled(onPages);
    m_zoomOutAction->setEnabled(onPages);
    m_fitAction->setEnabled(onPages);
    m_page->setEnabled(onPages);
    const QSignalBlocker block(m_page);
    m_page->setRange(pages ? 1 : 0, std::max(1, m_pdfView->pageCount()));
    m_page->setSuffix(pages ? tr(" of %1").arg(m_pdfView->pageCount()) : QString());
    m_page->setValue(m_pdfView->currentPage() + 1);
}

void DocumentView::setHighlights(const QList<Highlight> &highlights)
{
    m_highlights = highlights;
    m_textView->setHighlights(highlights);
    m_pdfView->setHighlights(highlights);
}

void DocumentView::scrollToRange(qsizetype start, qsizetype end)
{
    if (m_mode == Mode::Pages)
        m_pdfView->scrollToRange(start, end);
    else
        m_textView->scrollToRange(start, end);
}

void DocumentView::selectRange(qsizetype start, qsizetype end)
{
    m_textView->setSelection(start, end);
    m_pdfView->setSelection(start, end);
    scrollToRange(start, end);
}

qsizetype DocumentView::selectionStart() const
{
    return m_mode == Mode::Pages ? m_pdfView->selectionStart() : m_textView->selectionStart();
}

qsizetype DocumentView::selectionEnd() const
{
    return m_mode == Mode::Pages ? m_pdfView->selectionEnd() : m_textView->selectionEnd();
}

QString DocumentView::selectedText() const
{
    return m_text.mid(selectionStart(), selectionEnd() - selectionStart());
}

QRect DocumentView::rangeRect(qsizetype start, qsizetype end) const
{
    QRect r;
    if (m_mode == Mode::Pages) {
        const QList<QRectF> rects = m_pdfView->rangeRects(start, end);
        if (!rects.isEmpty())
            r = rects.first().toAlignedRect().translated(m_pdfView->viewport()->mapTo(this, QPoint(0, 0)));
    } else {
        r = m_textView->rangeRect(start, end).translated(m_textView->viewport()->mapTo(this, QPoint(0, 0)));
    }
    // Only what is inside the visible part of the view counts.
    const QWidget *vp = m_mode == Mode::Pages ? m_pdfView->viewport() : m_textView->viewport();
    const QRect visible(vp->mapTo(this, QPoint(0, 0)), vp->size());
    return r.intersects(visible) ? r : QRect();
}

} // namespace plens::ui
