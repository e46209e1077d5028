#include "ui/documentview.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace plens::ui {

DocumentView::DocumentView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_text(new QPlainTextEdit(this))
{
    m_title->setObjectName(QStringLiteral("documentTitleLabel"));
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_text->setObjectName(QStringLiteral("documentTextEdit"));
    m_text->setReadOnly(true);
    m_text->setPlaceholderText(tr("Select a document in the library to read it."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
}

void DocumentView::setDocument(const Document &doc)
{
    m_id = doc.id;
    m_title->setText(doc.meta.title.isEmpty() ? doc.fileName : doc.meta.title);
    m_text->setPlainText(doc.displayText);
}

void DocumentView::clear()
{
    m_id = 0;
    m_title->clear();
    m_text->clear();
}

QString DocumentView::text() const
{
    return m_text->toPlainText();
}

} // namespace plens::ui
