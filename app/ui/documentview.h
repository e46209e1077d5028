#pragma once

#include "model/document.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace plens::ui {

// Shows one document's display text (read-only).
class DocumentView : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentView(QWidget *parent = nullptr);

    void setDocument(const Document &doc);
    void clear();
    [[nodiscard]] qint64 documentId() const { return m_id; }
    [[nodiscard]] QString text() const;

private:
    QLabel *m_title;
    QPlainTextEdit *m_text;
    qint64 m_id = 0;
};

} // namespace plens::ui
