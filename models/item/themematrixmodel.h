#pragma once

#include "data/dataset.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <memory>
#include <optional>
#include <vector>

// Themes compared across events: one row per topic, one column per event in date order, each cell the
// talk count or the share of that topic at that event. It is what the theme charts draw and what the
// chart data export writes. The numbers come from the dataset's theme rows; when the window filters the
// talks, the rows are recounted for the filtered talks by the same function (ThemeShares::compute).
class ThemeMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Columns are events in date order, from the first.
    enum Column { FirstEventColumn = 0 };
    enum Role {
        SortRole = Qt::UserRole + 1, // the measured value as a double
        TalksRole,                   // int
        ShareRole,                   // double, 0..1
        ParagraphsRole,              // int
        EventIndexRole,              // quint32 index into Dataset::events (cells and horizontal header)
        TopicIndexRole,              // quint32 index into Dataset::topics (cells and vertical header)
        EventIdRole,                 // horizontal header
        TopicIdRole,                 // vertical header
        ColorRole,                   // vertical header: the topic's colour
    };
    enum class Measure { Talks, Share };

    struct Cell
    {
        int talks = 0;
        int paragraphs = 0;
        double share = 0;
    };

    explicit ThemeMatrixModel(QObject *parent = nullptr);

    void setDataset(DatasetPtr dataset);
    const DatasetPtr &dataset() const { return m_dataset; }

    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }
    // The N topics with the most talks and paragraphs over the shown events; 0 shows every topic that
    // occurs.
    void setTopN(int n);
    int topN() const { return m_topN; }
    // Topics to show in this order; empty falls back to the top N.
    void setPickedTopics(const QList<TopicIndex> &topics);
    const QList<TopicIndex> &pickedTopics() const { return m_pickedTopics; }
    // Events to show (always in date order); empty shows every event that has themes.
    void setPickedEvents(const QList<EventIndex> &events);
    const QList<EventIndex> &pickedEvents() const { return m_pickedEvents; }
    // The talks the window's filter lets through, or nullopt when nothing is filtered. With a filter,
    // a cell counts the filtered talks of its event with its topic, and its share is of those talks.
    void setTalkFilter(std::optional<std::vector<TalkIndex>> talks);
    bool isFiltered() const { return m_filter.has_value(); }

    int topicCount() const { return int(m_topics.size()); }
    int eventCount() const { return int(m_events.size()); }
    TopicIndex topicAt(int row) const { return m_topics[size_t(row)]; }
    EventIndex eventAt(int column) const { return m_events[size_t(column)]; }
    const Cell &cell(int row, int column) const
    {
        return m_cells[size_t(row) * m_events.size() + size_t(column)];
    }
    // The measured value of a cell: talks, or share as a fraction.
    double value(int row, int column) const;
    double maxValue() const;
    QString topicLabel(int row) const;
    QColor topicColor(int row) const;
    QString eventLabel(int column) const;
    // How a value of the current measure reads: "12" or "23.4%".
    QString formatValue(double value) const;
    QString measureLabel() const;
    // "AI & ML at North America 2023: 12 talks, 23.4% share" for tooltips.
    QString describe(int row, int column) const;

    // Short enough for a chart axis: the event's name without its series ("North America 2023").
    static QString shortEventName(const Event &event);
    // A colour for a topic without one, stable by position.
    static QColor fallbackColor(int i);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    // Applies a parameter change inside one model reset.
    template <typename Change> void change(Change &&apply);
    void rebuild();

    DatasetPtr m_dataset;
    Measure m_measure = Measure::Talks;
    int m_topN = 8;
    QList<TopicIndex> m_pickedTopics;
    QList<EventIndex> m_pickedEvents;
    std::optional<std::vector<TalkIndex>> m_filter;

    std::vector<TopicIndex> m_topics;
    std::vector<EventIndex> m_events;
    std::vector<Cell> m_cells; // row-major, topics x events
};
