#include "charts/chartexporter.h"
#include "charts/themechart.h"
#include "charts/themechartpanel.h"
#include "charts/themechartview.h"
#include "item/talksearchindex.h"
#include "item/themematrixmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

namespace {
// Three events (stored out of date order), five topics (one without a colour, one that never occurs)
// and their theme rows, small enough to know every number, plus talks for the filter.
DatasetPtr handMade()
{
    auto ds = std::make_shared<Dataset>();
    auto event = [&](const char *id, const char *name, QDate start) {
        Event e;
        e.id = QString::fromLatin1(id);
        e.name = QString::fromLatin1(name);
        e.series = QStringLiteral("DevConf");
        e.start = start;
        e.end = start.addDays(2);
        return ds->addEvent(e);
    };
    const EventIndex e24 = event("devconf-eu-2024", "DevConf Europe 2024", QDate(2024, 3, 19));
    const EventIndex eu23 = event("devconf-eu-2023", "DevConf Europe 2023", QDate(2023, 4, 18));
    const EventIndex na23 = event("devconf-na-2023", "DevConf North America 2023", QDate(2023, 11, 6));
    const TopicIndex ai =
        ds->addTopic({QStringLiteral("ai"), QStringLiteral("AI & ML"), QColor(0xd5, 0x5e, 0x00)});
    const TopicIndex sec =
        ds->addTopic({QStringLiteral("security"), QStringLiteral("Security"), QColor(0x00, 0x72, 0xb2)});
    const TopicIndex obs = ds->addTopic(
        {QStringLiteral("observability"), QStringLiteral("Observability"), QColor(0x00, 0x9e, 0x73)});
    const TopicIndex plat =
        ds->addTopic({QStringLiteral("platform"), QStringLiteral("Platform engineering"), QColor()});
    ds->addTopic({QStringLiteral("wasm"), QStringLiteral("WebAssembly"), QColor(0xcc, 0x79, 0xa7)});
    ds->themes = {
        {eu23, ai, 2, 1, 0.10},   {eu23, sec, 6, 0, 0.30},  {eu23, obs, 4, 2, 0.20}, {eu23, plat, 3, 0, 0.15},
        {na23, ai, 5, 0, 0.20},   {na23, sec, 5, 1, 0.20},  {na23, obs, 3, 0, 0.12}, {e24, ai, 12, 3, 0.40},
        {e24, sec, 4, 0, 0.1333}, {e24, obs, 2, 0, 0.0667}, {e24, plat, 6, 1, 0.20},
    };
    auto talk = [&](EventIndex e, TalkKind kind, std::initializer_list<TopicIndex> topics) {
        Talk t;
        t.id = QStringLiteral("t%1").arg(ds->talks.size());
        t.title = t.id;
        t.event = e;
        t.kind = kind;
        for (TopicIndex topic : topics)
            t.topics.push_back({topic, StringId()});
        ds->talks.push_back(t);
    };
    talk(e24, TalkKind::Talk, {ai});
    talk(e24, TalkKind::Talk, {ai, sec});
    talk(e24, TalkKind::Keynote, {ai});
    talk(e24, TalkKind::Logistics, {ai}); // logistics never count
    talk(eu23, TalkKind::Talk, {obs});
    talk(na23, TalkKind::Talk, {plat});
    return ds;
}

int countPixels(const QImage &image, const QColor &color, int tolerance = 2)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = line[x];
            if (std::abs(qRed(p) - color.red()) <= tolerance &&
                std::abs(qGreen(p) - color.green()) <= tolerance &&
                std::abs(qBlue(p) - color.blue()) <= tolerance)
                ++n;
        }
    }
    return n;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Pages of a PDF as its objects declare them ("/Type /Page", not "/Pages").
int pdfPages(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int n = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++n;
    return n;
}

