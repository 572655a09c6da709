#include "charts/chartexporter.h"
#include "item/themematrixmodel.h"
#include "testsupport.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using TestSupport::runApp;

namespace {
QString errText(const TestSupport::Run &run)
{
    return QString::fromUtf8(run.err).trimmed();
}

const QString tryHelp = QStringLiteral("\nTry 'confexplorer --help' for more information.");
} // namespace

TEST_CASE("export-chart writes a PNG of the asked size and resolution from the built-in dataset",
          "[charts][cli]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("heatmap.png"));
    const auto run =
        runApp({QStringLiteral("--export-chart"), out, QStringLiteral("--chart"), QStringLiteral("heatmap"),
                QStringLiteral("--size"), QStringLiteral("800x500"), QStringLiteral("--dpi"),
                QStringLiteral("120"), QStringLiteral("--title"), QStringLiteral("Built-in themes")});
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    const QImage png(out);
    REQUIRE(!png.isNull());
    CHECK(png.size() == QSize(800, 500));
    CHECK(png.dotsPerMeterX() == qRound(120 / 0.0254));
}

TEST_CASE("export-chart adds .png to a name without suffix and writes SVG and PDF by suffix", "[charts][cli]")
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("chart"));
    REQUIRE(runApp({QStringLiteral("--export-chart"), base}).exitCode == 0);
    CHECK(QImage(base + QStringLiteral(".png")).size() == QSize(1600, 900));
    REQUIRE(runApp({QStringLiteral("--export-chart"), base + QStringLiteral(".svg"),
                    QStringLiteral("--chart"), QStringLiteral("trend")})
                .exitCode == 0);
    QFile svg(base + QStringLiteral(".svg"));
    REQUIRE(svg.open(QIODevice::ReadOnly));
    CHECK(svg.readAll().contains("<title>Talks per topic across events</title>"));
    REQUIRE(runApp({QStringLiteral("--export-chart"), base + QStringLiteral(".pdf"),
                    QStringLiteral("--chart"), QStringLiteral("stacked")})
                .exitCode == 0);
    QFile pdf(base + QStringLiteral(".pdf"));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
}

TEST_CASE("export-chart CSV equals the matrix of the same choices", "[charts][cli]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("data.csv"));
    const auto run = runApp({QStringLiteral("--export-chart"), out, QStringLiteral("--measure"),
                             QStringLiteral("share"), QStringLiteral("--top"), QStringLiteral("3")});
    REQUIRE(run.exitCode == 0);
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    ThemeMatrixModel model;
    model.setDataset(TestSupport::loadBuiltin());
    model.setMeasure(ThemeMatrixModel::Measure::Share);
    model.setTopN(3);
    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.columnCount() == 3);
    const QByteArray csv = f.readAll();
    CHECK(csv == ChartExporter::csv(model));
    const QList<QByteArray> lines = csv.split('\n');
    CHECK(lines[0] == QByteArray("topic,label,kubecon-eu-2023,kubecon-na-2023,kubecon-na-2024"));
    for (int r = 0; r < 3; ++r) {
        const QList<QByteArray> cells = lines[r + 1].split(',');
        for (int c = 0; c < 3; ++c)
            CHECK(cells.value(cells.size() - 3 + c).toDouble() == Approx(model.value(r, c)));
    }
}

TEST_CASE("export-chart charts the picked topics and events", "[charts][cli]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("picked.csv"));
    const auto run = runApp({QStringLiteral("--export-chart"), out, QStringLiteral("--topics"),
                             QStringLiteral("security,ai"), QStringLiteral("--events"),
                             QStringLiteral("kubecon-na-2024,kubecon-eu-2023")});
    REQUIRE(run.exitCode == 0);
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == QByteArray("topic,label,kubecon-eu-2023,kubecon-na-2024"));
    CHECK(lines[1].startsWith("security,Security,"));
    CHECK(lines[2].startsWith("ai,"));
}

TEST_CASE("export-chart: bad options exit 2 with a clear message", "[charts][cli]")
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("x.png"));
    auto check = [&](const QStringList &args, const QString &message) {
        const auto run = runApp(args);
        INFO(args.join(u' ').toStdString());
        CHECK(run.exitCode == 2);
        CHECK(errText(run) == QStringLiteral("confexplorer: ") + message + tryHelp);
    };
    const QString ec = QStringLiteral("--export-chart");
    check({ec, png, QStringLiteral("--size"), QStringLiteral("1600")},
          QStringLiteral("--size must be WIDTHxHEIGHT, e.g. 1600x900"));
    check({ec, png, QStringLiteral("--size"), QStringLiteral("0x900")},
          QStringLiteral("--size must be WIDTHxHEIGHT, e.g. 1600x900"));
    check({ec, png, QStringLiteral("--chart"), QStringLiteral("pie")},
          QStringLiteral("--chart must be grouped, stacked, trend or heatmap, not 'pie'"));
    check({ec, png, QStringLiteral("--measure"), QStringLiteral("minutes")},
          QStringLiteral("--measure must be talks or share, not 'minutes'"));
    check({ec, png, QStringLiteral("--dpi"), QStringLiteral("5")},
          QStringLiteral("--dpi must be a whole number from 24 to 1200, e.g. 144"));
    check({ec, png, QStringLiteral("--top"), QStringLiteral("-1")},
          QStringLiteral("--top must be a whole number, 0 for all topics, e.g. 8"));
    check({ec, png, QStringLiteral("--topics"), QStringLiteral(",")},
          QStringLiteral("--topics must list topic ids, e.g. ai,security"));
    check({ec, dir.filePath(QStringLiteral("x.gif"))},
          QStringLiteral("--export-chart OUT must end in .png, .jpg, .jpeg, .svg, .pdf or .csv, not '%1'")
              .arg(dir.filePath(QStringLiteral("x.gif"))));
    check({QStringLiteral("--chart"), QStringLiteral("trend")},
          QStringLiteral("--chart needs --export-chart OUT"));
    check({ec, png, QStringLiteral("--events"), QStringLiteral("kubecon-na-2024,fosdem-1999")},
          QStringLiteral(
              "--events: no event 'fosdem-1999' in the data (known: kubecon-eu-2023, kubecon-na-2023, "
              "kubecon-na-2024)"));
    const auto run = runApp({ec, png, QStringLiteral("--topics"), QStringLiteral("ai,quantum")});
    CHECK(run.exitCode == 2);
    CHECK(errText(run).startsWith(
        QStringLiteral("confexplorer: --topics: no topic 'quantum' in the data (known: ai, ")));
    CHECK_FALSE(QFile::exists(png));
}

TEST_CASE("export-chart reports a file it cannot write and exits 1", "[charts][cli]")
{
    const auto run = runApp({QStringLiteral("--export-chart"), QStringLiteral("/no/such/folder/chart.png")});
    CHECK(run.exitCode == 1);
    CHECK(errText(run).startsWith(QStringLiteral("/no/such/folder/chart.png: error: cannot write: ")));
}
