// The explorer window driven as a person would, under the offscreen platform: typing, ticking topics,
// picking tree nodes, loading with problems, cancelling, and the state that comes back on start.
#include "item/eventtreemodel.h"
#include "item/talktablemodel.h"
#include "item/topicfacetmodel.h"
#include "mainwindow.h"
#include "problemspanel.h"
#include "read/datasetloader.h"
#include "settingskeys.h"
#include "talkdetailsview.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QToolButton>
#include <QDesktopServices>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QProgressBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <catch2/catch.hpp>

namespace {
// Receives what QDesktopServices would have opened in a browser.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void handle(const QUrl &url) { urls << url; }
};

QString smallPath()
{
    return TestSupport::testData(QStringLiteral("explorer/small.json"));
}

void clearWindowSettings()
{
    QSettings s;
    for (const auto key : {SettingsKeys::WindowGeometry, SettingsKeys::WindowState, SettingsKeys::MainSplitter,
                           SettingsKeys::LeftSplitter, SettingsKeys::TableHeader, SettingsKeys::LastFilter,
                           SettingsKeys::RecentFiles, SettingsKeys::DarkPalette})
        s.remove(key);
}

template <typename Pred>
bool waitFor(Pred pred, int timeoutMs = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (!pred()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

struct Explorer
{
    MainWindow window;
    QTableView *table = nullptr;
    QTreeView *tree = nullptr;
    QLineEdit *search = nullptr;
    QListView *facets = nullptr;
    TalkDetailsView *details = nullptr;

    explicit Explorer(const QStringList &inputs)
    {
        window.resize(1280, 800);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::datasetChanged);
        window.open(inputs);
        REQUIRE(loaded.wait(60000));
        table = window.findChild<QTableView *>(QStringLiteral("talkTable"));
        tree = window.findChild<QTreeView *>(QStringLiteral("eventTree"));
        search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
        facets = window.findChild<QListView *>(QStringLiteral("topicFacets"));
        details = window.findChild<TalkDetailsView *>(QStringLiteral("talkDetails"));
        REQUIRE(table);
        REQUIRE(tree);
        REQUIRE(search);
        REQUIRE(facets);
        REQUIRE(details);
    }
    QString status() const { return window.statusBar()->currentMessage(); }
    QStringList tableTitles() const
    {
        QStringList out;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            out << table->model()->index(r, TalkTableModel::TitleColumn).data().toString();
        return out;
    }
    QModelIndex facet(const QString &id) const
    {
        const auto *m = facets->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 0).data(TopicFacetModel::TopicIdRole).toString() == id)
                return m->index(r, 0);
        }
        return {};
    }
    QModelIndex treeChild(const QModelIndex &parent, const QString &startsWith) const
    {
        const auto *m = tree->model();
        for (int r = 0; r < m->rowCount(parent); ++r) {
            if (m->index(r, 0, parent).data().toString().startsWith(startsWith))
                return m->index(r, 0, parent);
        }
        return {};
    }
};

// Talks of the dataset with the word in title, speakers, affiliations, organizations or abstract and,
// when given, the topic: the filter done by hand.
int countByHand(const Dataset &ds, const QString &word, const QString &topicId = {})
{
    int n = 0;
    for (const Talk &t : ds.talks) {
        QString text = t.title + u'\n' + t.abstractText();
        for (const auto &s : t.speakers)
            text += u'\n' + ds.str(s.name) + u'\n' + ds.str(s.affiliation);
        for (const auto o : t.organizations)
            text += u'\n' + ds.str(o);
        const bool topicOk = topicId.isEmpty() || t.hasTopic(ds.findTopic(topicId));
        n += text.contains(word, Qt::CaseInsensitive) && topicOk;
    }
    return n;
}
} // namespace