// Checks one exported file of each format for one kind.
void checkExports(const ThemeMatrixModel &model, ThemeChart::Kind kind, const QString &dir)
{
    const QString base = dir + u'/' + ThemeChart::kindName(kind);
    ChartExporter::Options options;
    options.size = QSize(1200, 700);
    options.dpi = 150;
    const ChartExporter exporter(model, kind, options);
    QString error;

    INFO("kind " << ThemeChart::kindName(kind).toStdString());
    REQUIRE(exporter.write(base + QStringLiteral(".png"), &error));
    CHECK(error.isEmpty());
    QImage png(base + QStringLiteral(".png"));
    REQUIRE(!png.isNull());
    CHECK(png.size() == QSize(1200, 700));
    CHECK(png.dotsPerMeterX() == qRound(150 / 0.0254));
    CHECK(png.dotsPerMeterY() == qRound(150 / 0.0254));
    png = png.convertToFormat(QImage::Format_RGB32);
    const ThemeChart chart(model, kind);
    const QList<QColor> colors = chart.seriesColors();
    REQUIRE(!colors.isEmpty());
    for (const QColor &c : colors) {
        INFO("series colour " << c.name().toStdString());
        CHECK(countPixels(png, c) > 50);
    }

    REQUIRE(exporter.write(base + QStringLiteral(".jpg"), &error));
    const QImage jpg(base + QStringLiteral(".jpg"));
    CHECK(jpg.size() == QSize(1200, 700));
    CHECK(readAll(base + QStringLiteral(".jpg")).startsWith("\xff\xd8\xff"));

    REQUIRE(exporter.write(base + QStringLiteral(".svg"), &error));
    QSvgRenderer svg(base + QStringLiteral(".svg"));
    CHECK(svg.isValid());
    CHECK(svg.viewBoxF() == QRectF(0, 0, 1200, 700));
    const QByteArray svgText = readAll(base + QStringLiteral(".svg"));
    CHECK(svgText.contains(
        QByteArray("<title>" + ThemeChart::defaultTitle(model, kind).toUtf8() + "</title>")));
    CHECK(svgText.contains("<desc>"));

    REQUIRE(exporter.write(base + QStringLiteral(".pdf"), &error));
    const QByteArray pdf = readAll(base + QStringLiteral(".pdf"));
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdfPages(pdf) == 1);
}

// The CSV as numbers: header ids, then per topic its id and values.
QList<QStringList> parseCsv(const QByteArray &csv)
{
    QList<QStringList> rows;
    for (const QString &line : QString::fromUtf8(csv).split(u'\n', Qt::SkipEmptyParts))
        rows << line.split(u',');
    return rows;
}
} // namespace

