#include "charts/themechart.h"
#include "charts/themechartpanel.h"
#include "charts/themechartview.h"
#include "item/themematrixmodel.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

TEST_CASE("clicking a bar in the Themes tab filters the talk table to its event and topic", "[charts][gui]")
{
    MainWindow window;
    QSignalSpy loaded(&window, &MainWindow::datasetChanged);
    window.resize(1400, 900);
    window.show();
    window.open({});
    REQUIRE(loaded.wait(20000));
    auto *panel = window.findChild<ThemeChartPanel *>();
    REQUIRE(panel);
    window.tabs()->setCurrentWidget(panel);
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();

    ThemeMatrixModel *model = panel->model();
    REQUIRE(model->rowCount() > 0);
    // The first topic at the last event that has talks on it (AI + ML at North America 2024).
    int row = 0, column = model->columnCount() - 1;
    while (row < model->rowCount() && model->cell(row, column).talks == 0)
        ++row;
    REQUIRE(row < model->rowCount());
    const int talks = model->cell(row, column).talks;
    const EventIndex event = model->eventAt(column);
    const TopicIndex topic = model->topicAt(row);

    ThemeChartView *view = panel->chartView();
    const auto at = view->themeChart()->cellPosition(row, column);
    REQUIRE(at);
    const QPoint pos = view->mapFromScene(view->themeChart()->mapToScene(*at));
    QTest::mouseMove(view->viewport(), pos);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos);

    CHECK(window.filter().events == QList<EventIndex>{event});
    CHECK(window.filter().topics == QList<TopicIndex>{topic});
    auto *table = window.findChild<QTableView *>(QStringLiteral("talkTable"));
    REQUIRE(table);
    CHECK(window.tabs()->currentWidget() == table);
    CHECK(table->model()->rowCount() == talks);
    // The chart keeps every event and topic: the click's own filter is what the chart's axes pick.
    CHECK(model->columnCount() == 3);
    CHECK(!model->isFiltered());
}