TEST_CASE("typing a search and ticking a topic filter the table and the status bar", "[gui][explorer]")
{
    clearWindowSettings();
    Explorer x({smallPath()});
    CHECK(x.table->model()->rowCount() == 8);
    CHECK(x.status() == QStringLiteral("8 of 8 talks"));

    QSignalSpy filtered(&x.window, &MainWindow::filterChanged);
    x.search->setFocus();
    QTest::keyClicks(x.search, QStringLiteral("acme"));
    // Nothing applies on each keystroke: the text waits for a pause in typing.
    CHECK(filtered.isEmpty());
    CHECK(x.table->model()->rowCount() == 8);
    REQUIRE(filtered.wait(3000));
    CHECK(filtered.count() == 1);
    CHECK(x.tableTitles()
          == QStringList{QStringLiteral("Zero trust at scale"), QStringLiteral("Securing model supply chains"),
                         QStringLiteral("Observing attacks with eBPF")});
    CHECK(x.status() == QStringLiteral("3 of 8 talks"));
    CHECK(x.window.filter().text == QStringLiteral("acme"));

    // The facets count under the search; ticking one applies at once.
    const DatasetPtr ds = x.window.dataset();
    const QModelIndex obs = x.facet(QStringLiteral("observability"));
    REQUIRE(obs.isValid());
    const int expected = countByHand(*ds, QStringLiteral("acme"), QStringLiteral("observability"));
    CHECK(obs.data(TopicFacetModel::CountRole).toInt() == expected);
    CHECK(expected == 1);
    REQUIRE(x.facets->model()->setData(obs, Qt::Checked, Qt::CheckStateRole));
    CHECK(x.table->model()->rowCount() == expected);
    CHECK(x.status() == QStringLiteral("%1 of 8 talks").arg(expected));
    CHECK(x.window.filter().topics == QList<TopicIndex>{ds->findTopic(u"observability")});

    // Esc clears everything.
    QApplication::setActiveWindow(&x.window);
    x.table->setFocus();
    QTest::keyClick(x.table, Qt::Key_Escape);
    CHECK(x.window.filter().isEmpty());
    CHECK(x.search->text().isEmpty());
    CHECK(obs.data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    CHECK(x.status() == QStringLiteral("8 of 8 talks"));
    CHECK(TestSupport::takeModelTestFailures().isEmpty());
}

TEST_CASE("selecting in the tree narrows the table; selecting a talk shows it everywhere", "[gui][explorer]")
{
    clearWindowSettings();
    Explorer x({smallPath()});
    const QModelIndex beta = x.treeChild({}, QStringLiteral("Beta Summit 2024"));
    REQUIRE(beta.isValid());
    x.tree->setCurrentIndex(beta);
    CHECK(x.table->model()->rowCount() == 4);
    CHECK(x.status() == QStringLiteral("4 of 8 talks"));

    const QModelIndex security = x.treeChild(beta, QStringLiteral("Security (2)"));
    REQUIRE(security.isValid());
    x.tree->setCurrentIndex(security);
    CHECK(x.tableTitles() == QStringList{QStringLiteral("Policy as code with OPA"), QStringLiteral("Observing attacks with eBPF")});
    CHECK(x.status() == QStringLiteral("2 of 8 talks"));

    // A talk picked in the table: the details show it and the tree selects it.
    x.table->setCurrentIndex(x.table->model()->index(1, 0));
    CHECK(x.tree->currentIndex().data().toString() == QStringLiteral("Observing attacks with eBPF"));
    CHECK(x.details->toPlainText().contains(QStringLiteral("Observing attacks with eBPF")));
    CHECK(x.details->toPlainText().contains(QStringLiteral("Gus Novak, Acme")));
    CHECK(x.details->toPlainText().contains(QStringLiteral("Hand-made explorer test data")));
    CHECK(x.table->model()->rowCount() == 2); // picking a talk keeps the table's scope

    // A talk picked in the tree: the table selects it.
    const QModelIndex policy = x.treeChild(security, QStringLiteral("Policy as code"));
    REQUIRE(policy.isValid());
    x.tree->setCurrentIndex(policy);
    CHECK(x.table->currentIndex().siblingAtColumn(TalkTableModel::TitleColumn).data().toString()
          == QStringLiteral("Policy as code with OPA"));
    CHECK(x.details->toPlainText().contains(QStringLiteral("Femi Kim, Styra")));

    // The search works inside the tree's scope.
    x.window.setFilter([&] {
        TalkFilter f;
        f.text = QStringLiteral("ebpf");
        return f;
    }());
    CHECK(x.tableTitles() == QStringList{QStringLiteral("Observing attacks with eBPF")});
    CHECK(x.status() == QStringLiteral("1 of 8 talks"));
    CHECK(TestSupport::takeModelTestFailures().isEmpty());
}

TEST_CASE("the details pane lists topics with evidence and clickable links; Enter opens the recording", "[gui][explorer]")
{
    clearWindowSettings();
    Explorer x({smallPath()});
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "handle");
    const int row = int(x.tableTitles().indexOf(QStringLiteral("Zero trust at scale")));
    REQUIRE(row >= 0);
    x.table->setCurrentIndex(x.table->model()->index(row, 0));
    const QString html = x.details->toHtml();
    CHECK(html.contains(QStringLiteral("href=\"https://video.example/a1\"")));
    CHECK(html.contains(QStringLiteral("href=\"https://slides.example/a1.pdf\"")));
    const QString text = x.details->toPlainText();
    CHECK(text.contains(QStringLiteral("Recording: https://video.example/a1")));
    CHECK(text.contains(QStringLiteral("Slides: https://slides.example/a1.pdf")));
    const DatasetPtr ds = x.window.dataset();
    for (const auto &a : ds->talks[0].topics)
        CHECK(text.contains(ds->topic(a.topic).label + QStringLiteral(" — ") + ds->str(a.evidence)));
    CHECK(text.contains(QStringLiteral("Alpha Conf 2023 · Amsterdam")));

    QApplication::setActiveWindow(&x.window);
    x.table->setFocus();
    QTest::keyClick(x.table, Qt::Key_Return);
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    CHECK(catcher.urls == QList<QUrl>{QUrl(QStringLiteral("https://video.example/a1"))});
}

