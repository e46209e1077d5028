#pragma once

#include "analysis/revisions.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace plens::ui {

// Plan revisions: two versions of one plan (a pair the workspace's titles and texts suggest, or any two
// documents the user chooses), every changed, added and dropped target listed, and the two texts side by
// side, both scrolled to the selected change with its passages marked.
class RevisionsView : public QDialog
{
    Q_OBJECT
public:
    using InputsSource = std::function<IndicatorInputs()>;
    using DocumentsSource = std::function<QList<analysis::VersionDocument>()>;
    RevisionsView(InputsSource inputs, DocumentsSource documents, QWidget *parent = nullptr);

    // Reads the workspace again, keeping the chosen pair (not when another workspace was opened).
    void refresh(bool keepChoice = true);
    // Compares the documents with these ids (the older first); false when one is not in the workspace.
    bool compare(qint64 olderId, qint64 newerId);
    void showChange(int row);

    [[nodiscard]] QTreeWidget *changes() const { return m_changes; }
    [[nodiscard]] QComboBox *pairBox() const { return m_pairs; }
    [[nodiscard]] QPlainTextEdit *olderText() const { return m_oldText; }
    [[nodiscard]] QPlainTextEdit *newerText() const { return m_newText; }
    [[nodiscard]] const analysis::RevisionDiff &diff() const { return m_diff; }

signals:
    void targetActivated(qint64 commitmentId);

private:
    void compareChosen();
    const analysis::VersionDocument *document(qint64 id) const;

    InputsSource m_inputs;
    DocumentsSource m_documentsSource;
    QList<analysis::VersionDocument> m_documents;
    QList<analysis::VersionPair> m_detected;
    QComboBox *m_pairs;
    QComboBox *m_old;
    QComboBox *m_new;
    QLabel *m_summary;
    QTreeWidget *m_changes;
    QLabel *m_oldTitle;
    QLabel *m_newTitle;
    QPlainTextEdit *m_oldText;
    QPlainTextEdit *m_newText;
    analysis::RevisionDiff m_diff;
};

} // namespace plens::ui
