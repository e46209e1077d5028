#pragma once

#include "model/table.h"
#include "ui/highlight.h"
#include "ui/texttables.h"

#include <QList>
#include <QTextEdit>

namespace plens::ui {

// A document's display text, read-only, with highlights drawn over offset ranges and its tables drawn
// as grids (TextTables). Hovering a highlight shows its record; clicking one reports it. Offsets are
// QString (UTF-16) offsets into the display text, the same as QTextDocument positions: formatting the
// tables changes no character.
class TextView : public QTextEdit
{
    Q_OBJECT
public:
    explicit TextView(QWidget *parent = nullptr);

    void setDisplayText(const QString &text, const QList<Table> &tables = {});
    [[nodiscard]] const TextTables &tables() const { return m_tables; }
    void setHighlights(QList<Highlight> highlights);
    [[nodiscard]] const QList<Highlight> &highlights() const { return m_highlights; }

    // The highlight under display-text offset `pos`, or nullptr (the innermost, i.e. shortest, one).
    [[nodiscard]] const Highlight *highlightAt(qsizetype pos) const;

    [[nodiscard]] qsizetype selectionStart() const;
    [[nodiscard]] qsizetype selectionEnd() const;
    void setSelection(qsizetype start, qsizetype end);
    // Scrolls so the range sits in the upper third of the view.
    void scrollToRange(qsizetype start, qsizetype end);
    // The first line's rectangle of a range, in viewport coordinates (for connectors between panes).
    [[nodiscard]] QRect rangeRect(qsizetype start, qsizetype end) const;
    // Every visual line of a range, in viewport coordinates.
    [[nodiscard]] QList<QRect> rangeRects(qsizetype start, qsizetype end) const;

signals:
    void highlightClicked(qint64 id);
    // A right click on a highlight (its id) at `globalPos`.
    void highlightMenuRequested(qint64 id, const QPoint &globalPos);

protected:
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyHighlights();

    QList<Highlight> m_highlights; // sorted by start
    QList<Table> m_tableData;
    TextTables m_tables;
};

} // namespace plens::ui
