#include "item/eventlistmodel.h"
#include "item/eventtreemodel.h"
#include "item/talktablemodel.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>

#include <catch2/catch.hpp>

TEST_CASE("the window opens on the built-in dataset and shows its events", "[gui]")
{
    MainWindow window;
    QSignalSpy loaded(&window, &MainWindow::datasetChanged);
    window.show();
    window.open({});
    REQUIRE(loaded.wait(20000));
    const DatasetPtr ds = window.dataset();
    REQUIRE(ds);
    // The events are the tree's top level, by date, with their talk counts.
    auto *events = window.findChild<QTreeView *>(QStringLiteral("eventTree"));
    REQUIRE(events);
    QStringList top;
    for (int r = 0; r < events->model()->rowCount(); ++r)
        top << events->model()->index(r, 0).data().toString();
    CHECK(top
          == QStringList{QStringLiteral("KubeCon + CloudNativeCon Europe 2023 (16 talks)"),
                         QStringLiteral("KubeCon + CloudNativeCon North America 2023 (11 talks)"),
                         QStringLiteral("KubeCon + CloudNativeCon North America 2024 (26 talks)")});
    auto *table = window.findChild<QTableView *>(QStringLiteral("talkTable"));
    REQUIRE(table);
    const int all = int(ds->talks.size());
    CHECK(all == 53);
    CHECK(table->model()->rowCount() == all);
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("%1 of %1 talks").arg(all));

    const QModelIndex last = events->model()->index(2, 0);
    const auto event = EventIndex(last.data(EventTreeModel::EventIndexRole).toUInt());
    const int inEvent =
        int(std::count_if(ds->talks.begin(), ds->talks.end(), [&](const Talk &t) { return t.event == event; }));
    events->setCurrentIndex(last);
    CHECK(table->model()->rowCount() == inEvent);
    CHECK(inEvent == 26);
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("%1 of %2 talks").arg(inEvent).arg(all));
}

TEST_CASE("talk table and event list pass the model tester", "[models]")
{
    TalkTableModel talks;
    EventListModel events;
    auto t1 = TestSupport::testModel(&talks);
    auto t2 = TestSupport::testModel(&events);
    const DatasetPtr ds = TestSupport::loadBuiltin();
    talks.setDataset(ds);
    events.setDataset(ds);
    CHECK(talks.rowCount() == int(ds->talks.size()));
    CHECK(talks.index(0, TalkTableModel::EventColumn).data().toString() == QStringLiteral("KubeCon + CloudNativeCon North America 2023"));
    CHECK(TestSupport::takeModelTestFailures().isEmpty());
}
