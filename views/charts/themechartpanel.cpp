#include "themechartpanel.h"

#include "chartexporter.h"
#include "item/talksearchindex.h"
#include "item/themematrixmodel.h"
#include "themechartview.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

ThemeChartPanel::ThemeChartPanel(QWidget *parent)
    : QWidget(parent), m_model(new ThemeMatrixModel(this)), m_view(new ThemeChartView(m_model)),
      m_table(new QTableView), m_stack(new QStackedWidget), m_kind(new QComboBox), m_measure(new QComboBox),
      m_topN(new QSpinBox), m_topics(new QToolButton), m_events(new QToolButton),
      m_tableToggle(new QToolButton), m_topicMenu(new QMenu(this)), m_eventMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("themeChartPanel"));
    for (int k = 0; k < ThemeChart::KindCount; ++k)
        m_kind->addItem(ThemeChart::kindLabel(ThemeChart::Kind(k)), k);
    m_kind->setObjectName(QStringLiteral("chartKind"));
    m_measure->addItem(tr("Talks"), int(ThemeMatrixModel::Measure::Talks));
    m_measure->addItem(tr("Share"), int(ThemeMatrixModel::Measure::Share));
    m_measure->setObjectName(QStringLiteral("chartMeasure"));
    m_topN->setRange(0, 50);
    m_topN->setSpecialValueText(tr("all"));
    m_topN->setValue(m_model->topN());
    m_topN->setObjectName(QStringLiteral("chartTopN"));
    m_topics->setText(tr("Topics"));
    m_topics->setMenu(m_topicMenu);
    m_topics->setPopupMode(QToolButton::InstantPopup);
    m_events->setText(tr("Events"));
    m_events->setMenu(m_eventMenu);
    m_events->setPopupMode(QToolButton::InstantPopup);
    m_tableToggle->setText(tr("Table"));
    m_tableToggle->setCheckable(true);
    m_tableToggle->setToolTip(tr("Show the chart's numbers as a table"));

    m_table->setObjectName(QStringLiteral("themeTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_table);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Chart:")));
    bar->addWidget(m_kind);
    bar->addWidget(new QLabel(tr("Measure:")));
    bar->addWidget(m_measure);
    bar->addWidget(new QLabel(tr("Top:")));
    bar->addWidget(m_topN);
    bar->addWidget(m_topics);
    bar->addWidget(m_events);
    bar->addStretch();
    bar->addWidget(m_tableToggle);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_view->setKind(ThemeChart::Kind(m_kind->currentData().toInt())); });
    connect(m_measure, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setMeasure(ThemeMatrixModel::Measure(m_measure->currentData().toInt())); });
    connect(m_topN, &QSpinBox::valueChanged, m_model, &ThemeMatrixModel::setTopN);
    connect(m_tableToggle, &QToolButton::toggled, this, &ThemeChartPanel::showTable);
    connect(m_view, &ThemeChartView::cellActivated, this, &ThemeChartPanel::talksRequested);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit talksRequested(m_model->eventAt(index.column()), m_model->topicAt(index.row()));
    });
}

void ThemeChartPanel::setDataset(DatasetPtr dataset)
{
    m_model->setDataset(std::move(dataset));
    rebuildPickers();
}

void ThemeChartPanel::setKind(ThemeChart::Kind kind)
{
    m_kind->setCurrentIndex(int(kind));
}

void ThemeChartPanel::showTable(bool table)
{
    m_tableToggle->setChecked(table);
    m_stack->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : m_view);
}

void ThemeChartPanel::setTalkFilter(const TalkFilter &filter, const TalkSearchIndex &index)
{
    TalkFilter rest = filter;
    rest.events.clear();
    rest.topics.clear();
    const DatasetPtr &ds = m_model->dataset();
    if (rest.isEmpty() || !ds || size_t(index.talkCount()) != ds->talks.size()) {
        m_model->setTalkFilter(std::nullopt);
        return;
    }
    const std::vector<quint8> kept = index.matches(rest);
    std::vector<TalkIndex> talks;
    for (size_t i = 0; i < kept.size(); ++i) {
        if (kept[i]) talks.emplace_back(i);
    }
    m_model->setTalkFilter(std::move(talks));
}