TEST_CASE("bad files go to the problems panel as FILE:LINE while the rest loads", "[gui][explorer]")
{
    clearWindowSettings();
    const QString truncated = TestSupport::testData(QStringLiteral("dataset/truncated.json"));
    const QString binary = TestSupport::testData(QStringLiteral("bad/random.bin"));
    Explorer x({smallPath(), truncated, binary});
    CHECK(x.table->model()->rowCount() == 8);
    auto *panel = x.window.findChild<ProblemsPanel *>(QStringLiteral("problemsPanel"));
    REQUIRE(panel);
    CHECK(panel->isVisible());
    const QStringList lines = panel->lines();
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith(truncated + QStringLiteral(":")));
    CHECK(lines.at(0) == DatasetLoader::readFile(truncated).problems.first().toString());
    CHECK(lines.at(0).contains(QStringLiteral(": error: ")));
    CHECK(lines.at(1) == binary + QStringLiteral(": error: not a text file (binary data)"));
    CHECK(panel->windowTitle() == QStringLiteral("Problems (2)"));

    // A later load without problems puts the panel away.
    QSignalSpy loaded(&x.window, &MainWindow::datasetChanged);
    x.window.open({smallPath()});
    REQUIRE(loaded.wait(20000));
    CHECK(!panel->isVisible());
}

TEST_CASE("loading runs in the background: newer loads win, cancel keeps what was shown", "[gui][explorer]")
{
    clearWindowSettings();
    Explorer x({smallPath()});
    QSignalSpy loaded(&x.window, &MainWindow::datasetChanged);
    x.window.open({});           // the built-in dataset...
    x.window.open({smallPath()}); // ...replaced at once by this
    REQUIRE(loaded.wait(20000));
    CHECK(waitFor([&] { return !x.window.isLoading(); }));
    QTest::qWait(200);
    CHECK(loaded.count() == 1);
    CHECK(x.window.dataset()->talks.size() == 8);

    const DatasetPtr before = x.window.dataset();
    x.window.open({TestSupport::shared(QStringLiteral("data/kubecon-sessions"))});
    CHECK(x.window.isLoading());
    QAction *cancel = nullptr;
    for (QAction *a : x.window.menuBar()->actions().first()->menu()->actions()) {
        if (a->text() == QStringLiteral("&Cancel Loading"))
            cancel = a;
    }
    REQUIRE(cancel);
    cancel->trigger();
    CHECK(!x.window.isLoading());
    QTest::qWait(300);
    CHECK(x.window.dataset() == before);
    CHECK(loaded.count() == 1);
}

