#include "themechart.h"

#include "heatmapitem.h"
#include "item/themematrixmodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QFontMetricsF>
#include <QLegend>
#include <QLineSeries>
#include <QPercentBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace {
// Pixel sizes, not points: the exporter scales the whole scene for its resolution, and point sizes would
// be scaled a second time by the paint device's own resolution.
QFont chartFont(int pixels, bool bold = false)
{
    QFont f;
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

constexpr int TitlePixels = 20;
constexpr int LabelPixels = 13;
constexpr int AxisTitlePixels = 14;
constexpr qreal BarWidth = 0.8; // of a category

// Events in grouped bars are coloured along time (viridis), so the eye reads old to new per topic.
QColor timeColor(int i, int n)
{
    static const QColor stops[] = {QColor(0x44, 0x01, 0x54), QColor(0x3b, 0x52, 0x8b),
                                   QColor(0x21, 0x91, 0x8c), QColor(0x5e, 0xc9, 0x62),
                                   QColor(0xe0, 0xc8, 0x1a)};
    constexpr int last = int(std::size(stops)) - 1;
    const double t = n > 1 ? double(i) / (n - 1) * last : 0;
    const int k = std::min(last - 1, int(t));
    const double f = t - k;
    const QColor &a = stops[k], &b = stops[k + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
                            float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

void styleAxis(QAbstractAxis *axis)
{
    axis->setLabelsFont(chartFont(LabelPixels));
    axis->setTitleFont(chartFont(AxisTitlePixels, true));
    axis->setLabelsColor(QColor(0x33, 0x33, 0x33));
}

constexpr int MaxEventLabels = 40; // more events than this get every k-th label only

// Words fill lines of about ten characters, so a label is about as wide as its longest word.
QStringList wrapWords(const QString &label)
{
    QStringList lines;
    for (const QString &word : label.split(u' ', Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= 10)
            lines.last() += u' ' + word;
        else
            lines << word;
    }
    return lines;
}
} // namespace

QString ThemeChart::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Grouped:
        return QStringLiteral("grouped");
    case Kind::Stacked:
        return QStringLiteral("stacked");
    case Kind::Trend:
        return QStringLiteral("trend");
    case Kind::Heatmap:
        return QStringLiteral("heatmap");
    }
    return {};
}

std::optional<ThemeChart::Kind> ThemeChart::kindFromName(QStringView name)
{
    for (int k = 0; k < KindCount; ++k) {
        if (name == kindName(Kind(k))) return Kind(k);
    }
    return std::nullopt;
}

QString ThemeChart::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Grouped:
        return tr("Grouped bars");
    case Kind::Stacked:
        return tr("100% stacked bars");
    case Kind::Trend:
        return tr("Trend lines");
    case Kind::Heatmap:
        return tr("Heatmap");
    }
    return {};
}

QString ThemeChart::defaultTitle(const ThemeMatrixModel &model, Kind kind)
{
    const bool talks = model.measure() == ThemeMatrixModel::Measure::Talks;
    switch (kind) {
    case Kind::Grouped:
        return talks ? tr("Talks per topic and event") : tr("Share of talks per topic and event");
    case Kind::Stacked:
        return tr("Topic mix per event");
    case Kind::Trend:
        return talks ? tr("Talks per topic across events") : tr("Share of talks per topic across events");
    case Kind::Heatmap:
        return talks ? tr("Talks per topic and event (colour: share)")
                     : tr("Share of talks per topic and event");
    }
    return {};
}

ThemeChart::ThemeChart(const ThemeMatrixModel &model, Kind kind, const QString &title, QGraphicsItem *parent)
    : QChart(parent), m_kind(kind), m_rows(model.topicCount()), m_columns(model.eventCount()),
      m_percent(model.measure() == ThemeMatrixModel::Measure::Share)
{
    setTheme(QChart::ChartThemeLight);
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    setTitle(title.isEmpty() ? defaultTitle(model, kind) : title);
    setTitleFont(chartFont(TitlePixels, true));
    legend()->setFont(chartFont(LabelPixels));
    // On the right the legend lists one entry per line, so long names are never cut short.
    legend()->setAlignment(Qt::AlignRight);
    m_values.reserve(size_t(m_rows * m_columns));
    for (int r = 0; r < m_rows; ++r) {
        for (int c = 0; c < m_columns; ++c)
            m_values.push_back(model.value(r, c) * (m_percent ? 100 : 1));
    }
    switch (kind) {
    case Kind::Grouped:
        buildGrouped(model);
        break;
    case Kind::Stacked:
        buildStacked(model);
        break;
    case Kind::Trend:
        buildTrend(model);
        break;
    case Kind::Heatmap:
        buildHeatmap(model);
        break;
    }
}

void ThemeChart::addValueAxis(QAbstractSeries *series, const QString &title)
{
    auto *axis = new QValueAxis;
    styleAxis(axis);
    axis->setTitleText(title);
    setValueRange(axis);
    addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
}

