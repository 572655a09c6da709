#include "mainwindow.h"

#include "item/eventlistmodel.h"
#include "item/talktablemodel.h"
#include "settingskeys.h"
#include "talktableview.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_eventModel(new EventListModel(this)), m_talkModel(new TalkTableModel(this)),
      m_talkProxy(new QSortFilterProxyModel(this)), m_eventList(new QListView), m_talkTable(new TalkTableView),
      m_splitter(new QSplitter)
{
    setWindowTitle(QApplication::applicationDisplayName());
    m_talkProxy->setSourceModel(m_talkModel);
    m_talkProxy->setSortRole(TalkTableModel::SortRole);
    m_talkProxy->setFilterRole(TalkTableModel::EventIndexRole);
    m_talkTable->setModel(m_talkProxy);
    m_eventList->setModel(m_eventModel);
    m_eventList->setObjectName(QStringLiteral("eventList"));
    m_eventList->setAccessibleName(tr("Events"));
    m_eventList->setUniformItemSizes(true);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_eventList);
    m_splitter->addWidget(m_talkTable);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({280, 900});
    setCentralWidget(m_splitter);
    createMenus();
    connect(m_eventList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::eventSelectionChanged);
    connect(&m_loadWatcher, &QFutureWatcher<DatasetLoader::Result>::finished, this, &MainWindow::loadFinished);

    QSettings settings;
    if (!restoreGeometry(settings.value(SettingsKeys::WindowGeometry).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(SettingsKeys::WindowState).toByteArray());
    m_splitter->restoreState(settings.value(SettingsKeys::MainSplitter).toByteArray());
    statusBar()->showMessage(tr("Loading…"));
}

MainWindow::~MainWindow()
{
    m_loadWatcher.waitForFinished();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open Files"));
        if (!files.isEmpty())
            this->open(files);
    });
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &Folder…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Folder"));
        if (!dir.isEmpty())
            this->open({dir});
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Conference Explorer"), this, [this] {
        QMessageBox::about(this, tr("About Conference Explorer"),
                           tr("<h3>Conference Explorer %1</h3><p>Make sense of conferences: write-ups and schedules "
                              "in one model of events, talks, people and topics.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::open(const QStringList &inputs)
{
    if (m_loadWatcher.isRunning())
        return;
    statusBar()->showMessage(tr("Loading…"));
    m_loadWatcher.setFuture(QtConcurrent::run([inputs] {
        return inputs.isEmpty() ? DatasetLoader::loadBuiltin() : DatasetLoader::load(inputs);
    }));
}

bool MainWindow::isLoading() const
{
    return m_loadWatcher.isRunning();
}

DatasetPtr MainWindow::dataset() const
{
    return m_talkModel->dataset();
}

void MainWindow::loadFinished()
{
    const DatasetLoader::Result result = m_loadWatcher.result();
    if (!result.problems.isEmpty()) {
        QStringList lines;
        for (const auto &p : result.problems)
            lines << p.toString();
        QMessageBox box(QMessageBox::Warning, tr("Problems while reading"), tr("Some inputs had problems."),
                        QMessageBox::Ok, this);
        box.setDetailedText(lines.join(u'\n'));
        box.setModal(false);
        box.show();
    }
    if (result.dataset)
        setDataset(result.dataset);
}

void MainWindow::setDataset(DatasetPtr dataset)
{
    m_eventModel->setDataset(dataset);
    m_talkModel->setDataset(dataset);
    const QByteArray header = QSettings().value(SettingsKeys::TableHeader).toByteArray();
    if (header.isEmpty() || !m_talkTable->horizontalHeader()->restoreState(header))
        m_talkTable->horizontalHeader()->resizeSection(TalkTableModel::TitleColumn, 420);
    updateStatus();
    emit datasetChanged();
}

void MainWindow::eventSelectionChanged()
{
    const QModelIndexList rows = m_eventList->selectionModel()->selectedRows();
    if (rows.isEmpty())
        m_talkProxy->setFilterRegularExpression(QString());
    else
        m_talkProxy->setFilterRegularExpression(
            QStringLiteral("^%1$").arg(rows.first().data(EventListModel::EventIndexRole).toInt()));
    updateStatus();
}

void MainWindow::updateStatus()
{
    statusBar()->showMessage(tr("%1 of %2 talks").arg(m_talkProxy->rowCount()).arg(m_talkModel->rowCount()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(SettingsKeys::WindowGeometry, saveGeometry());
    settings.setValue(SettingsKeys::WindowState, saveState());
    settings.setValue(SettingsKeys::MainSplitter, m_splitter->saveState());
    settings.setValue(SettingsKeys::TableHeader, m_talkTable->horizontalHeader()->saveState());
    event->accept();
}
