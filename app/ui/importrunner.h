#pragma once

#include "model/document.h"
#include "model/figure.h"
#include "model/result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace plens::ui {

// What importing one file produced: the document and its figures, or an error naming the file.
struct ImportOutcome
{
    QString path;
    std::optional<Document> document;
    QList<Figure> figures;
    std::optional<Error> error;
};

// Imports many files off the GUI thread (the global thread pool), reporting each file as it finishes,
// with progress and cancel. The work per file (read, import, extract) is given by the caller, so the
// runner is the same for drag and drop, File > Import and tests.
class ImportRunner : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<ImportOutcome(const QString &path)>;

    explicit ImportRunner(QObject *parent = nullptr);
    ~ImportRunner() override;

    // Starts importing `paths`; false if a run is already going.
    bool start(const QStringList &paths, Work work);
    void
    cancel(); // files already started finish (or stop, when their work polls cancelRequested()); the others are skipped
    [[nodiscard]] bool isRunning() const;
    // True from cancel() until the next start(); safe to call from the workers.
    [[nodiscard]] bool cancelRequested() const { return m_cancel.load(); }
    [[nodiscard]] int total() const { return m_total; }
    [[nodiscard]] int done() const { return m_done; }

signals:
    void progress(int done, int total);
    void fileDone(const plens::ui::ImportOutcome &outcome);
    void finished(bool cancelled);

private:
    QFutureWatcher<ImportOutcome> m_watcher;
    int m_total = 0;
    int m_done = 0;
    std::atomic<bool> m_cancel {false};
};

} // namespace plens::ui

Q_DECLARE_METATYPE(plens::ui::ImportOutcome)
