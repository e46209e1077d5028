#include "charts/chartwidget.h"

#include "charts/chartoutput.h"
#include "model/labels.h"
#include "ui/dialogs.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace plens::charts {

using ui::Dialogs;

IndicatorChartWidget::IndicatorChartWidget(QWidget *parent)
    : QWidget(parent), m_mode(new QComboBox(this)), m_caption(new QLabel(this)), m_view(new QChartView(this)),
      m_progress(new QTreeWidget(this))
{
    m_mode->setObjectName(QStringLiteral("chartModeComboBox"));
    m_mode->addItem(IndicatorChart::modeName(ChartMode::ByTime), int(ChartMode::ByTime));
    m_mode->addItem(IndicatorChart::modeName(ChartMode::ByRegion), int(ChartMode::ByRegion));
    connect(m_mode, &QComboBox::currentIndexChanged, this, &IndicatorChartWidget::rebuild);

    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copyChartButton"));
    copy->setToolTip(tr("Copy the chart as a picture"));
    connect(copy, &QPushButton::clicked, this, &IndicatorChartWidget::copyToClipboard);
    auto *exportButton = new QPushButton(tr("&Export..."), this);
    exportButton->setObjectName(QStringLiteral("exportChartButton"));
    exportButton->setToolTip(tr("Save the chart as PNG, SVG or PDF"));
    connect(exportButton, &QPushButton::clicked, this, &IndicatorChartWidget::exportChart);
    auto *print = new QPushButton(tr("&Print..."), this);
    print->setObjectName(QStringLiteral("printChartButton"));
    print->setToolTip(tr("Print the chart on A4 landscape, with a preview"));
    connect(print, &QPushButton::clicked, this, &IndicatorChartWidget::printWithPreview);

    m_caption->setObjectName(QStringLiteral("chartCaptionLabel"));
    m_caption->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("indicatorChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(480, 300);

    m_progress->setObjectName(QStringLiteral("targetProgressTreeWidget"));
    m_progress->setRootIsDecorated(false);
    m_progress->setHeaderLabels(
        {tr("Target"), tr("Region"), tr("Due"), tr("Latest reported"), tr("Attainment"), tr("Status"), tr("Rule")});
    m_progress->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_progress->header()->setStretchLastSection(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_mode);
    bar->addStretch(1);
    bar->addWidget(copy);
    bar->addWidget(exportButton);
    bar->addWidget(print);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_progress);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_caption);
    layout->addWidget(split, 1);
}

IndicatorChartWidget::~IndicatorChartWidget() = default;

void IndicatorChartWidget::setData(const IndicatorData &data)
{
    m_data = data;
    rebuild();
    m_progress->clear();
    const ValueScale scale = ValueScale::forData(data);
    for (qsizetype i = 0; i < data.targets.size(); ++i) {
        const IndicatorPoint &t = data.targets.at(i);
        const TargetProgress &p = data.progress.at(i);
        const IndicatorPoint *latest = nullptr;
        for (const IndicatorPoint &r : data.reported) {
            if (r.targetId == t.commitmentId && r.attainment
                && (!latest || r.figure.year.value_or(0) >= latest->figure.year.value_or(0)))
                latest = &r;
        }
        QString rule = p.judgement.rule;
        if (p.manual != TargetStatus::None)
            rule = tr("Set by %1 on %2: %3. Judged from the figures: %4 — %5")
                       .arg(p.manualAuthor.isEmpty() ? tr("a user") : p.manualAuthor,
                            p.manualChanged.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            p.manualNote.isEmpty() ? tr("no reason given") : p.manualNote,
                            plens::stateName(p.judgement.state), p.judgement.rule);
        auto *item = new QTreeWidgetItem(
            m_progress,
            {scale.formatTarget(t.figure), t.region, t.figure.year ? QString::number(*t.figure.year) : QString(),
             latest ? scale.format(latest->figure.value)
                     + (latest->figure.year ? QStringLiteral(" (%1)").arg(*latest->figure.year) : QString())
                    : QString(),
             latest && latest->attainment ? QStringLiteral("%1%").arg(qRound(*latest->attainment)) : QString(),
             IndicatorChart::stateName(p), rule});
        item->setToolTip(6, rule);
        item->setToolTip(0, t.quote);
        item->setData(0, Qt::UserRole, t.commitmentId);
    }
}

