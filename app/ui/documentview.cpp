#include "ui/documentview.h"

#include "render/ofdrenderer.h"
#include "render/pdfrenderer.h"
#include "ui/pageview.h"
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
    : QWidget(parent), m_title(new QLabel(this)), m_meta(new QLabel(this)), m_recognised(new QLabel(this)),
      m_tools(new QToolBar(this)), m_page(new QSpinBox(this)), m_stack(new QStackedWidget(this)),
      m_textView(new TextView(this)), m_pageView(new PageView(this))
{
    m_title->setObjectName(QStringLiteral("documentTitleLabel"));
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_meta->setObjectName(QStringLiteral("documentMetaLabel"));
    m_meta->setWordWrap(true);
    m_recognised->setObjectName(QStringLiteral("recognisedPagesLabel"));
    m_recognised->setWordWrap(true);
    m_recognised->setStyleSheet(QStringLiteral("QLabel { background: #e8f0fb; color: #1d3f72; padding: 3px; }"));
    m_recognised->hide();
    m_textView->setObjectName(QStringLiteral("documentTextEdit"));
    m_textView->setPlaceholderText(tr("Select a document in the library to read it."));

    m_tools->setObjectName(QStringLiteral("documentToolBar"));
    m_tools->setIconSize(QSize(16, 16));
    m_pagesAction = m_tools->addAction(tr("Pages"));
    m_pagesAction->setObjectName(QStringLiteral("actionShowPages"));
    m_pagesAction->setCheckable(true);
    m_pagesAction->setToolTip(tr("Show the pages instead of the text"));
    connect(m_pagesAction, &QAction::toggled, this, [this](bool on) { setMode(on ? Mode::Pages : Mode::Text); });
    m_tools->addSeparator();
    m_zoomOutAction = m_tools->addAction(tr("Zoom out"), m_pageView, &PageView::zoomOut);
    m_zoomOutAction->setObjectName(QStringLiteral("actionZoomOut"));
    m_zoomInAction = m_tools->addAction(tr("Zoom in"), m_pageView, &PageView::zoomIn);
    m_zoomInAction->setObjectName(QStringLiteral("actionZoomIn"));
    m_fitAction = m_tools->addAction(tr("Fit width"), this, [this] { m_pageView->setFitWidth(true); });
    m_fitAction->setObjectName(QStringLiteral("actionFitWidth"));
    m_page->setObjectName(QStringLiteral("pageSpinBox"));
    m_page->setPrefix(tr("Page "));
    m_page->setSpecialValueText(QStringLiteral(" ")); // no pages: nothing to number
    m_page->setKeyboardTracking(false);
    m_tools->addWidget(m_page);
    connect(m_page, &QSpinBox::valueChanged, this, [this](int page) {
        if (page - 1 != m_pageView->currentPage())
            m_pageView->goToPage(page - 1);
    });
    connect(m_pageView, &PageView::currentPageChanged, this, [this](int page) {
        const QSignalBlocker block(m_page);
        m_page->setValue(page + 1);
    });

    m_stack->addWidget(m_textView);
    m_stack->addWidget(m_pageView);

    connect(m_textView, &TextView::highlightClicked, this, &DocumentView::highlightClicked);
    connect(m_pageView, &PageView::highlightClicked, this, &DocumentView::highlightClicked);
    connect(m_textView, &TextView::highlightMenuRequested, this, &DocumentView::highlightMenuRequested);
    connect(m_pageView, &PageView::highlightMenuRequested, this, &DocumentView::highlightMenuRequested);
    connect(m_textView, &QTextEdit::selectionChanged, this, &DocumentView::selectionChanged);
    connect(m_pageView, &PageView::selectionChanged, this, &DocumentView::selectionChanged);
    connect(m_textView->verticalScrollBar(), &QScrollBar::valueChanged, this, &DocumentView::viewScrolled);
    connect(m_pageView->verticalScrollBar(), &QScrollBar::valueChanged, this, &DocumentView::viewScrolled);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_recognised);
    layout->addWidget(m_tools);
    layout->addWidget(m_stack, 1);
    updatePageControls();
}

DocumentView::~DocumentView() = default;

