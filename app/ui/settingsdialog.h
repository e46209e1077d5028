#pragma once

#include <QColor>
#include <QDialog>
#include <QList>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace plens::ui {

class AppSettings;

// Edit > Settings: the author name written on annotations, the UI language, the highlight palette and
// the colours of targets, reported figures, forecasts and parameters.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);

    void accept() override; // stores the settings

private:
    QPushButton *colourButton(const QColor &colour, const QString &name);

    AppSettings &m_settings;
    QLineEdit *m_author;
    QComboBox *m_language;
    QList<QPushButton *> m_highlight;
    QList<QPushButton *> m_figures;
};

} // namespace plens::ui