void IndicatorChartWidget::setMode(ChartMode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

ChartMode IndicatorChartWidget::mode() const
{
    return ChartMode(m_mode->currentData().toInt());
}

ChartOptions IndicatorChartWidget::options() const
{
    ChartOptions o;
    o.mode = mode();
    return o;
}

void IndicatorChartWidget::rebuild()
{
    QChart *old = m_view->chart();
    m_view->setChart(IndicatorChart::build(m_data, options()).release());
    delete old;
    m_caption->setText(IndicatorChart::caption(m_data));
}

void IndicatorChartWidget::copyToClipboard()
{
    QApplication::clipboard()->setImage(ChartOutput::image(m_data, options()));
}

void IndicatorChartWidget::exportChart()
{
    const QString path = Dialogs::saveFileName(this, tr("Export Chart"),
                                               tr("PNG image (*.png);;SVG drawing (*.svg);;PDF page (*.pdf)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool IndicatorChartWidget::exportTo(const QString &path)
{
    QString file = path;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".png");
    Status s = ChartOutput::write(m_data, options(), file);
    if (!s) {
        Dialogs::critical(this, tr("Export Chart"), s.error().toString());
        return false;
    }
    emit exported(file);
    return true;
}

void IndicatorChartWidget::printTo(QPrinter &printer) const
{
    ChartOutput::print(printer, m_data, options());
}

void IndicatorChartWidget::printWithPreview()
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    ChartOutput::preparePrinter(*printer, m_data);
    auto *preview = new QPrintPreviewDialog(printer, this);
    preview->setObjectName(QStringLiteral("chartPrintPreviewDialog"));
    preview->setWindowTitle(tr("Print Preview: %1").arg(IndicatorChart::title(m_data)));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QObject::destroyed, this, [printer] { delete printer; });
    connect(preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { printTo(*p); });
    if (Dialogs::testMode())
        preview->open(); // tests look at it and close it
    else
        preview->exec();
}

ChartWindow::ChartWindow(Loader loader, QWidget *parent)
    : QDialog(parent), m_loader(std::move(loader)), m_indicator(new QComboBox(this)),
      m_chart(new IndicatorChartWidget(this))
{
    setObjectName(QStringLiteral("chartWindowDialog"));
    setWindowTitle(tr("Indicator Chart"));
    m_indicator->setObjectName(QStringLiteral("indicatorComboBox"));
    m_indicator->setMinimumContentsLength(20);
    connect(m_indicator, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i < m_all.size())
            m_chart->setData(m_all.at(i));
    });
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Indicator:"), this));
    top->addWidget(m_indicator, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_chart, 1);
    layout->addWidget(buttons);
    resize(960, 720);
    reload();
}

void ChartWindow::reload()
{
    const QString current = m_indicator->currentData().toString();
    m_all = m_loader ? collectIndicators(m_loader()) : QList<IndicatorData> {};
    QSignalBlocker block(m_indicator);
    m_indicator->clear();
    for (const IndicatorData &d : std::as_const(m_all))
        m_indicator->addItem(
            tr("%1 (%2 targets, %3 reported)").arg(d.indicator.name).arg(d.targets.size()).arg(d.reported.size()),
            d.indicator.name);
    const int keep = m_indicator->findData(current);
    m_indicator->setCurrentIndex(keep >= 0 ? keep : 0);
    if (m_indicator->currentIndex() >= 0)
        m_chart->setData(m_all.at(m_indicator->currentIndex()));
    else
        m_chart->setData({});
}

bool ChartWindow::showIndicator(const QString &name)
{
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        if (m_all.at(i).indicator.name == name || m_all.at(i).indicator.aliases.contains(name)) {
            m_indicator->setCurrentIndex(int(i));
            m_chart->setData(m_all.at(i));
            return true;
        }
    }
    return false;
}

} // namespace plens::charts
