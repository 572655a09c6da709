#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsObject>
#include <QStringList>
#include <vector>

// The heatmap of the theme charts, drawn by hand because Qt Charts has none: topics down, events across,
// each cell coloured by share with its value written in it when it fits, and a colour scale on the right.
// It fills the rectangle it is given (the chart's plot area) with labels included.
class HeatmapItem : public QGraphicsObject
{
    Q_OBJECT
public:
    struct Data
    {
        QStringList rowLabels;
        QStringList columnLabels;
        QStringList texts;          // row-major, what each cell says
        std::vector<double> shares; // row-major, 0..1, what each cell's colour says
        double maxShare = 0;
        QFont font;
    };

    explicit HeatmapItem(Data data, QGraphicsItem *parent = nullptr);

    void setArea(const QRectF &area);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // The cell's rectangle in item coordinates; empty before the first setArea().
    QRectF cellRect(int row, int column) const;
    // The colour of a share on this map's scale.
    QColor colorFor(double share) const;
    static QColor lowColor();
    static QColor highColor();

signals:
    void cellClicked(int row, int column);
    void cellHovered(int row, int column, bool entered);

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    // Row and column under a point, or (-1, -1).
    std::pair<int, int> cellAt(const QPointF &pos) const;
    void layout();

    Data m_data;
    int m_rows = 0;
    int m_columns = 0;
    QRectF m_area;
    QRectF m_grid;
    QRectF m_scale;
    bool m_verticalColumnLabels = false;
    std::pair<int, int> m_hovered{-1, -1};
};
