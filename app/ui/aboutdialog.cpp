#include "ui/aboutdialog.h"

#include "components.h"
#include "version.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace plens::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About PolicyLens"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/policylens.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setText(tr("<h3>PolicyLens %1</h3>"
                     "<p>Read, tag and track the quantified commitments of Chinese policy documents.</p>"
                     "<p>PolicyLens is free software: you can redistribute it and modify it under the terms of "
                     "the GNU General Public License, version 3 or (at your option) any later version "
                     "(%2). It comes with no warranty.</p>")
                      .arg(QStringLiteral(PLENS_VERSION), QString::fromLatin1(applicationLicence)));

    auto *components = new QTreeWidget(this);
    components->setObjectName(QStringLiteral("aboutComponents"));
    components->setRootIsDecorated(false);
    components->setHeaderLabels({tr("Library"), tr("Version"), tr("Licence"), tr("Website")});
    for (const Component &c : thirdPartyComponents())
        new QTreeWidgetItem(components, {c.name, c.version, c.licence, c.url});
    components->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("Built with:"), this));
    layout->addWidget(components, 1);
    layout->addWidget(buttons);
    resize(560, 380);
}

} // namespace plens::ui
