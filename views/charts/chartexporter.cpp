#include "chartexporter.h"

#include "item/themematrixmodel.h"

#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <algorithm>

namespace {
constexpr double ScreenDpi = 96; // the resolution the chart is laid out for

QString quoteCsv(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n')) return field;
    return u'"' + QString(field).replace(u'"', QLatin1StringView("\"\"")) + u'"';
}

QString writeError(const QString &path, const QString &reason)
{
    return QStringLiteral("%1: error: cannot write: %2").arg(path, reason);
}
} // namespace

ChartExporter::ChartExporter(const ThemeMatrixModel &model, ThemeChart::Kind kind)
    : ChartExporter(model, kind, Options())
{}

ChartExporter::ChartExporter(const ThemeMatrixModel &model, ThemeChart::Kind kind, Options options)
    : m_model(model), m_kind(kind), m_options(std::move(options))
{
    m_options.size = m_options.size.boundedTo(QSize(MaxSide, MaxSide)).expandedTo(QSize(1, 1));
    m_options.dpi = std::clamp(m_options.dpi, MinDpi, MaxDpi);
}

QStringList ChartExporter::chartNameFilters()
{
    return {QObject::tr("PNG image (*.png)"), QObject::tr("JPEG image (*.jpg *.jpeg)"),
            QObject::tr("SVG drawing (*.svg)"), QObject::tr("PDF document (*.pdf)")};
}

QString ChartExporter::csvNameFilter()
{
    return QObject::tr("CSV table (*.csv)");
}

std::optional<ChartExporter::Format> ChartExporter::formatOf(const QString &path)
{
    const QString s = QFileInfo(path).suffix().toLower();
    if (s == u"png") return Format::Png;
    if (s == u"jpg" || s == u"jpeg") return Format::Jpeg;
    if (s == u"svg") return Format::Svg;
    if (s == u"pdf") return Format::Pdf;
    if (s == u"csv") return Format::Csv;
    return std::nullopt;
}

QString ChartExporter::suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Jpeg:
        return QStringLiteral("jpg");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

QString ChartExporter::withDefaultSuffix(const QString &path, const QString &nameFilter)
{
    if (!QFileInfo(path).suffix().isEmpty()) return path;
    static const QRegularExpression pattern(QStringLiteral("\\*\\.(\\w+)"));
    const QRegularExpressionMatch m = pattern.match(nameFilter);
    return path + u'.' + (m.hasMatch() ? m.captured(1) : suffix(Format::Png));
}

QString ChartExporter::chartTitle() const
{
    return m_options.title.isEmpty() ? ThemeChart::defaultTitle(m_model, m_kind) : m_options.title;
}

void ChartExporter::render(QPainter *painter, const QRectF &target) const
{
    // The chart is laid out at the size a 96 dpi screen would show and scaled onto the target, so the
    // resolution decides how large text and lines come out.
    const QSizeF logical = QSizeF(target.size()) * (ScreenDpi / m_options.dpi);
    QGraphicsScene scene;
    auto *chart = new ThemeChart(m_model, m_kind, chartTitle());
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    // Twice: the first layout may turn the category labels upright, which needs another.
    chart->layout()->activate();
    chart->layout()->activate();
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    // Bars and cells are upright rectangles: on dense charts, thousands of them draw several times
    // faster without antialiasing and stay crisp. Lines need it, and small charts keep even grid lines.
    painter->setRenderHints(QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter->setRenderHint(QPainter::Antialiasing, m_kind == ThemeChart::Kind::Trend ||
                                                       m_model.topicCount() * m_model.eventCount() <= 600);
    scene.render(painter, target, scene.sceneRect(), Qt::IgnoreAspectRatio);
}

QImage ChartExporter::image() const
{
    // Opaque: the chart has a white background, and an image without alpha encodes faster and smaller.
    QImage image(m_options.size, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        render(&painter, QRectF(QPointF(0, 0), QSizeF(m_options.size)));
    }
    const int dotsPerMeter = qRound(m_options.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

bool ChartExporter::write(const QString &path, QString *error) const
{
    const std::optional<Format> format = formatOf(path);
    if (!format) {
        *error = QStringLiteral("%1: error: unknown chart format '%2' (use .png, .jpg, .svg, .pdf or .csv)")
                     .arg(path, QFileInfo(path).suffix());
        return false;
    }
    if (*format == Format::Csv) return writeCsv(path, error);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = writeError(path, file.errorString());
        return false;
    }
    const QRectF target(QPointF(0, 0), QSizeF(m_options.size));
    switch (*format) {
    case Format::Png:
    case Format::Jpeg: {
        const QImage img = image();
        QImageWriter writer(&file,
                            *format == Format::Png ? QByteArrayLiteral("png") : QByteArrayLiteral("jpeg"));
        // For PNG the quality picks zlib's effort: 80 is level 1, several times faster than the default
        // for files a little larger; charts are mostly flat colour and compress well either way.
        writer.setQuality(*format == Format::Jpeg ? 92 : 80);
        if (!writer.write(img)) {
            *error = writeError(path, writer.errorString());
            return false;
        }
        break;
    }
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(m_options.size);
        svg.setViewBox(target);
        svg.setResolution(m_options.dpi);
        svg.setTitle(chartTitle());
        svg.setDescription(QObject::tr("%1 of %2 topics across %3 events, made by Conference Explorer")
                               .arg(ThemeChart::kindLabel(m_kind))
                               .arg(m_model.topicCount())
                               .arg(m_model.eventCount()));
        QPainter painter;
        if (!painter.begin(&svg)) {
            *error = writeError(path, QObject::tr("cannot start the SVG drawing"));
            return false;
        }
        render(&painter, target);
        painter.end();
        break;
    }
    case Format::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setTitle(chartTitle());
        pdf.setCreator(QStringLiteral("Conference Explorer"));
        pdf.setResolution(m_options.dpi);
        // One page exactly the chart's size at its resolution, without margins.
        const QSizeF points = QSizeF(m_options.size) * (72.0 / m_options.dpi);
        pdf.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            *error = writeError(path, QObject::tr("cannot start the PDF document"));
            return false;
        }
        render(&painter, QRectF(0, 0, pdf.width(), pdf.height()));
        painter.end();
        break;
    }
    case Format::Csv:
        break;
    }
    if (file.error() != QFileDevice::NoError || !file.commit()) {
        *error = writeError(path, file.errorString());
        return false;
    }
    return true;
}

QByteArray ChartExporter::csv(const ThemeMatrixModel &model)
{
    QStringList header{QStringLiteral("topic"), QStringLiteral("label")};
    for (int c = 0; c < model.eventCount(); ++c)
        header << quoteCsv(model.headerData(c, Qt::Horizontal, ThemeMatrixModel::EventIdRole).toString());
    QString out = header.join(u',') + u'\n';
    const bool talks = model.measure() == ThemeMatrixModel::Measure::Talks;
    for (int r = 0; r < model.topicCount(); ++r) {
        QStringList line{
            quoteCsv(model.headerData(r, Qt::Vertical, ThemeMatrixModel::TopicIdRole).toString()),
            quoteCsv(model.topicLabel(r))};
        for (int c = 0; c < model.eventCount(); ++c)
            line << (talks ? QString::number(model.cell(r, c).talks)
                           : QString::number(model.value(r, c), 'g', 15));
        out += line.join(u',') + u'\n';
    }
    return out.toUtf8();
}

bool ChartExporter::writeCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray bytes = csv(m_model);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = writeError(path, file.errorString());
        return false;
    }
    return true;
}
