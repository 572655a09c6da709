#pragma once

#include "data/ids.h"
#include "themechart.h"

#include <QChartView>

class ThemeMatrixModel;

// Shows a ThemeMatrixModel as a theme chart of one kind, rebuilt whenever the model resets. Hovering a
// bar, point or cell shows its numbers; clicking one asks for that event's talks on that topic.
class ThemeChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ThemeChartView(ThemeMatrixModel *model, QWidget *parent = nullptr);

    void setKind(ThemeChart::Kind kind);
    ThemeChart::Kind kind() const { return m_kind; }
    ThemeChart *themeChart() const { return m_chart; }
    // What the tooltip shows for the hovered bar, point or cell; empty when none is hovered.
    QString hoverText() const { return m_hoverText; }

signals:
    void cellActivated(EventIndex event, TopicIndex topic);

private:
    void rebuild();

    ThemeMatrixModel *m_model;
    ThemeChart::Kind m_kind = ThemeChart::Kind::Grouped;
    ThemeChart *m_chart = nullptr;
    QString m_hoverText;
};