QString DocumentView::recognisedPagesNote(QList<int> pages)
{
    if (pages.isEmpty())
        return {};
    std::sort(pages.begin(), pages.end());
    // 1-based page numbers, runs written as ranges: "2, 4–6".
    QStringList parts;
    for (qsizetype i = 0; i < pages.size();) {
        qsizetype j = i;
        while (j + 1 < pages.size() && pages.at(j + 1) == pages.at(j) + 1)
            ++j;
        parts << (j == i ? QString::number(pages.at(i) + 1)
                         : QStringLiteral("%1–%2").arg(pages.at(i) + 1).arg(pages.at(j) + 1));
        i = j + 1;
    }
    return tr("Text on page(s) %1 was recognised from images (OCR) and may contain errors: compare it with the page.",
              nullptr, int(pages.size()))
        .arg(parts.join(QStringLiteral(", ")));
}

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
    m_meta->setToolTip(QString());
    m_meta->setVisible(!meta.isEmpty());
    m_textView->setDisplayText(doc.displayText, doc.tables);
    m_recognised->setText(recognisedPagesNote(doc.recognisedPages));
    m_recognised->setVisible(!doc.recognisedPages.isEmpty());

    bool ok = true;
    m_pageView->clear();
    if (doc.format == SourceFormat::Pdf && !doc.originalBytes.isEmpty()) {
        auto renderer = PdfRenderer::open(doc.fileName, doc.originalBytes);
        if (renderer.ok()) {
            m_pageView->setDocument(std::move(renderer).value(), doc.charBoxes);
            m_pageView->setRecognisedPages(doc.recognisedPages);
        } else
            ok = false;
    } else if (doc.format == SourceFormat::Ofd && !doc.originalBytes.isEmpty()) {
        auto renderer = OfdRenderer::open(doc.fileName, doc.originalBytes);
        if (renderer.ok()) {
            // An electronic seal or signature is part of what the document is: say that it has one.
            const QList<ofd::Signature> &signatures = renderer.value()->package().signatures;
            if (!signatures.isEmpty()) {
                QStringList who;
                for (const ofd::Signature &sig : signatures) {
                    // SignatureDateTime is written yyyyMMddHHmmss[Z]; the day is what a reader wants.
                    const QDate day = QDate::fromString(sig.dateTime.left(8), QStringLiteral("yyyyMMdd"));
                    who << QStringLiteral("%1 %2")
                               .arg(sig.provider,
                                    day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : sig.dateTime)
                               .trimmed();
                }
                meta << tr("%n electronic seal(s) or signature(s)", nullptr, int(signatures.size()));
                m_meta->setText(meta.join(QStringLiteral(" · ")));
                m_meta->setToolTip(tr("Seals and signatures are shown as they are; PolicyLens does not verify "
                                      "them.\n%1")
                                       .arg(who.join(u'\n')));
                m_meta->setVisible(true);
            }
            m_pageView->setDocument(std::move(renderer).value(), doc.charBoxes);
        } else {
            ok = false;
        }
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
    m_recognised->clear();
    m_recognised->hide();
    m_textView->setDisplayText(QString());
    m_pageView->clear();
    setMode(Mode::Text);
    updatePageControls();
}

bool DocumentView::hasPages() const
{
    return m_pageView->pageCount() > 0;
}

void DocumentView::setMode(Mode mode)
{
    if (mode == Mode::Pages && !hasPages())
        mode = Mode::Text;
    // Keep the reader's place: carry the selection or the top of the view across.
    const qsizetype start = selectionStart();
    const qsizetype end = selectionEnd();
    m_mode = mode;
    m_stack->setCurrentWidget(mode == Mode::Pages ? static_cast<QWidget *>(m_pageView) : m_textView);
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
    m_page->setRange(pages ? 1 : 0, std::max(1, m_pageView->pageCount()));
    m_page->setSuffix(pages ? tr(" of %1").arg(m_pageView->pageCount()) : QString());
    m_page->setValue(m_pageView->currentPage() + 1);
}

void DocumentView::setHighlights(const QList<Highlight> &highlights)
{
    m_highlights = highlights;
    m_textView->setHighlights(highlights);
    m_pageView->setHighlights(highlights);
}

void DocumentView::scrollToRange(qsizetype start, qsizetype end)
{
    if (m_mode == Mode::Pages)
        m_pageView->scrollToRange(start, end);
    else
        m_textView->scrollToRange(start, end);
}

void DocumentView::selectRange(qsizetype start, qsizetype end)
{
    m_textView->setSelection(start, end);
    m_pageView->setSelection(start, end);
    scrollToRange(start, end);
}

qsizetype DocumentView::selectionStart() const
{
    return m_mode == Mode::Pages ? m_pageView->selectionStart() : m_textView->selectionStart();
}

qsizetype DocumentView::selectionEnd() const
{
    return m_mode == Mode::Pages ? m_pageView->selectionEnd() : m_textView->selectionEnd();
}

QString DocumentView::selectedText() const
{
    return m_text.mid(selectionStart(), selectionEnd() - selectionStart());
}

QRect DocumentView::rangeRect(qsizetype start, qsizetype end) const
{
    QRect r;
    if (m_mode == Mode::Pages) {
        const QList<QRectF> rects = m_pageView->rangeRects(start, end);
        if (!rects.isEmpty())
            r = rects.first().toAlignedRect().translated(m_pageView->viewport()->mapTo(this, QPoint(0, 0)));
    } else {
        r = m_textView->rangeRect(start, end).translated(m_textView->viewport()->mapTo(this, QPoint(0, 0)));
    }
    // Only what is inside the visible part of the view counts.
    const QWidget *vp = m_mode == Mode::Pages ? m_pageView->viewport() : m_textView->viewport();
    const QRect visible(vp->mapTo(this, QPoint(0, 0)), vp->size());
    // Clipped to it, so a connector starts at the pane's edge, never inside the pane beside it (a
    // zoomed page runs past the edge).
    return r.intersected(visible);
}

} // namespace plens::ui
