#pragma once

#include <QDialog>

namespace plens::ui {

// Help > About: version, the application's licence and the libraries it is built on with theirs.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace plens::ui