TEST_CASE("theme matrix: topics by events in date order, top N by total", "[charts][models]")
{
    ThemeMatrixModel model;
    auto tester = TestSupport::testModel(&model);
    model.setDataset(handMade());
    CHECK(model.columnCount() == 3);
    QStringList events;
    for (int c = 0; c < model.columnCount(); ++c)
        events << model.headerData(c, Qt::Horizontal).toString();
    CHECK(events == QStringList{QStringLiteral("Europe 2023"), QStringLiteral("North America 2023"),
                                QStringLiteral("Europe 2024")});
    CHECK(model.headerData(0, Qt::Horizontal, ThemeMatrixModel::EventIdRole).toString() ==
          QStringLiteral("devconf-eu-2023"));
    QStringList topics;
    for (int r = 0; r < model.rowCount(); ++r)
        topics << model.headerData(r, Qt::Vertical).toString();
    // Talks and paragraphs 23, 16, 11, 10; WebAssembly never occurs.
    CHECK(topics == QStringList{QStringLiteral("AI & ML"), QStringLiteral("Security"),
                                QStringLiteral("Observability"), QStringLiteral("Platform engineering")});
    CHECK(TestSupport::flatten(&model) ==
          QStringList{QStringLiteral("2 | 5 | 12"), QStringLiteral("6 | 5 | 4"), QStringLiteral("4 | 3 | 2"),
                      QStringLiteral("3 | 0 | 6")});
    CHECK(model.index(0, 2).data(ThemeMatrixModel::SortRole).toDouble() == 12);
    CHECK(model.index(0, 2).data(ThemeMatrixModel::EventIndexRole).toUInt() == 0);
    CHECK(model.index(3, 0).data(ThemeMatrixModel::TopicIndexRole).toUInt() == 3);
    CHECK(model.headerData(3, Qt::Vertical, ThemeMatrixModel::ColorRole).value<QColor>() ==
          ThemeMatrixModel::fallbackColor(3));

    model.setTopN(2);
    CHECK(TestSupport::flatten(&model) ==
          QStringList{QStringLiteral("2 | 5 | 12"), QStringLiteral("6 | 5 | 4")});

    model.setMeasure(ThemeMatrixModel::Measure::Share);
    CHECK(TestSupport::flatten(&model) ==
          QStringList{QStringLiteral("10.0% | 20.0% | 40.0%"), QStringLiteral("30.0% | 20.0% | 13.3%")});
    CHECK(model.index(1, 2).data(ThemeMatrixModel::SortRole).toDouble() == Approx(0.1333));
    CHECK(model.index(1, 2).data(ThemeMatrixModel::TalksRole).toInt() == 4);
    CHECK(model.index(0, 2).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("AI & ML at DevConf Europe 2024: 12 talks, 40.0% share"));

    const DatasetPtr ds = model.dataset();
    model.setPickedTopics({ds->findTopic(u"platform"), ds->findTopic(u"wasm")});
    model.setPickedEvents({ds->findEvent(u"devconf-eu-2024"), ds->findEvent(u"devconf-eu-2023")});
    CHECK(model.headerData(0, Qt::Horizontal).toString() == QStringLiteral("Europe 2023"));
    CHECK(TestSupport::flatten(&model) ==
          QStringList{QStringLiteral("15.0% | 20.0%"), QStringLiteral("0.0% | 0.0%")});
    CHECK(TestSupport::takeModelTestFailures().isEmpty());
}

TEST_CASE("theme matrix follows the window's talk filter", "[charts][models]")
{
    ThemeMatrixModel model;
    auto tester = TestSupport::testModel(&model);
    model.setDataset(handMade());
    model.setTopN(0);
    // The four talks of Europe 2024, the logistics entry among them.
    model.setTalkFilter(std::vector<TalkIndex>{TalkIndex(0), TalkIndex(1), TalkIndex(2), TalkIndex(3)});
    CHECK(model.isFiltered());
    CHECK(model.columnCount() == 1);
    CHECK(model.headerData(0, Qt::Horizontal).toString() == QStringLiteral("Europe 2024"));
    CHECK(TestSupport::flatten(&model) == QStringList{QStringLiteral("3"), QStringLiteral("1")});
    // Shares of the filtered talks, by the topic layer's definition.
    model.setMeasure(ThemeMatrixModel::Measure::Share);
    CHECK(TestSupport::flatten(&model) == QStringList{QStringLiteral("75.0%"), QStringLiteral("25.0%")});
    model.setTalkFilter(std::nullopt);
    CHECK(model.rowCount() == 4);
    CHECK(model.columnCount() == 3);
    CHECK(TestSupport::takeModelTestFailures().isEmpty());
}

TEST_CASE("each chart kind exports as PNG, JPEG, SVG and PDF", "[charts][export]")
{
    ThemeMatrixModel model;
    model.setDataset(handMade());
    QTemporaryDir dir;
    for (int k = 0; k < ThemeChart::KindCount; ++k)
        checkExports(model, ThemeChart::Kind(k), dir.path());
    model.setMeasure(ThemeMatrixModel::Measure::Share);
    for (int k = 0; k < ThemeChart::KindCount; ++k)
        checkExports(model, ThemeChart::Kind(k), dir.path());
}

