#pragma once

#include "themechart.h"

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

class QPainter;
class ThemeMatrixModel;

// The one chart exporter: renders a theme chart off-screen (never a screen grab) at the requested size
// in pixels and resolution in dots per inch, as PNG, JPEG, SVG (with title and description) or PDF (one
// page through QPdfWriter), and saves the chart's numbers as CSV. The format follows the file's suffix;
// a name without one gets the default suffix of the chosen filter. Write errors come back as messages.
class ChartExporter
{
public:
    enum class Format { Png, Jpeg, Svg, Pdf, Csv };
    struct Options
    {
        QSize size{1600, 900};
        // Text and lines are drawn for this resolution: at 192 dpi they take twice the pixels of 96 dpi.
        int dpi = 144;
        QString title; // empty: the chart's default title
    };
    static constexpr int MinDpi = 24;
    static constexpr int MaxDpi = 1200;
    static constexpr int MaxSide = 20000;

    ChartExporter(const ThemeMatrixModel &model, ThemeChart::Kind kind);
    ChartExporter(const ThemeMatrixModel &model, ThemeChart::Kind kind, Options options);

    // File dialog filters, one per format; the chart formats first, then CSV.
    static QStringList chartNameFilters();
    static QString csvNameFilter();
    static std::optional<Format> formatOf(const QString &path);
    static QString suffix(Format format);
    // The path with the suffix of the filter's first pattern ("PNG image (*.png)") added when it has no
    // suffix; PNG when no filter names one.
    static QString withDefaultSuffix(const QString &path, const QString &nameFilter = {});

    QImage image() const;
    // Writes in the format of the path's suffix (CSV included). On failure returns false and sets
    // *error to "FILE: error: message".
    bool write(const QString &path, QString *error) const;
    bool writeCsv(const QString &path, QString *error) const;
    // The matrix as CSV: a header "topic,label,EVENT-ID..." and one line per topic; talks as counts,
    // shares as fractions.
    static QByteArray csv(const ThemeMatrixModel &model);

private:
    void render(QPainter *painter, const QRectF &target) const;
    QString chartTitle() const;

    const ThemeMatrixModel &m_model;
    ThemeChart::Kind m_kind;
    Options m_options;
};