TEST_CASE("a long load shows its progress in files and fills the window", "[gui][explorer]")
{
    clearWindowSettings();
    const QString folder = TestSupport::shared(QStringLiteral("data/kubecon-sessions"));
    int files = 0;
    for (QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories); it.hasNext(); it.next())
        ++files;
    Explorer x({folder});
    auto *progress = x.window.findChild<QProgressBar *>(QStringLiteral("loadProgress"));
    REQUIRE(progress);
    CHECK(progress->maximum() == files);
    CHECK(progress->value() == files);
    CHECK(!progress->isVisible());
    const int talks = int(x.window.dataset()->talks.size());
    CHECK(talks > 3000);
    CHECK(x.status() == QStringLiteral("%1 of %1 talks").arg(talks));
}

TEST_CASE("a chart asks for one event and topic: the Talks tab lists them", "[gui][explorer]")
{
    clearWindowSettings();
    Explorer x({smallPath()});
    const DatasetPtr ds = x.window.dataset();
    auto *tabs = x.window.tabs();
    REQUIRE(tabs);
    CHECK(tabs->tabText(0) == QStringLiteral("Talks"));
    QSignalSpy filtered(&x.window, &MainWindow::filterChanged);
    x.window.showTalksFor(ds->findEvent(u"beta-2024"), ds->findTopic(u"security"));
    CHECK(filtered.count() == 1);
    CHECK(tabs->currentIndex() == 0);
    int expected = 0;
    for (const Talk &t : ds->talks)
        expected += t.event == ds->findEvent(u"beta-2024") && t.hasTopic(ds->findTopic(u"security"));
    CHECK(x.table->model()->rowCount() == expected);
    CHECK(expected == 2);
    CHECK(x.facet(QStringLiteral("security")).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(x.window.findChild<QToolButton *>(QStringLiteral("eventPicker"))->text()
          == QStringLiteral("Beta Summit 2024 (4 talks)"));
}

TEST_CASE("geometry, splitters and the last filter come back on start", "[gui][explorer]")
{
    clearWindowSettings();
    {
        Explorer x({smallPath()});
        x.window.resize(1100, 700);
        TalkFilter f;
        f.text = QStringLiteral("ebpf");
        f.kinds = {TalkKind::Lightning};
        x.window.setFilter(f);
        CHECK(x.table->model()->rowCount() == 1);
        x.window.close();
    }
    Explorer y({smallPath()});
    CHECK(y.search->text() == QStringLiteral("ebpf"));
    CHECK(y.window.filter().kinds == QList<TalkKind>{TalkKind::Lightning});
    CHECK(y.tableTitles() == QStringList{QStringLiteral("Observing attacks with eBPF")});
    CHECK(QSettings().value(SettingsKeys::RecentFiles).toStringList().first() == QFileInfo(smallPath()).absoluteFilePath());
    clearWindowSettings();
}

TEST_CASE("keyboard: Ctrl+F searches, actions sit in menus with shortcuts, widgets have accessible names", "[gui][explorer]")
{
    clearWindowSettings();
    Explorer x({smallPath()});
    QApplication::setActiveWindow(&x.window);
    x.table->setFocus();
    QTest::keyClick(&x.window, Qt::Key_F, Qt::ControlModifier);
    CHECK(x.search->hasFocus());

    QStringList shortcuts;
    for (QAction *menu : x.window.menuBar()->actions()) {
        for (QAction *a : menu->menu()->actions()) {
            if (!a->shortcut().isEmpty())
                shortcuts << a->shortcut().toString();
        }
    }
    INFO(shortcuts.join(QStringLiteral(", ")).toStdString());
    for (const char *want : {"Ctrl+O", "Ctrl+Shift+O", "F5", "Ctrl+Q", "Ctrl+F", "Esc"})
        CHECK(shortcuts.contains(QString::fromLatin1(want)));
    for (QWidget *w : std::initializer_list<QWidget *>{x.table, x.tree, x.search, x.facets, x.details})
        CHECK(!w->accessibleName().isEmpty());
}

TEST_CASE("screenshot of the window at 1280x800, light and dark", "[gui][explorer][screenshot]")
{
    // tools/screenshot sets CONFEXPLORER_SCREENSHOT_DIR to docs/screenshots; otherwise a temporary folder.
    const QString dir = qEnvironmentVariableIsSet("CONFEXPLORER_SCREENSHOT_DIR")
                            ? qEnvironmentVariable("CONFEXPLORER_SCREENSHOT_DIR")
                            : QDir::tempPath();
    // CONFEXPLORER_SCREENSHOT_INPUTS (paths separated by ':') shows those files instead of the built-in dataset.
    const QStringList inputs = qEnvironmentVariable("CONFEXPLORER_SCREENSHOT_INPUTS").split(u':', Qt::SkipEmptyParts);
    clearWindowSettings();
    for (const bool dark : {false, true}) {
        Explorer x(inputs);
        if (dark)
            x.window.findChild<QAction *>(QStringLiteral("darkPaletteAction"))->setChecked(true);
        x.window.resize(1280, 800);
        x.tree->expandToDepth(0);
        // Show off the details pane: the first talk with topics and a speaker's affiliation.
        const DatasetPtr ds = x.window.dataset();
        int row = 0;
        for (int r = 0; r < x.table->model()->rowCount(); ++r) {
            const Talk &t = ds->talks[x.table->model()->index(r, 0).data(TalkTableModel::TalkIndexRole).toUInt()];
            if (!t.topics.empty() && !t.speakers.empty() && !ds->str(t.speakers.front().affiliation).isEmpty()) {
                row = r;
                break;
            }
        }
        x.table->setCurrentIndex(x.table->model()->index(row, 0));
        QTest::qWait(50);
        const QImage shot = x.window.grab().toImage();
        CHECK(shot.size() == QSize(1280, 800));
        // Not blank: the table and tree drew text in more than one color.
        QSet<QRgb> colors;
        for (int y = 0; y < shot.height(); y += 7) {
            for (int xx = 0; xx < shot.width(); xx += 7)
                colors.insert(shot.pixel(xx, y));
        }
        CHECK(colors.size() > 20);
        const QString path = dir + (dark ? QStringLiteral("/main-window-dark.png") : QStringLiteral("/main-window.png"));
        CHECK(shot.save(path));
        if (dark)
            x.window.findChild<QAction *>(QStringLiteral("darkPaletteAction"))->setChecked(false);
    }
    clearWindowSettings();
}

#include "test_explorer.moc"

TEST_CASE("event and kind pickers take several values; the tree counts what they keep; Clear All resets", "[gui][explorer][pickers]")
{
    clearWindowSettings();
    Explorer x({smallPath()});
    const DatasetPtr ds = x.window.dataset();
    auto *events = x.window.findChild<QToolButton *>(QStringLiteral("eventPicker"));
    auto *kinds = x.window.findChild<QToolButton *>(QStringLiteral("kindPicker"));
    REQUIRE(events);
    REQUIRE(kinds);
    CHECK(events->accessibleName() == QStringLiteral("Events"));
    CHECK(kinds->accessibleName() == QStringLiteral("Kinds of session"));
    CHECK(events->text() == QStringLiteral("All events"));
    CHECK(kinds->text() == QStringLiteral("All kinds"));
    const auto choice = [](QToolButton *picker, const QString &startsWith) -> QAction * {
        for (QAction *a : picker->menu()->actions()) {
            if (a->isCheckable() && a->text().startsWith(startsWith))
                return a;
        }
        return nullptr;
    };
    QAction *alpha = choice(events, QStringLiteral("Alpha Conf 2023"));
    QAction *beta = choice(events, QStringLiteral("Beta Summit 2024"));
    QAction *lightning = choice(kinds, talkKindLabel(TalkKind::Lightning));
    QAction *talk = choice(kinds, talkKindLabel(TalkKind::Talk));
    REQUIRE(alpha);
    REQUIRE(beta);
    REQUIRE(lightning);
    REQUIRE(talk);

    const auto byHand = [&](const QList<EventIndex> &evs, const QList<TalkKind> &ks, EventIndex under) {
        int n = 0;
        for (const Talk &t : ds->talks)
            n += (evs.isEmpty() || evs.contains(t.event)) && (ks.isEmpty() || ks.contains(t.kind))
                 && (!under.isValid() || t.event == under);
        return n;
    };
    const EventIndex a = ds->findEvent(u"alpha-2023"), b = ds->findEvent(u"beta-2024");

    // A click on an entry ticks it and leaves the menu open for the next one.
    QMenu *menu = events->menu();
    menu->popup(events->mapToGlobal(QPoint(0, events->height())));
    REQUIRE(QTest::qWaitForWindowExposed(menu));
    const QPointF at = menu->actionGeometry(alpha).center();
    QMouseEvent release(QEvent::MouseButtonRelease, at, menu->mapToGlobal(at), Qt::LeftButton, Qt::NoButton, {});
    QApplication::sendEvent(menu, &release);
    CHECK(alpha->isChecked());
    CHECK(menu->isVisible());
    menu->close();
    CHECK(x.window.filter().events == QList<EventIndex>{a});
    CHECK(events->text() == alpha->text());
    CHECK(x.table->model()->rowCount() == byHand({a}, {}, {}));

    beta->trigger();
    CHECK(events->text() == QStringLiteral("2 events"));
    CHECK(x.window.filter().events == QList<EventIndex>{a, b});
    lightning->trigger();
    talk->trigger();
    CHECK(kinds->text() == QStringLiteral("2 kinds"));
    CHECK(x.window.filter().kinds == QList<TalkKind>{TalkKind::Talk, TalkKind::Lightning});
    const int expected = byHand({a, b}, {TalkKind::Lightning, TalkKind::Talk}, {});
    CHECK(x.table->model()->rowCount() == expected);
    CHECK(x.status() == QStringLiteral("%1 of 8 talks").arg(expected));
    // The tree's event rows count the talks the pickers keep.
    for (const EventIndex e : {a, b}) {
        const int n = byHand({a, b}, {TalkKind::Lightning, TalkKind::Talk}, e);
        const QModelIndex row = x.treeChild({}, ds->event(e).name);
        REQUIRE(row.isValid() == (n > 0));
        if (n > 0)
            CHECK(row.data().toString() == QStringLiteral("%1 (%2 talks)").arg(ds->event(e).name).arg(n));
    }

    // Clear All unticks every entry and the tree shows totals again.
    auto *clear = x.window.findChild<QPushButton *>(QStringLiteral("clearAll"));
    REQUIRE(clear);
    QTest::mouseClick(clear, Qt::LeftButton);
    CHECK(x.window.filter().isEmpty());
    CHECK(events->text() == QStringLiteral("All events"));
    CHECK(kinds->text() == QStringLiteral("All kinds"));
    for (QAction *act : {alpha, beta, lightning, talk})
        CHECK(!act->isChecked());
    CHECK(x.table->model()->rowCount() == 8);
    CHECK(x.treeChild({}, ds->event(a).name).data().toString()
          == QStringLiteral("%1 (%2 talks)").arg(ds->event(a).name).arg(byHand({}, {}, a)));
    CHECK(TestSupport::takeModelTestFailures().isEmpty());
}