TEST_CASE("each chart kind exports from the built-in dataset in each format", "[charts][export]")
{
    ThemeMatrixModel model;
    model.setDataset(TestSupport::loadBuiltin());
    REQUIRE(model.rowCount() > 1);
    REQUIRE(model.columnCount() == 3);
    QTemporaryDir dir;
    for (int k = 0; k < ThemeChart::KindCount; ++k)
        checkExports(model, ThemeChart::Kind(k), dir.path());
}

TEST_CASE("chart data CSV equals the matrix", "[charts][export]")
{
    ThemeMatrixModel model;
    model.setDataset(handMade());
    for (auto measure : {ThemeMatrixModel::Measure::Talks, ThemeMatrixModel::Measure::Share}) {
        model.setMeasure(measure);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("data.csv"));
        QString error;
        REQUIRE(ChartExporter(model, ThemeChart::Kind::Heatmap).write(path, &error));
        const QList<QStringList> rows = parseCsv(readAll(path));
        REQUIRE(rows.size() == model.rowCount() + 1);
        CHECK(rows[0] == QStringList{QStringLiteral("topic"), QStringLiteral("label"),
                                     QStringLiteral("devconf-eu-2023"), QStringLiteral("devconf-na-2023"),
                                     QStringLiteral("devconf-eu-2024")});
        for (int r = 0; r < model.rowCount(); ++r) {
            REQUIRE(rows[r + 1].size() == model.columnCount() + 2);
            CHECK(rows[r + 1][0] ==
                  model.headerData(r, Qt::Vertical, ThemeMatrixModel::TopicIdRole).toString());
            for (int c = 0; c < model.columnCount(); ++c)
                CHECK(rows[r + 1][c + 2].toDouble() == model.value(r, c));
        }
    }
    model.setMeasure(ThemeMatrixModel::Measure::Talks);
    CHECK(ChartExporter::csv(model).split('\n').value(1) == QByteArray("ai,AI & ML,2,5,12"));
}

TEST_CASE("export adds the default suffix, refuses unknown ones and reports write errors", "[charts][export]")
{
    CHECK(ChartExporter::withDefaultSuffix(QStringLiteral("/tmp/chart"),
                                           QStringLiteral("SVG drawing (*.svg)")) ==
          QStringLiteral("/tmp/chart.svg"));
    CHECK(ChartExporter::withDefaultSuffix(QStringLiteral("/tmp/chart"),
                                           QStringLiteral("JPEG image (*.jpg *.jpeg)")) ==
          QStringLiteral("/tmp/chart.jpg"));
    CHECK(ChartExporter::withDefaultSuffix(QStringLiteral("/tmp/chart")) == QStringLiteral("/tmp/chart.png"));
    CHECK(ChartExporter::withDefaultSuffix(QStringLiteral("/tmp/chart.pdf"),
                                           QStringLiteral("SVG drawing (*.svg)")) ==
          QStringLiteral("/tmp/chart.pdf"));

    ThemeMatrixModel model;
    model.setDataset(handMade());
    const ChartExporter exporter(model, ThemeChart::Kind::Grouped);
    QString error;
    CHECK_FALSE(exporter.write(QStringLiteral("/tmp/chart.gif"), &error));
    CHECK(error ==
          QStringLiteral(
              "/tmp/chart.gif: error: unknown chart format 'gif' (use .png, .jpg, .svg, .pdf or .csv)"));
    for (const char *suffix : {"png", "svg", "pdf", "csv"}) {
        const QString path = QStringLiteral("/no/such/folder/chart.") + QLatin1StringView(suffix);
        CHECK_FALSE(exporter.write(path, &error));
        CHECK(error.startsWith(path + QStringLiteral(": error: cannot write: ")));
        CHECK_FALSE(QFile::exists(path));
    }
}

