#include "heatmapitem.h"

#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <algorithm>

namespace {
constexpr qreal Gap = 8;             // between labels and grid
constexpr qreal ScaleBar = 16;       // width of the colour scale's bar
constexpr qreal MaxLabelShare = 0.3; // labels take at most this much of the width or height
} // namespace

HeatmapItem::HeatmapItem(Data data, QGraphicsItem *parent)
    : QGraphicsObject(parent), m_data(std::move(data)), m_rows(int(m_data.rowLabels.size())),
      m_columns(int(m_data.columnLabels.size()))
{
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::LeftButton);
}

QColor HeatmapItem::lowColor()
{
    return QColor(0xf7, 0xfb, 0xff);
}

QColor HeatmapItem::highColor()
{
    return QColor(0x08, 0x30, 0x6b);
}

QColor HeatmapItem::colorFor(double share) const
{
    const double t = m_data.maxShare > 0 ? std::clamp(share / m_data.maxShare, 0.0, 1.0) : 0.0;
    const QColor a = lowColor(), b = highColor();
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

void HeatmapItem::setArea(const QRectF &area)
{
    prepareGeometryChange();
    m_area = area;
    layout();
    update();
}

void HeatmapItem::layout()
{
    const QFontMetricsF fm(m_data.font);
    qreal rowLabelWidth = 0;
    for (const QString &s : std::as_const(m_data.rowLabels))
        rowLabelWidth = std::max(rowLabelWidth, fm.horizontalAdvance(s));
    rowLabelWidth = std::min(rowLabelWidth, m_area.width() * MaxLabelShare);
    const qreal scaleWidth = ScaleBar + Gap + fm.horizontalAdvance(QStringLiteral("100.0%"));

    const qreal gridWidth = std::max(1.0, m_area.width() - rowLabelWidth - Gap - scaleWidth - 2 * Gap);
    const qreal columnWidth = m_columns > 0 ? gridWidth / m_columns : gridWidth;
    // Event names break onto up to three lines where that fits, and stand upright where it doesn't.
    const QRectF wrapBox(0, 0, std::max(1.0, columnWidth - 4), 1e6);
    qreal columnLabelWidth = 0, wrappedHeight = 0;
    m_verticalColumnLabels = false;
    for (const QString &s : std::as_const(m_data.columnLabels)) {
        columnLabelWidth = std::max(columnLabelWidth, fm.horizontalAdvance(s));
        const QRectF wrapped = fm.boundingRect(wrapBox, Qt::AlignHCenter | Qt::TextWordWrap, s);
        if (wrapped.width() > wrapBox.width() + 0.5 || wrapped.height() > 3 * fm.lineSpacing() + 3)
            m_verticalColumnLabels = true;
        wrappedHeight = std::max(wrappedHeight, wrapped.height());
    }
    const qreal labelHeight =
        m_verticalColumnLabels ? std::min(columnLabelWidth, m_area.height() * MaxLabelShare) : wrappedHeight;

    m_grid = QRectF(m_area.left() + rowLabelWidth + Gap, m_area.top() + Gap, gridWidth,
                    std::max(1.0, m_area.height() - labelHeight - 2 * Gap));
    m_scale = QRectF(m_grid.right() + 2 * Gap, m_grid.top(), ScaleBar, m_grid.height());
}

QRectF HeatmapItem::boundingRect() const
{
    return m_area;
}

QRectF HeatmapItem::cellRect(int row, int column) const
{
    if (m_rows == 0 || m_columns == 0 || m_grid.isEmpty()) return {};
    const qreal w = m_grid.width() / m_columns, h = m_grid.height() / m_rows;
    return QRectF(m_grid.left() + column * w, m_grid.top() + row * h, w, h);
}

std::pair<int, int> HeatmapItem::cellAt(const QPointF &pos) const
{
    if (!m_grid.contains(pos) || m_rows == 0 || m_columns == 0) return {-1, -1};
    const int column = std::min(m_columns - 1, int((pos.x() - m_grid.left()) / (m_grid.width() / m_columns)));
    const int row = std::min(m_rows - 1, int((pos.y() - m_grid.top()) / (m_grid.height() / m_rows)));
    return {row, column};
}

void HeatmapItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_grid.isEmpty()) return;
    painter->save();
    painter->setFont(m_data.font);
    const QFontMetricsF fm(m_data.font);
    const QColor labelColor(0x33, 0x33, 0x33);

    for (int r = 0; r < m_rows; ++r) {
        for (int c = 0; c < m_columns; ++c) {
            const QRectF cell = cellRect(r, c);
            const double share = m_data.shares[size_t(r * m_columns + c)];
            const QColor fill = colorFor(share);
            painter->fillRect(cell, fill);
            const QString &text = m_data.texts[size_t(r * m_columns + c)];
            // Values are written where they fit; a 200-event map keeps its colours and tooltips.
            if (fm.horizontalAdvance(text) + 4 <= cell.width() && fm.height() <= cell.height()) {
                painter->setPen(fill.lightnessF() < 0.55 ? Qt::white : labelColor);
                painter->drawText(cell, Qt::AlignCenter, text);
            }
        }
    }
    // Thin white lines keep neighbouring cells of a similar colour apart.
    if (m_grid.width() / m_columns > 6 && m_grid.height() / m_rows > 6) {
        painter->setPen(QPen(Qt::white, 1));
        for (int c = 1; c < m_columns; ++c)
            painter->drawLine(QLineF(cellRect(0, c).topLeft(), cellRect(m_rows - 1, c).bottomLeft()));
        for (int r = 1; r < m_rows; ++r)
            painter->drawLine(QLineF(cellRect(r, 0).topLeft(), cellRect(r, m_columns - 1).topRight()));
    }

    painter->setPen(labelColor);
    const qreal rowLabelWidth = m_grid.left() - Gap - m_area.left();
    for (int r = 0; r < m_rows; ++r) {
        const QRectF cell = cellRect(r, 0);
        const QRectF label(m_area.left(), cell.top(), rowLabelWidth, cell.height());
        painter->drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                          fm.elidedText(m_data.rowLabels[r], Qt::ElideRight, rowLabelWidth));
    }
    const qreal labelSpace = m_area.bottom() - m_grid.bottom() - Gap;
    for (int c = 0; c < m_columns; ++c) {
        const QRectF cell = cellRect(m_rows - 1, c);
        const QString &text = m_data.columnLabels[c];
        if (m_verticalColumnLabels) {
            // Skip labels that would overlap their neighbours; the tooltip names every column.
            const int step = std::max(1, int(std::ceil(fm.height() / cell.width())));
            if (c % step != 0) continue;
            painter->save();
            painter->translate(cell.center().x(), m_grid.bottom() + Gap);
            painter->rotate(-90);
            painter->drawText(QRectF(-labelSpace, -fm.height() / 2, labelSpace, fm.height()),
                              Qt::AlignRight | Qt::AlignVCenter,
                              fm.elidedText(text, Qt::ElideRight, labelSpace));
            painter->restore();
        } else {
            painter->drawText(QRectF(cell.left() + 2, m_grid.bottom() + Gap, cell.width() - 4, labelSpace),
                              Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
        }
    }

    QLinearGradient gradient(m_scale.bottomLeft(), m_scale.topLeft());
    gradient.setColorAt(0, lowColor());
    gradient.setColorAt(1, colorFor(m_data.maxShare));
    painter->fillRect(m_scale, gradient);
    painter->setPen(QColor(0xbb, 0xbb, 0xbb));
    painter->drawRect(m_scale);
    painter->setPen(labelColor);
    const qreal textLeft = m_scale.right() + Gap / 2;
    const QLocale locale;
    painter->drawText(QPointF(textLeft, m_scale.top() + fm.ascent()),
                      locale.toString(m_data.maxShare * 100, 'f', 1) + u'%');
    painter->drawText(QPointF(textLeft, m_scale.bottom()), locale.toString(0.0, 'f', 1) + u'%');
    painter->drawText(QPointF(textLeft, m_scale.center().y() + fm.ascent() / 2), tr("share"));
    painter->restore();
}

void HeatmapItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const auto cell = cellAt(event->pos());
    if (cell == m_hovered) return;
    if (m_hovered.first >= 0) emit cellHovered(m_hovered.first, m_hovered.second, false);
    m_hovered = cell;
    if (cell.first >= 0) emit cellHovered(cell.first, cell.second, true);
}

void HeatmapItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    if (m_hovered.first >= 0) emit cellHovered(m_hovered.first, m_hovered.second, false);
    m_hovered = {-1, -1};
}

void HeatmapItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // Accepting the press is what makes the release come here.
    event->setAccepted(cellAt(event->pos()).first >= 0);
}

void HeatmapItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    const auto cell = cellAt(event->pos());
    if (cell.first >= 0) emit cellClicked(cell.first, cell.second);
}
