#include "item/eventlistmodel.h"
#include "item/talktablemodel.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>

#include <catch2/catch.hpp>

TEST_CASE("the window opens on the built-in dataset and shows its events", "[gui]")
{
    MainWindow window;
    QSignalSpy loaded(&window, &MainWindow::datasetChanged);
    window.show();
    window.open({});
    REQUIRE(loaded.wait(20000));
    auto *events = window.findChild<QListView *>(QStringLiteral("eventList"));
    REQUIRE(events);
    CHECK(TestSupport::flatten(events->model())
          == QStringList{QStringLiteral("KubeCon + CloudNativeCon Europe 2023 (16 talks)"),
                         QStringLiteral("KubeCon + CloudNativeCon North America 2023 (11 talks)"),
                         QStringLiteral("KubeCon + CloudNativeCon North America 2024 (27 talks)")});
    auto *table = window.findChild<QTableView *>(QStringLiteral("talkTable"));
    REQUIRE(table);
    CHECK(table->model()->rowCount() == 54);
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("54 of 54 talks"));

    events->setCurrentIndex(events->model()->index(2, 0));
    CHECK(table->model()->rowCount() == 27);
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("27 of 54 talks"));
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
