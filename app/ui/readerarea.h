#pragma once

#include <QColor>
#include <QList>
#include <QPointer>
#include <QWidget>

class QSplitter;

namespace plens::ui {

class ConnectorOverlay;
class DocumentView;

// Two or more documents side by side (panes in a splitter), with connectors drawn between linked
// passages the way diff tools join changed lines, and optional synchronised scrolling.
class ReaderArea : public QWidget
{
    Q_OBJECT
public:
    struct Connector
    {
        QPointer<DocumentView> from;
        qsizetype fromStart = 0;
        qsizetype fromEnd = 0;
        QPointer<DocumentView> to;
        qsizetype toStart = 0;
        qsizetype toEnd = 0;
        QColor color;
    };

    explicit ReaderArea(QWidget *parent = nullptr);

    DocumentView *addPane();
    void removePane(DocumentView *pane);
    [[nodiscard]] int paneCount() const;
    [[nodiscard]] DocumentView *pane(int index) const;
    [[nodiscard]] QList<DocumentView *> panes() const;
    // The pane the user last worked in.
    [[nodiscard]] DocumentView *activePane() const { return m_active; }
    void setActivePane(DocumentView *pane);
    // The pane showing document `id`, or nullptr.
    [[nodiscard]] DocumentView *paneFor(qint64 documentId) const;

    void setConnectors(QList<Connector> connectors);
    [[nodiscard]] const QList<Connector> &connectors() const { return m_connectors; }
    // The connector lines as drawn now, in this widget's coordinates (both ends visible).
    [[nodiscard]] QList<QLineF> connectorLines() const;

    // The panes' widths, to restore on the next start.
    [[nodiscard]] QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    void setSyncScroll(bool on);
    [[nodiscard]] bool syncScroll() const { return m_sync; }

signals:
    void activePaneChanged(DocumentView *pane);
    void paneAdded(DocumentView *pane);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void followScroll(DocumentView *source);

    QSplitter *m_splitter;
    ConnectorOverlay *m_overlay;
    QList<Connector> m_connectors;
    QPointer<DocumentView> m_active;
    bool m_sync = false;
    bool m_syncing = false;
};

} // namespace plens::ui
