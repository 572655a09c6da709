#pragma once

#include "data/dataset.h"
#include "item/talkfilter.h"
#include "themechart.h"

#include <QWidget>

class TalkSearchIndex;
class QComboBox;
class QMenu;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QToolButton;
class ThemeChartView;
class ThemeMatrixModel;

// The window's "Themes" tab: pickers for chart kind, measure, top N, topics and events above the theme
// chart (or the same numbers as a table), plus the chart's export, data export and copy actions.
// Clicking the chart asks the window to show that event's talks on that topic.
class ThemeChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ThemeChartPanel(QWidget *parent = nullptr);

    void setDataset(DatasetPtr dataset);
    // Follows the window's filter: the chart counts only the talks it keeps. Its events and topics are
    // left out, since they are what the chart's own axes pick (and a click on a bar sets them to show
    // that bar's talks, which must not shrink the chart to that one bar).
    void setTalkFilter(const TalkFilter &filter, const TalkSearchIndex &index);

    ThemeMatrixModel *model() const { return m_model; }
    ThemeChartView *chartView() const { return m_view; }
    void setKind(ThemeChart::Kind kind);
    void showTable(bool table);

    // File > Export Chart...: asks for a file, size and resolution; reports a failed write.
    void exportChart();
    // File > Export Chart Data...: the numbers as CSV.
    void exportChartData();
    // Edit > Copy Chart: the chart as an image on the clipboard, rendered like an export.
    void copyChart();

signals:
    void talksRequested(EventIndex event, TopicIndex topic);

private:
    void rebuildPickers();
    void pickedTopicsChanged();
    void pickedEventsChanged();

    ThemeMatrixModel *m_model;
    ThemeChartView *m_view;
    QTableView *m_table;
    QStackedWidget *m_stack;
    QComboBox *m_kind;
    QComboBox *m_measure;
    QSpinBox *m_topN;
    QToolButton *m_topics;
    QToolButton *m_events;
    QToolButton *m_tableToggle;
    QMenu *m_topicMenu;
    QMenu *m_eventMenu;
};