void ThemeChart::setCategoryAxis(QBarCategoryAxis *axis, const QStringList &labels)
{
    m_categoryAxis = axis;
    m_categoryLabels = labels;
    styleAxis(axis);
    // A grid line per event turns grey past a few dozen events.
    axis->setGridLineVisible(labels.size() <= MaxEventLabels);
    m_upright = labels.size() > 12;
    setCategoryLabels();
    connect(this, &QChart::plotAreaChanged, this, &ThemeChart::fitCategoryLabels);
}

// Labels lie flat, broken into lines (axis labels take HTML), while each fits its category; otherwise
// they stand upright on one line, and past MaxEventLabels only every k-th is written. A category axis
// refuses duplicate labels, so the skipped ones are told apart by their length in spaces.
void ThemeChart::setCategoryLabels()
{
    const int n = int(m_categoryLabels.size());
    const int step = n > MaxEventLabels ? (n + MaxEventLabels - 1) / MaxEventLabels : 1;
    QStringList categories;
    for (int i = 0; i < n; ++i) {
        if (i % step != 0) {
            categories << QString(i + 1, u' ');
        } else if (m_upright) {
            categories << m_categoryLabels[i].toHtmlEscaped();
        } else {
            QStringList lines = wrapWords(m_categoryLabels[i]);
            for (QString &line : lines)
                line = line.toHtmlEscaped();
            categories << lines.join(QLatin1StringView("<br>"));
        }
    }
    m_categoryAxis->setCategories(categories);
    // Flat labels are already broken to fit, and Qt Charts cuts them ("Europe 2...") well before they
    // would touch; upright ones may be cut where they would run off the chart.
    m_categoryAxis->setTruncateLabels(m_upright);
    m_categoryAxis->setLabelsAngle(m_upright ? -90 : 0);
}

void ThemeChart::fitCategoryLabels(const QRectF &plotArea)
{
    const int n = int(m_categoryLabels.size());
    if (n == 0 || n > 12) return;
    const QFontMetricsF fm(m_categoryAxis->labelsFont());
    qreal widest = 0;
    for (const QString &label : std::as_const(m_categoryLabels)) {
        for (const QString &line : wrapWords(label))
            widest = std::max(widest, fm.horizontalAdvance(line));
    }
    const bool upright = widest + 6 > plotArea.width() / n;
    if (upright != m_upright) {
        m_upright = upright;
        setCategoryLabels();
    }
}

QStringList ThemeChart::eventLabels(const ThemeMatrixModel &model) const
{
    QStringList labels;
    for (int c = 0; c < m_columns; ++c)
        labels << model.eventLabel(c);
    return labels;
}

void ThemeChart::setValueRange(QValueAxis *axis) const
{
    const double max = maxValue();
    if (max <= 5) {
        // A few talks (or percent) get one tick per unit rather than repeated rounded labels.
        axis->setRange(0, 5);
        axis->setTickCount(6);
    } else {
        axis->setRange(0, max * 1.05);
        axis->applyNiceNumbers();
    }
    axis->setLabelFormat(m_percent ? QStringLiteral("%.0f%%") : QStringLiteral("%.0f"));
}

void ThemeChart::buildGrouped(const ThemeMatrixModel &model)
{
    auto *series = new QBarSeries;
    series->setBarWidth(BarWidth);
    for (int c = 0; c < m_columns; ++c) {
        auto *set = new QBarSet(model.eventLabel(c));
        set->setColor(timeColor(c, m_columns));
        set->setPen(Qt::NoPen);
        for (int r = 0; r < m_rows; ++r)
            set->append(m_values[size_t(r * m_columns + c)]);
        series->append(set);
    }
    addSeries(series);
    // One legend entry per event stops fitting past a few dozen; the colours run old to new anyway.
    legend()->setVisible(m_columns <= MaxEventLabels);
    auto *x = new QBarCategoryAxis;
    QStringList topics;
    for (int r = 0; r < m_rows; ++r)
        topics << model.topicLabel(r);
    setCategoryAxis(x, topics);
    addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    addValueAxis(series, model.measureLabel());
    connect(series, &QBarSeries::clicked, this, [this, series](int index, QBarSet *set) {
        emit cellClicked(index, int(series->barSets().indexOf(set)));
    });
    connect(series, &QBarSeries::hovered, this, [this, series](bool state, int index, QBarSet *set) {
        emit cellHovered(index, int(series->barSets().indexOf(set)), state);
    });
}

