#include "ui/readerarea.h"

#include "ui/documentview.h"
#include "ui/pageview.h"
#include "ui/textview.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QSplitter>

namespace plens::ui {

// Draws the connectors over the panes; lets every mouse event through to them.
class ConnectorOverlay : public QWidget
{
public:
    explicit ConnectorOverlay(ReaderArea *area) : QWidget(area), m_area(area)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QList<QLineF> lines = m_area->connectorLines();
        const QList<ReaderArea::Connector> &connectors = m_area->connectors();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QLineF &l = lines.at(i);
            const QColor c = i < connectors.size() && connectors.at(i).color.isValid() ? connectors.at(i).color
                                                                                       : QColor(200, 80, 0);
            QPainterPath path(l.p1());
            const double dx = (l.p2().x() - l.p1().x()) / 2;
            path.cubicTo(l.p1() + QPointF(dx, 0), l.p2() - QPointF(dx, 0), l.p2());
            p.setPen(QPen(c, 2));
            p.drawPath(path);
            p.setBrush(c);
            p.drawEllipse(l.p1(), 3, 3);
            p.drawEllipse(l.p2(), 3, 3);
        }
    }

private:
    ReaderArea *m_area;
};

ReaderArea::ReaderArea(QWidget *parent)
    : QWidget(parent), m_splitter(new QSplitter(Qt::Horizontal, this)), m_overlay(new ConnectorOverlay(this))
{
    setObjectName(QStringLiteral("readerArea"));
    m_splitter->setObjectName(QStringLiteral("readerSplitter"));
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    connect(m_splitter, &QSplitter::splitterMoved, m_overlay, qOverload<>(&QWidget::update));
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (QWidget *w = now; w; w = w->parentWidget()) {
            if (auto *pane = qobject_cast<DocumentView *>(w); pane && m_splitter->indexOf(pane) >= 0) {
                setActivePane(pane);
                return;
            }
        }
    });
    m_overlay->raise();
}

DocumentView *ReaderArea::addPane()
{
    auto *pane = new DocumentView(m_splitter);
    pane->setObjectName(QStringLiteral("documentPane%1").arg(m_splitter->count()));
    m_splitter->addWidget(pane);
    connect(pane, &DocumentView::viewScrolled, this, [this, pane] {
        followScroll(pane);
        m_overlay->update();
    });
    connect(pane, &DocumentView::selectionChanged, this, [this, pane] { setActivePane(pane); });
    connect(pane, &DocumentView::highlightClicked, this, [this, pane] { setActivePane(pane); });
    // Equal widths for all panes.
    QList<int> sizes(m_splitter->count(), std::max(1, m_splitter->width() / std::max(1, m_splitter->count())));
    m_splitter->setSizes(sizes);
    m_overlay->raise();
    if (!m_active)
        setActivePane(pane);
    emit paneAdded(pane);
    return pane;
}

void ReaderArea::removePane(DocumentView *pane)
{
    if (m_splitter->indexOf(pane) < 0 || m_splitter->count() <= 1)
        return;
    if (m_active == pane)
        setActivePane(this->pane(m_splitter->indexOf(pane) == 0 ? 1 : 0));
    pane->deleteLater();
    pane->hide();
    m_overlay->update();
}

int ReaderArea::paneCount() const
{
    return int(panes().size());
}

DocumentView *ReaderArea::pane(int index) const
{
    return panes().value(index);
}

QList<DocumentView *> ReaderArea::panes() const
{
    QList<DocumentView *> list;
    for (int i = 0; i < m_splitter->count(); ++i) {
        if (auto *p = qobject_cast<DocumentView *>(m_splitter->widget(i)); p && !p->isHidden())
            list.append(p);
    }
    return list;
}

void ReaderArea::setActivePane(DocumentView *pane)
{
    if (m_active == pane)
        return;
    m_active = pane;
    emit activePaneChanged(pane);
}

DocumentView *ReaderArea::paneFor(qint64 documentId) const
{
    for (DocumentView *p : panes()) {
        if (p->documentId() == documentId)
            return p;
    }
    return nullptr;
}

void ReaderArea::setConnectors(QList<Connector> connectors)
{
    m_connectors = std::move(connectors);
    m_overlay->update();
}

QList<QLineF> ReaderArea::connectorLines() const
{
    QList<QLineF> lines;
    for (const Connector &c : m_connectors) {
        if (!c.from || !c.to || c.from == c.to)
            continue;
        QRect a = c.from->rangeRect(c.fromStart, c.fromEnd);
        QRect b = c.to->rangeRect(c.toStart, c.toEnd);
        if (!a.isValid() || !b.isValid())
            continue;
        a.translate(c.from->mapTo(this, QPoint(0, 0)));
        b.translate(c.to->mapTo(this, QPoint(0, 0)));
        // From the side of one passage that faces the other pane.
        if (a.center().x() <= b.center().x())
            lines.append(QLineF(QPointF(a.right(), a.center().y()), QPointF(b.left(), b.center().y())));
        else
            lines.append(QLineF(QPointF(a.left(), a.center().y()), QPointF(b.right(), b.center().y())));
    }
    return lines;
}

void ReaderArea::setSyncScroll(bool on)
{
    m_sync = on;
}

void ReaderArea::followScroll(DocumentView *source)
{
    if (!m_sync || m_syncing)
        return;
    const auto bar = [](DocumentView *p) {
        return p->mode() == DocumentView::Mode::Pages ? p->pageView()->verticalScrollBar()
                                                      : p->textView()->verticalScrollBar();
    };
    const QScrollBar *from = bar(source);
    const double fraction = from->maximum() > 0 ? double(from->value()) / from->maximum() : 0.0;
    m_syncing = true;
    for (DocumentView *p : panes()) {
        if (p != source) {
            QScrollBar *to = bar(p);
            to->setValue(int(fraction * to->maximum()));
        }
    }
    m_syncing = false;
}

void ReaderArea::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_overlay->setGeometry(rect());
    m_overlay->raise();
}

} // namespace plens::ui