void ThemeChartPanel::rebuildPickers()
{
    m_topicMenu->clear();
    m_eventMenu->clear();
    const DatasetPtr &ds = m_model->dataset();
    if (!ds) return;
    for (size_t t = 0; t < ds->topics.size(); ++t) {
        QAction *a =
            m_topicMenu->addAction(ds->topics[t].label.isEmpty() ? ds->topics[t].id : ds->topics[t].label);
        a->setCheckable(true);
        a->setData(quint32(t));
        connect(a, &QAction::toggled, this, &ThemeChartPanel::pickedTopicsChanged);
    }
    m_topics->setToolTip(tr("Pick topics; with none picked the top N are shown"));
    for (size_t e = 0; e < ds->events.size(); ++e) {
        QAction *a =
            m_eventMenu->addAction(ds->events[e].name.isEmpty() ? ds->events[e].id : ds->events[e].name);
        a->setCheckable(true);
        a->setData(quint32(e));
        connect(a, &QAction::toggled, this, &ThemeChartPanel::pickedEventsChanged);
    }
    m_events->setToolTip(tr("Pick events; with none picked every event with themes is shown"));
}

void ThemeChartPanel::pickedTopicsChanged()
{
    QList<TopicIndex> picked;
    for (QAction *a : m_topicMenu->actions()) {
        if (a->isChecked()) picked << TopicIndex(a->data().toUInt());
    }
    m_model->setPickedTopics(picked);
    m_topN->setEnabled(picked.isEmpty());
}

void ThemeChartPanel::pickedEventsChanged()
{
    QList<EventIndex> picked;
    for (QAction *a : m_eventMenu->actions()) {
        if (a->isChecked()) picked << EventIndex(a->data().toUInt());
    }
    m_model->setPickedEvents(picked);
}

void ThemeChartPanel::exportChart()
{
    QString filter = ChartExporter::chartNameFilters().constFirst();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), QString(), ChartExporter::chartNameFilters().join(QLatin1StringView(";;")),
        &filter);
    if (path.isEmpty()) return;
    path = ChartExporter::withDefaultSuffix(path, filter);

    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export Chart"));
    auto *width = new QSpinBox, *height = new QSpinBox, *dpi = new QSpinBox;
    width->setRange(100, ChartExporter::MaxSide);
    height->setRange(100, ChartExporter::MaxSide);
    dpi->setRange(ChartExporter::MinDpi, ChartExporter::MaxDpi);
    const ChartExporter::Options defaults;
    width->setValue(defaults.size.width());
    height->setValue(defaults.size.height());
    dpi->setValue(defaults.dpi);
    width->setSuffix(tr(" px"));
    height->setSuffix(tr(" px"));
    dpi->setSuffix(tr(" dpi"));
    auto *title = new QLineEdit(ThemeChart::defaultTitle(*m_model, m_view->kind()));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Width:"), width);
    form->addRow(tr("Height:"), height);
    form->addRow(tr("Resolution:"), dpi);
    form->addRow(tr("Title:"), title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) return;

    ChartExporter::Options options;
    options.size = QSize(width->value(), height->value());
    options.dpi = dpi->value();
    options.title = title->text();
    QString error;
    if (!ChartExporter(*m_model, m_view->kind(), options).write(path, &error))
        QMessageBox::critical(this, tr("Export Chart"), error);
}

void ThemeChartPanel::exportChartData()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart Data"), QString(),
                                                ChartExporter::csvNameFilter());
    if (path.isEmpty()) return;
    path = ChartExporter::withDefaultSuffix(path, ChartExporter::csvNameFilter());
    QString error;
    if (!ChartExporter(*m_model, m_view->kind()).writeCsv(path, &error))
        QMessageBox::critical(this, tr("Export Chart Data"), error);
}

void ThemeChartPanel::copyChart()
{
    ChartExporter::Options options;
    options.size = m_view->size().expandedTo(QSize(400, 300));
    options.dpi = 96;
    QApplication::clipboard()->setImage(ChartExporter(*m_model, m_view->kind(), options).image());
}