TEST_CASE("clicking a bar, point or cell in the chart view names its event and topic", "[charts][gui]")
{
    ThemeMatrixModel model;
    model.setDataset(handMade());
    ThemeChartView view(&model);
    view.resize(1000, 650);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QSignalSpy clicked(&view, &ThemeChartView::cellActivated);
    // Security (row 1) at North America 2023 (column 1); AI & ML (row 0) at Europe 2024 (column 2).
    for (int k = 0; k < ThemeChart::KindCount; ++k) {
        view.setKind(ThemeChart::Kind(k));
        QCoreApplication::processEvents();
        INFO("kind " << ThemeChart::kindName(view.kind()).toStdString());
        for (auto [row, column] : {std::pair{1, 1}, std::pair{0, 2}}) {
            const auto at = view.themeChart()->cellPosition(row, column);
            REQUIRE(at);
            const QPoint pos = view.mapFromScene(view.themeChart()->mapToScene(*at));
            clicked.clear();
            QTest::mouseMove(view.viewport(), pos);
            QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, pos);
            REQUIRE(clicked.size() == 1);
            CHECK(clicked[0][0].value<EventIndex>() == model.eventAt(column));
            CHECK(clicked[0][1].value<TopicIndex>() == model.topicAt(row));
            CHECK(view.hoverText() == model.describe(row, column));
        }
    }
}

TEST_CASE("the chart panel follows the window's filter but not its events and topics", "[charts][gui]")
{
    const DatasetPtr ds = handMade();
    const TalkSearchIndex index(*ds);
    ThemeChartPanel panel;
    auto tester = TestSupport::testModel(panel.model());
    panel.setDataset(ds);
    ThemeMatrixModel *model = panel.model();
    CHECK(model->columnCount() == 3);

    TalkFilter keynotes;
    keynotes.kinds = {TalkKind::Keynote};
    panel.setTalkFilter(keynotes, index);
    CHECK(model->isFiltered());
    CHECK(model->headerData(0, Qt::Horizontal).toString() == QStringLiteral("Europe 2024"));
    CHECK(TestSupport::flatten(model) == QStringList{QStringLiteral("1")});

    // What a click on a bar sets: the chart keeps showing every event and topic.
    TalkFilter clicked;
    clicked.events = {ds->findEvent(u"devconf-eu-2023")};
    clicked.topics = {ds->findTopic(u"observability")};
    panel.setTalkFilter(clicked, index);
    CHECK_FALSE(model->isFiltered());
    CHECK(model->rowCount() == 4);
    CHECK(model->columnCount() == 3);

    auto *kind = panel.findChild<QComboBox *>(QStringLiteral("chartKind"));
    REQUIRE(kind);
    kind->setCurrentIndex(int(ThemeChart::Kind::Heatmap));
    CHECK(panel.chartView()->kind() == ThemeChart::Kind::Heatmap);
    auto *measure = panel.findChild<QComboBox *>(QStringLiteral("chartMeasure"));
    REQUIRE(measure);
    measure->setCurrentIndex(1);
    CHECK(model->measure() == ThemeMatrixModel::Measure::Share);
    panel.showTable(true);
    auto *table = panel.findChild<QTableView *>(QStringLiteral("themeTable"));
    REQUIRE(table);
    CHECK(table->isVisibleTo(&panel));
    CHECK(table->model()->index(0, 2).data().toString() == QStringLiteral("40.0%"));
    CHECK(TestSupport::takeModelTestFailures().isEmpty());
}

TEST_CASE("copy chart puts the rendered chart on the clipboard", "[charts][gui]")
{
    ThemeChartPanel panel;
    panel.setDataset(handMade());
    panel.setKind(ThemeChart::Kind::Stacked);
    panel.resize(900, 600);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    QApplication::clipboard()->clear();
    panel.copyChart();
    const QImage image = QApplication::clipboard()->image().convertToFormat(QImage::Format_RGB32);
    REQUIRE(!image.isNull());
    CHECK(image.size() == panel.chartView()->size().expandedTo(QSize(400, 300)));
    // The topics' colours are in it: a rendering, not an empty image.
    const ThemeChart chart(*panel.model(), ThemeChart::Kind::Stacked);
    for (const QColor &c : chart.seriesColors())
        CHECK(countPixels(image, c) > 50);
}
