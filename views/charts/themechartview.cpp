#include "themechartview.h"

#include "item/themematrixmodel.h"

#include <QCursor>
#include <QToolTip>

ThemeChartView::ThemeChartView(ThemeMatrixModel *model, QWidget *parent) : QChartView(parent), m_model(model)
{
    setObjectName(QStringLiteral("themeChartView"));
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ThemeChartView::rebuild);
    rebuild();
}

void ThemeChartView::setKind(ThemeChart::Kind kind)
{
    if (kind == m_kind) return;
    m_kind = kind;
    rebuild();
}

void ThemeChartView::rebuild()
{
    QChart *old = chart();
    m_chart = new ThemeChart(*m_model, m_kind);
    m_hoverText.clear();
    connect(m_chart, &ThemeChart::cellClicked, this, [this](int row, int column) {
        if (row < m_model->topicCount() && column < m_model->eventCount())
            emit cellActivated(m_model->eventAt(column), m_model->topicAt(row));
    });
    connect(m_chart, &ThemeChart::cellHovered, this, [this](int row, int column, bool entered) {
        if (entered && row < m_model->topicCount() && column < m_model->eventCount()) {
            m_hoverText = m_model->describe(row, column);
            QToolTip::showText(QCursor::pos(), m_hoverText, this);
        } else {
            m_hoverText.clear();
            QToolTip::hideText();
        }
    });
    setChart(m_chart);
    // QChartView leaves the chart it replaces to its owner, which is this view.
    delete old;
}
