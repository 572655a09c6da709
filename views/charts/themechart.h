#pragma once

#include <QChart>
#include <QColor>
#include <QList>
#include <QPointF>
#include <QStringView>
#include <optional>

class HeatmapItem;
class QBarCategoryAxis;
class QValueAxis;
class ThemeMatrixModel;

// The one chart builder: draws a ThemeMatrixModel as grouped bars (events side by side per topic),
// 100% stacked bars per event, trend lines across events, or a heatmap, in a light theme with title,
// axes and legend. The same chart serves the window's view and the off-screen exporter. It copies what it
// draws from the model when built; a changed model needs a new chart. Clicks and hovers come back as
// matrix cells (row = topic, column = event).
class ThemeChart : public QChart
{
    Q_OBJECT
public:
    enum class Kind { Grouped, Stacked, Trend, Heatmap };
    static constexpr int KindCount = 4;
    static QString kindName(Kind kind); // "grouped", as the command line spells it
    static std::optional<Kind> kindFromName(QStringView name);
    static QString kindLabel(Kind kind); // "Grouped bars"
    // "Talks per topic and event" and the like, when the user gives no title.
    static QString defaultTitle(const ThemeMatrixModel &model, Kind kind);

    ThemeChart(const ThemeMatrixModel &model, Kind kind, const QString &title = {},
               QGraphicsItem *parent = nullptr);

    Kind kind() const { return m_kind; }
    // The colours the series are drawn in (bar sets, lines, or the heatmap's scale ends).
    QList<QColor> seriesColors() const;
    // Where in chart coordinates the bar, point or cell of a matrix cell is drawn; nullopt when nothing
    // is drawn there (an empty bar). Valid once the chart is laid out.
    std::optional<QPointF> cellPosition(int row, int column);

signals:
    void cellClicked(int row, int column);
    void cellHovered(int row, int column, bool entered);

private:
    void buildGrouped(const ThemeMatrixModel &model);
    void buildStacked(const ThemeMatrixModel &model);
    void buildTrend(const ThemeMatrixModel &model);
    void buildHeatmap(const ThemeMatrixModel &model);
    double maxValue() const;
    void addValueAxis(QAbstractSeries *series, const QString &title);
    void setValueRange(QValueAxis *axis) const;
    QStringList eventLabels(const ThemeMatrixModel &model) const;
    void setCategoryAxis(QBarCategoryAxis *axis, const QStringList &labels);
    void setCategoryLabels();
    void fitCategoryLabels(const QRectF &plotArea);

    Kind m_kind;
    int m_rows = 0;
    int m_columns = 0;
    bool m_percent = false;
    std::vector<double> m_values; // row-major, as plotted
    HeatmapItem *m_heatmap = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QStringList m_categoryLabels;
    bool m_upright = false; // category labels stand on one line, rotated
};
