#include "mainwindow.h"
#include "analysis/taxonomywatcher.h"

#include "charts/themechartpanel.h"
#include "eventtreeview.h"
#include "filterbar.h"
#include "item/eventlistmodel.h"
#include "item/eventtreemodel.h"
#include "item/talkfilterproxy.h"
#include "item/talktablemodel.h"
#include "item/topicfacetmodel.h"
#include "problemspanel.h"
#include "settingskeys.h"
#include "talkdetailsview.h"
#include "talktableview.h"
#include "topicfacetview.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int MaxRecent = 8;
// Loads shorter than this finish before a progress bar would be worth a glance.
constexpr int ProgressDelayMs = 300;
// A filter that leaves this few talks opens the tree down to them.
constexpr int ExpandTreeBelow = 150;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe8, 0xea, 0xed);
    const QColor disabled(0x80, 0x86, 0x8b), highlight(0x3d, 0x7a, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    p.setColor(QPalette::Mid, QColor(0x3c, 0x40, 0x43));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x51));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_eventModel(new EventListModel(this)), m_talkModel(new TalkTableModel(this)),
      m_talkProxy(new TalkFilterProxy(TalkFilterProxy::RowIsTalk, this)), m_treeModel(new EventTreeModel(this)),
      m_treeProxy(new TalkFilterProxy(EventTreeModel::TalkIndexRole, this)), m_facetModel(new TopicFacetModel(this)),
      m_filterBar(new FilterBar), m_tree(new EventTreeView), m_facets(new TopicFacetView), m_tabs(new QTabWidget),
      m_talkTable(new TalkTableView), m_details(new TalkDetailsView), m_problems(new ProblemsPanel(this)),
      m_splitter(new QSplitter), m_leftSplitter(new QSplitter(Qt::Vertical)), m_progress(new QProgressBar),
      m_cancel(new QToolButton)
{
    setWindowTitle(QApplication::applicationDisplayName());
    setAcceptDrops(true);

    m_talkProxy->setSourceModel(m_talkModel);
    m_talkProxy->setSortRole(TalkTableModel::SortRole);
    m_talkTable->setModel(m_talkProxy);
    m_treeProxy->setSourceModel(m_treeModel);
    // The tree's parent rows count the talks the filter keeps.
    connect(m_treeProxy, &TalkFilterProxy::acceptedChanged, m_treeModel,
            [this] { m_treeModel->countShown(m_treeProxy->accepted()); });
    m_treeProxy->setSortRole(EventTreeModel::SortRole);
    m_tree->setModel(m_treeProxy);
    m_facets->setModel(m_facetModel);

    m_leftSplitter->setObjectName(QStringLiteral("leftSplitter"));
    m_leftSplitter->addWidget(m_tree);
    m_leftSplitter->addWidget(m_facets);
    m_leftSplitter->setStretchFactor(0, 3);
    m_leftSplitter->setStretchFactor(1, 2);
    m_leftSplitter->setSizes({420, 280});

    m_tabs->setObjectName(QStringLiteral("centreTabs"));
    m_tabs->setAccessibleName(tr("Views of the talks"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_talkTable, tr("Talks"));
    m_themes = new ThemeChartPanel;
    m_tabs->addTab(m_themes, tr("Themes"));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_leftSplitter);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({340, 610, 330});
    m_splitter->setChildrenCollapsible(false);

    auto *centre = new QWidget;
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(centre);

    addDockWidget(Qt::BottomDockWidgetArea, m_problems);
    m_problems->hide();

    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_cancel->setObjectName(QStringLiteral("cancelLoad"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel loading"));
    m_cancel->setAutoRaise(true);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, &m_loader, &LoadController::cancel);

    createMenus();

    // The Themes tab charts the shown dataset, follows the filter, and lists a clicked bar's talks.
    connect(m_themes, &ThemeChartPanel::talksRequested, this, &MainWindow::showTalksFor);
    connect(this, &MainWindow::datasetChanged, m_themes, [this] {
        m_themes->setDataset(dataset());
        if (m_searchIndex)
            m_themes->setTalkFilter(m_filter, *m_searchIndex);
    });
    connect(this, &MainWindow::filterChanged, m_themes, [this](const TalkFilter &filter) {
        if (m_searchIndex)
            m_themes->setTalkFilter(filter, *m_searchIndex);
    });
    connect(m_filterBar, &FilterBar::edited, this, &MainWindow::filterEdited);
    connect(m_filterBar, &FilterBar::clearAllRequested, this, &MainWindow::clearFilter);
    connect(m_facetModel, &TopicFacetModel::checkedTopicsChanged, this, &MainWindow::filterEdited);
    connect(m_facets, &TopicFacetView::matchChanged, this, &MainWindow::filterEdited);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::treeCurrentChanged);
    connect(m_talkTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::tableCurrentChanged);
    connect(m_talkTable, &QAbstractItemView::activated, this, &MainWindow::openCurrentRecording);
    connect(m_tree, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.data(EventTreeModel::TalkIndexRole).isValid())
            openCurrentRecording();
    });
    // Filtering and sorting move rows under the details pane: keep showing the talk that is shown.
    connect(m_talkProxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);

    // The user's topics file changed: read the inputs again so topics and themes follow it (docs/themes.md).
    connect(new TaxonomyWatcher(this), &TaxonomyWatcher::taxonomyChanged, this, &MainWindow::reload);
    connect(&m_loader, &LoadController::started, this, &MainWindow::loadStarted);
    connect(&m_loader, &LoadController::progress, this, &MainWindow::loadProgress);
    connect(&m_loader, &LoadController::finished, this, &MainWindow::loadFinished);
    connect(&m_loader, &LoadController::cancelled, this, [this] {
        loadEnded();
        statusBar()->showMessage(tr("Loading cancelled"), 4000);
        QTimer::singleShot(4000, this, &MainWindow::updateStatus);
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(SettingsKeys::WindowGeometry).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(SettingsKeys::WindowState).toByteArray());
    m_splitter->restoreState(settings.value(SettingsKeys::MainSplitter).toByteArray());
    m_leftSplitter->restoreState(settings.value(SettingsKeys::LeftSplitter).toByteArray());
    if (settings.value(SettingsKeys::DarkPalette).toBool())
        setDarkPalette(true);
    statusBar()->showMessage(tr("Loading…"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open Files"));
        if (!files.isEmpty())
            this->open(files);
    });
    open->setShortcut(QKeySequence::Open);
    QAction *openFolder = file->addAction(tr("Open &Folder…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Folder"));
        if (!dir.isEmpty())
            this->open({dir});
    });
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    QAction *reload = file->addAction(tr("Re&load"), this, &MainWindow::reload);
    reload->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    QAction *cancel = file->addAction(tr("&Cancel Loading"), &m_loader, &LoadController::cancel);
    cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    file->addSeparator();
    file->addAction(tr("Export C&hart…"), m_themes, &ThemeChartPanel::exportChart);
    file->addAction(tr("Export Chart &Data…"), m_themes, &ThemeChartPanel::exportChartData);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on some platforms

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find…"), m_filterBar, &FilterBar::focusSearch);
    find->setShortcut(QKeySequence::Find);
    edit->addAction(tr("Copy C&hart"), m_themes, &ThemeChartPanel::copyChart);
    QAction *clear = edit->addAction(tr("&Clear Filter"), this, &MainWindow::clearFilter);
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    // Enter is the item views' own "activate" key (so the search field keeps its Enter); the menu
    // names it after a tab, which Qt shows as the shortcut.
    edit->addAction(tr("Open &Recording") + QStringLiteral("\t") + QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText),
                    this, &MainWindow::openCurrentRecording);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *talks = view->addAction(tr("&Talks"), this, [this] { m_tabs->setCurrentWidget(m_talkTable); });
    talks->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *themes = view->addAction(tr("T&hemes"), this, [this] { m_tabs->setCurrentWidget(m_themes); });
    themes->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *problems = m_problems->toggleViewAction();
    problems->setText(tr("&Problems"));
    problems->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    view->addAction(problems);
    view->addSeparator();
    QAction *expand = view->addAction(tr("&Expand Tree"), m_tree, &QTreeView::expandAll);
    expand->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    QAction *collapse = view->addAction(tr("C&ollapse Tree"), m_tree, &QTreeView::collapseAll);
    collapse->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    view->addSeparator();
    QAction *dark = view->addAction(tr("&Dark Palette"));
    dark->setObjectName(QStringLiteral("darkPaletteAction"));
    dark->setCheckable(true);
    dark->setChecked(QSettings().value(SettingsKeys::DarkPalette).toBool());
    dark->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(dark, &QAction::toggled, this, [this](bool on) {
        setDarkPalette(on);
        QSettings().setValue(SettingsKeys::DarkPalette, on);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Conference Explorer"), this, [this] {
        QMessageBox::about(this, tr("About Conference Explorer"),
                           tr("<h3>Conference Explorer %1</h3><p>Make sense of conferences: write-ups and schedules "
                              "in one model of events, talks, people and topics.</p>"
                              "<p>The projects it recognises in write-ups come from the "
                              "<a href=\"https://github.com/cncf/landscape\">CNCF Cloud Native Landscape</a> "
                              "(landscape.yml, data under CC BY 4.0), by tools/make-projects-dictionary; "
                              "the KubeCon + CloudNativeCon editions it knows are listed in its event catalog.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(SettingsKeys::RecentFiles).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()),
                                             this, [this, path] { open({path}); });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::addRecent(const QStringList &inputs)
{
    if (inputs.isEmpty())
        return;
    QSettings settings;
    QStringList recent = settings.value(SettingsKeys::RecentFiles).toStringList();
    for (auto it = inputs.rbegin(); it != inputs.rend(); ++it) {
        const QString path = QFileInfo(*it).absoluteFilePath();
        recent.removeAll(path);
        recent.prepend(path);
    }
    settings.setValue(SettingsKeys::RecentFiles, recent.mid(0, MaxRecent));
    updateRecentMenu();
}

void MainWindow::open(const QStringList &inputs)
{
    m_loader.load(inputs);
}

void MainWindow::reload()
{
    open(m_inputs);
}

bool MainWindow::isLoading() const
{
    return m_loader.isLoading();
}

DatasetPtr MainWindow::dataset() const
{
    return m_talkModel->dataset();
}

void MainWindow::loadStarted()
{
    statusBar()->showMessage(tr("Loading…"));
    m_progress->setRange(0, 0);
    QTimer::singleShot(ProgressDelayMs, this, [this] {
        if (m_loader.isLoading()) {
            m_progress->show();
            m_cancel->show();
        }
    });
}

void MainWindow::loadProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%v of %m files"));
}

void MainWindow::loadEnded()
{
    m_progress->hide();
    m_cancel->hide();
}

void MainWindow::loadFinished(const LoadController::Loaded &loaded)
{
    loadEnded();
    m_problems->setProblems(loaded.result.problems);
    m_problems->setVisible(!loaded.result.problems.isEmpty());
    if (loaded.result.dataset) {
        m_inputs = loaded.inputs;
        addRecent(loaded.inputs);
        showDataset(loaded.result.dataset, loaded.searchIndex);
    } else {
        updateStatus();
    }
}

void MainWindow::showDataset(DatasetPtr dataset, std::shared_ptr<const TalkSearchIndex> index)
{
    if (!index)
        index = std::make_shared<const TalkSearchIndex>(*dataset);
    // Carry the filter over by ids: indexes of the new dataset differ. The first dataset gets the one
    // saved when the app last closed.
    const QVariantMap carried = m_firstDataset ? QSettings().value(SettingsKeys::LastFilter).toMap()
                                : this->dataset()  ? m_filter.toVariant(*this->dataset())
                                                   : QVariantMap();
    m_firstDataset = false;

    m_details->showNothing();
    m_scope.clear();
    m_searchIndex = index;
    m_eventModel->setDataset(dataset);
    m_talkModel->setDataset(dataset);
    m_treeModel->setDataset(dataset);
    m_facetModel->setDataset(dataset);
    m_talkProxy->setSearchIndex(index);
    m_treeProxy->setSearchIndex(index);
    m_filterBar->setEventModel(m_eventModel, EventListModel::EventIndexRole);

    const QByteArray header = QSettings().value(SettingsKeys::TableHeader).toByteArray();
    if (header.isEmpty() || !m_talkTable->horizontalHeader()->restoreState(header)) {
        auto *h = m_talkTable->horizontalHeader();
        h->resizeSection(TalkTableModel::TitleColumn, 380);
        h->resizeSection(TalkTableModel::SpeakersColumn, 160);
        h->resizeSection(TalkTableModel::EventColumn, 200);
        h->resizeSection(TalkTableModel::KindColumn, 90);
        h->resizeSection(TalkTableModel::LinkColumn, 260);
    }

    const TalkFilter filter = TalkFilter::fromVariant(carried, *dataset);
    showFilterInWidgets(filter);
    applyFilter(filter, true);
    m_tree->expandToDepth(0);
    emit datasetChanged();
}

void MainWindow::filterEdited()
{
    TalkFilter f;
    m_filterBar->writeTo(f);
    f.topics = m_facetModel->checkedTopics();
    f.topicMatch = m_facets->match();
    applyFilter(f);
}

void MainWindow::setFilter(const TalkFilter &filter)
{
    showFilterInWidgets(filter);
    applyFilter(filter);
}

void MainWindow::showFilterInWidgets(const TalkFilter &filter)
{
    m_filterBar->showFilter(filter);
    m_facetModel->setCheckedTopics(filter.topics);
    m_facets->setMatch(filter.topicMatch);
}

void MainWindow::applyFilter(const TalkFilter &filter, bool force)
{
    if (filter == m_filter && !force)
        return;
    m_filter = filter;
    m_talkProxy->setFilter(filter);
    m_treeProxy->setFilter(filter);
    updateFacetCounts();
    if (!filter.isEmpty() && m_talkProxy->acceptedTalks() <= ExpandTreeBelow)
        m_tree->expandAll();
    updateStatus();
    emit filterChanged(m_filter);
}

void MainWindow::clearFilter()
{
    // Everything back: the tree's scope too, not only the filter bar and facets.
    m_tree->setCurrentIndex({});
    m_tree->clearSelection();
    setFilter({});
}

void MainWindow::showTalksFor(EventIndex event, TopicIndex topic)
{
    TalkFilter f = m_filter;
    f.events = {event};
    f.topics = {topic};
    f.topicMatch = TalkFilter::TopicMatch::Any;
    m_tree->clearSelection();
    m_tree->setCurrentIndex({});
    setFilter(f);
    m_tabs->setCurrentWidget(m_talkTable);
}

void MainWindow::updateFacetCounts()
{
    if (m_searchIndex)
        m_facetModel->setCounts(m_searchIndex->topicCounts(m_filter, m_scope));
}

void MainWindow::treeCurrentChanged()
{
    if (m_syncingSelection)
        return;
    const QModelIndex current = m_treeProxy->mapToSource(m_tree->currentIndex());
    const QVariant talk = current.data(EventTreeModel::TalkIndexRole);
    if (talk.isValid()) {
        // A talk: show it, keep the table's scope (its section is already what the table lists).
        const int row = m_talkProxy->mapFromSource(m_talkModel->index(talk.toInt(), 0)).row();
        if (row >= 0) {
            m_syncingSelection = true;
            m_talkTable->setCurrentIndex(m_talkProxy->index(row, 0));
            m_talkTable->scrollTo(m_talkProxy->index(row, 0));
            m_syncingSelection = false;
        }
        m_details->showTalk(dataset(), TalkIndex(talk.toUInt()));
        return;
    }
    std::vector<quint8> scope;
    if (current.isValid() && m_searchIndex) {
        scope.assign(size_t(m_searchIndex->talkCount()), 0);
        for (const TalkIndex t : m_treeModel->talksUnder(current))
            scope[t.value] = 1;
    }
    m_scope = std::move(scope);
    m_talkProxy->setScope(m_scope);
    updateFacetCounts();
    updateStatus();
}

void MainWindow::tableCurrentChanged()
{
    const QModelIndex current = m_talkTable->currentIndex();
    if (!current.isValid())
        return;
    const auto talk = TalkIndex(current.data(TalkTableModel::TalkIndexRole).toUInt());
    m_details->showTalk(dataset(), talk);
    if (!m_syncingSelection)
        selectTalkInTree(talk);
}

void MainWindow::selectTalkInTree(TalkIndex talk)
{
    const QModelIndex index = m_treeProxy->mapFromSource(m_treeModel->indexOfTalk(talk));
    if (!index.isValid())
        return;
    m_syncingSelection = true;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_syncingSelection = false;
}

void MainWindow::openCurrentRecording()
{
    const DatasetPtr ds = dataset();
    const TalkIndex talk = m_details->talk();
    if (!ds || !talk.isValid())
        return;
    const Talk &t = ds->talk(talk);
    QString url = t.url();
    for (const Link &l : t.links) {
        if (l.kind == LinkKind::Recording) {
            url = l.url;
            break;
        }
    }
    if (!url.isEmpty())
        QDesktopServices::openUrl(QUrl(url));
}

void MainWindow::setDarkPalette(bool dark)
{
    // Fusion draws with the palette everywhere, so the dark palette reaches every widget.
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QApplication::setStyle(fusion);
    QApplication::setPalette(dark ? darkPalette() : fusion->standardPalette());
    // Fusion outlines check boxes with a darker window color, which vanishes on a dark base.
    m_facets->list()->setStyleSheet(
        dark ? QStringLiteral("QListView::indicator { width: 11px; height: 11px; border: 1px solid palette(text);"
                              " border-radius: 2px; background: palette(base); }"
                              "QListView::indicator:checked { background: palette(highlight);"
                              " border-color: palette(highlighted-text); }")
             : QString());
}

void MainWindow::updateStatus()
{
    if (m_loader.isLoading())
        return;
    statusBar()->showMessage(tr("%1 of %2 talks").arg(m_talkProxy->rowCount()).arg(m_talkModel->rowCount()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(SettingsKeys::WindowGeometry, saveGeometry());
    settings.setValue(SettingsKeys::WindowState, saveState());
    settings.setValue(SettingsKeys::MainSplitter, m_splitter->saveState());
    settings.setValue(SettingsKeys::LeftSplitter, m_leftSplitter->saveState());
    settings.setValue(SettingsKeys::TableHeader, m_talkTable->horizontalHeader()->saveState());
    if (const DatasetPtr ds = dataset())
        settings.setValue(SettingsKeys::LastFilter, m_filter.toVariant(*ds));
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.begin(), urls.end(), [](const QUrl &u) { return u.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &u : event->mimeData()->urls()) {
        if (u.isLocalFile())
            paths << u.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    open(paths);
}
