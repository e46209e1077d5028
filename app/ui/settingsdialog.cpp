#include "ui/settingsdialog.h"

#include "model/labels.h"
#include "ui/appsettings.h"
#include "ui/dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace plens::ui {

namespace {
void paintSwatch(QPushButton *b, const QColor &c)
{
    QPixmap pm(20, 14);
    pm.fill(c);
    b->setIcon(QIcon(pm));
    b->setProperty("colour", c);
}
} // namespace

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_author(new QLineEdit(this)), m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_author->setObjectName(QStringLiteral("authorEdit"));
    m_author->setText(settings.authorName());
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));

    auto *highlightRow = new QHBoxLayout;
    int i = 0;
    for (const QColor &c : settings.highlightColours()) {
        auto *b = colourButton(c, tr("Highlight colour %1").arg(i + 1));
        b->setObjectName(QStringLiteral("highlightColour%1").arg(i++));
        m_highlight << b;
        highlightRow->addWidget(b);
    }
    highlightRow->addStretch();
    auto *figureRow = new QHBoxLayout;
    const QList<Figure::Kind> kinds {Figure::Kind::Target, Figure::Kind::Reported, Figure::Kind::Forecast,
                                     Figure::Kind::Parameter};
    const QList<QColor> figureColours = settings.figureColours();
    for (qsizetype k = 0; k < kinds.size() && k < figureColours.size(); ++k) {
        auto *b = colourButton(figureColours.at(k), Labels::kind(kinds.at(k)));
        b->setText(Labels::kind(kinds.at(k)));
        b->setObjectName(QStringLiteral("figureColour%1").arg(k));
        m_figures << b;
        figureRow->addWidget(b);
    }
    figureRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("Author name:"), m_author);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Highlight colours:"), highlightRow);
    form->addRow(tr("Figure colours:"), figureRow);
    auto *note = new QLabel(tr("A new language takes effect when PolicyLens starts again."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QPushButton *SettingsDialog::colourButton(const QColor &colour, const QString &name)
{
    auto *b = new QPushButton(this);
    b->setToolTip(name);
    paintSwatch(b, colour);
    connect(b, &QPushButton::clicked, this, [this, b, name] {
        const QColor c = Dialogs::colour(this, name, b->property("colour").value<QColor>());
        if (c.isValid())
            paintSwatch(b, c);
    });
    return b;
}

void SettingsDialog::accept()
{
    m_settings.setAuthorName(m_author->text());
    m_settings.setLanguage(m_language->currentData().toString());
    QList<QColor> highlight, figures;
    for (QPushButton *b : std::as_const(m_highlight))
        highlight << b->property("colour").value<QColor>();
    for (QPushButton *b : std::as_const(m_figures))
        figures << b->property("colour").value<QColor>();
    m_settings.setHighlightColours(highlight);
    m_settings.setFigureColours(figures);
    QDialog::accept();
}

} // namespace plens::ui
