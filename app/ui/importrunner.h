#pragma once

#include "import/importer.h"
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
    // Files not started are skipped; a file being imported stops where its import asks progressFor()
    // (text recognition does, page by page) and ends with importCancelledMessage().
    void cancel();
    [[nodiscard]] bool isCancelled() const { return m_cancelled->load(); }
    // For the work function: an ImportOptions::progress that reports the file's progress
    // (fileProgress, delivered on this object's thread) and stops the import once cancel() was called.
    [[nodiscard]] std::function<bool(const ImportProgress &)> progressFor(const QString &path);
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] int total() const { return m_total; }
    [[nodiscard]] int done() const { return m_done; }

signals:
    void progress(int done, int total);
    void fileProgress(const QString &path, const plens::ImportProgress &progress);
    void fileDone(const plens::ui::ImportOutcome &outcome);
    void finished(bool cancelled);

private:
    QFutureWatcher<ImportOutcome> m_watcher;
    int m_total = 0;
    int m_done = 0;
    // Shared with the work functions' progress callbacks, which may outlive a run by a moment.
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
};

} // namespace plens::ui

Q_DECLARE_METATYPE(plens::ui::ImportOutcome)