void ThemeChart::buildStacked(const ThemeMatrixModel &model)
{
    auto *series = new QPercentBarSeries;
    series->setBarWidth(BarWidth);
    for (int r = 0; r < m_rows; ++r) {
        auto *set = new QBarSet(model.topicLabel(r));
        set->setColor(model.topicColor(r));
        // White seams part the segments; past a few dozen events they would be all that shows.
        if (m_columns <= MaxEventLabels)
            set->setBorderColor(Qt::white);
        else
            set->setPen(Qt::NoPen);
        for (int c = 0; c < m_columns; ++c)
            set->append(m_values[size_t(r * m_columns + c)]);
        series->append(set);
    }
    addSeries(series);
    auto *x = new QBarCategoryAxis;
    setCategoryAxis(x, eventLabels(model));
    addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    styleAxis(y);
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%.0f%%"));
    y->setTitleText(model.measure() == ThemeMatrixModel::Measure::Talks
                        ? tr("Part of the shown topics' talks")
                        : tr("Part of the shown topics' shares"));
    addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    connect(series, &QPercentBarSeries::clicked, this, [this, series](int index, QBarSet *set) {
        emit cellClicked(int(series->barSets().indexOf(set)), index);
    });
    connect(series, &QPercentBarSeries::hovered, this, [this, series](bool state, int index, QBarSet *set) {
        emit cellHovered(int(series->barSets().indexOf(set)), index, state);
    });
}

void ThemeChart::buildTrend(const ThemeMatrixModel &model)
{
    auto *x = new QBarCategoryAxis;
    setCategoryAxis(x, eventLabels(model));
    addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    styleAxis(y);
    setValueRange(y);
    y->setTitleText(model.measureLabel());
    addAxis(y, Qt::AlignLeft);
    for (int r = 0; r < m_rows; ++r) {
        auto *line = new QLineSeries;
        line->setName(model.topicLabel(r));
        // Thinner lines without points once there are more events than a line has room to mark.
        const bool dense = m_columns > MaxEventLabels;
        line->setPen(QPen(model.topicColor(r), dense ? 1.5 : 3));
        line->setPointsVisible(!dense);
        for (int c = 0; c < m_columns; ++c)
            line->append(c, m_values[size_t(r * m_columns + c)]);
        addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        connect(line, &QLineSeries::clicked, this, [this, r](const QPointF &p) {
            const int c = qRound(p.x());
            if (c >= 0 && c < m_columns) emit cellClicked(r, c);
        });
        connect(line, &QLineSeries::hovered, this, [this, r](const QPointF &p, bool state) {
            const int c = qRound(p.x());
            if (c >= 0 && c < m_columns) emit cellHovered(r, c, state);
        });
    }
}

void ThemeChart::buildHeatmap(const ThemeMatrixModel &model)
{
    legend()->hide();
    HeatmapItem::Data data;
    data.font = chartFont(LabelPixels);
    for (int r = 0; r < m_rows; ++r)
        data.rowLabels << model.topicLabel(r);
    for (int c = 0; c < m_columns; ++c)
        data.columnLabels << model.eventLabel(c);
    for (int r = 0; r < m_rows; ++r) {
        for (int c = 0; c < m_columns; ++c) {
            data.texts << model.formatValue(model.value(r, c));
            const double share = model.cell(r, c).share;
            data.shares.push_back(share);
            data.maxShare = std::max(data.maxShare, share);
        }
    }
    m_heatmap = new HeatmapItem(std::move(data), this);
    connect(this, &QChart::plotAreaChanged, m_heatmap, &HeatmapItem::setArea);
    connect(m_heatmap, &HeatmapItem::cellClicked, this, &ThemeChart::cellClicked);
    connect(m_heatmap, &HeatmapItem::cellHovered, this, &ThemeChart::cellHovered);
}

double ThemeChart::maxValue() const
{
    return m_values.empty() ? 0 : *std::max_element(m_values.begin(), m_values.end());
}

QList<QColor> ThemeChart::seriesColors() const
{
    QList<QColor> colors;
    if (m_heatmap) {
        colors << m_heatmap->colorFor(1e9); // the scale's top end, the largest share's cell
        return colors;
    }
    for (QAbstractSeries *s : series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets())
                colors << set->color();
        } else if (auto *line = qobject_cast<QLineSeries *>(s)) {
            colors << line->color();
        }
    }
    return colors;
}

std::optional<QPointF> ThemeChart::cellPosition(int row, int column)
{
    if (row < 0 || row >= m_rows || column < 0 || column >= m_columns) return std::nullopt;
    const double v = m_values[size_t(row * m_columns + column)];
    if (m_heatmap) return m_heatmap->mapToParent(m_heatmap->cellRect(row, column).center());
    const QList<QAbstractSeries *> all = series();
    if (all.isEmpty()) return std::nullopt;
    switch (m_kind) {
    case Kind::Grouped: {
        if (v <= 0) return std::nullopt;
        const double x = row - BarWidth / 2 + (column + 0.5) / m_columns * BarWidth;
        return mapToPosition(QPointF(x, v / 2), all.first());
    }
    case Kind::Stacked: {
        double below = 0, total = 0;
        for (int r = 0; r < m_rows; ++r) {
            total += m_values[size_t(r * m_columns + column)];
            if (r < row) below += m_values[size_t(r * m_columns + column)];
        }
        if (v <= 0 || total <= 0) return std::nullopt;
        return mapToPosition(QPointF(column, (below + v / 2) / total * 100), all.first());
    }
    case Kind::Trend:
        return mapToPosition(QPointF(column, v), all[row]);
    case Kind::Heatmap:
        break;
    }
    return std::nullopt;
}
