#include "benchmark.h"
#include "charts/chartexporter.h"
#include "charts/themechart.h"
#include "item/themematrixmodel.h"

#include <QTemporaryDir>

namespace {
// 200 events by 15 topics of theme rows, the size of a long-running conference series' history.
DatasetPtr themes(int events, int topics)
{
    auto ds = std::make_shared<Dataset>();
    for (int t = 0; t < topics; ++t)
        ds->addTopic({QStringLiteral("topic-%1").arg(t), QStringLiteral("Topic %1").arg(t), QColor()});
    for (int e = 0; e < events; ++e) {
        Event ev;
        ev.id = QStringLiteral("event-%1").arg(e);
        ev.name = QStringLiteral("Conference %1 %2")
                      .arg(e % 2 ? QStringLiteral("Europe") : QStringLiteral("America"))
                      .arg(1900 + e);
        ev.series = QStringLiteral("Conference");
        ev.start = QDate(1900 + e, 4, 1);
        const EventIndex ei = ds->addEvent(ev);
        for (int t = 0; t < topics; ++t) {
            const int talks = (e * 7 + t * 13) % 40 + 1;
            ds->themes.push_back({ei, TopicIndex(t), talks, 0, talks / 400.0});
        }
    }
    return ds;
}

Bench::Register exportPng("export_chart_png_ms", [] {
    ThemeMatrixModel model;
    model.setDataset(themes(200, 15));
    model.setTopN(15);
    QTemporaryDir dir;
    ChartExporter::Options options;
    options.size = QSize(1600, 900);
    double worst = 0;
    for (int k = 0; k < ThemeChart::KindCount; ++k) {
        const auto kind = ThemeChart::Kind(k);
        const QString path = dir.filePath(ThemeChart::kindName(kind) + QStringLiteral(".png"));
        QString error;
        const double ms = Bench::bestMs(3, [&] {
            if (!ChartExporter(model, kind, options).write(path, &error)) qFatal("%s", qPrintable(error));
        });
        Bench::report(qPrintable(QStringLiteral("export_chart_png_ms_%1").arg(ThemeChart::kindName(kind))),
                      ms, "ms");
        const double renderMs = Bench::bestMs(3, [&] { ChartExporter(model, kind, options).image(); });
        Bench::report(qPrintable(QStringLiteral("render_chart_ms_%1").arg(ThemeChart::kindName(kind))),
                      renderMs, "ms");
        const double buildMs = Bench::bestMs(3, [&] { ThemeChart chart(model, kind); });
        Bench::report(qPrintable(QStringLiteral("build_chart_ms_%1").arg(ThemeChart::kindName(kind))),
                      buildMs, "ms");
        worst = std::max(worst, ms);
    }
    // The headline figure is the slowest kind.
    Bench::report("export_chart_png_ms", worst, "ms");
});
} // namespace
