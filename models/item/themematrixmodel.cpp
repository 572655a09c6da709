#include "themematrixmodel.h"

#include "analysis/themeshares.h"

#include <QLocale>
#include <algorithm>
#include <numeric>

ThemeMatrixModel::ThemeMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

template <typename Change> void ThemeMatrixModel::change(Change &&apply)
{
    beginResetModel();
    apply();
    rebuild();
    endResetModel();
}

void ThemeMatrixModel::setDataset(DatasetPtr dataset)
{
    change([&] {
        m_dataset = std::move(dataset);
        // Picks and filters name indexes of the previous dataset.
        m_pickedTopics.clear();
        m_pickedEvents.clear();
        m_filter.reset();
    });
}

void ThemeMatrixModel::setMeasure(Measure measure)
{
    if (measure != m_measure) change([&] { m_measure = measure; });
}

void ThemeMatrixModel::setTopN(int n)
{
    if (n != m_topN) change([&] { m_topN = std::max(0, n); });
}

void ThemeMatrixModel::setPickedTopics(const QList<TopicIndex> &topics)
{
    if (topics != m_pickedTopics) change([&] { m_pickedTopics = topics; });
}

void ThemeMatrixModel::setPickedEvents(const QList<EventIndex> &events)
{
    if (events != m_pickedEvents) change([&] { m_pickedEvents = events; });
}

void ThemeMatrixModel::setTalkFilter(std::optional<std::vector<TalkIndex>> talks)
{
    if (talks != m_filter) change([&] { m_filter = std::move(talks); });
}

void ThemeMatrixModel::rebuild()
{
    m_topics.clear();
    m_events.clear();
    m_cells.clear();
    if (!m_dataset) return;
    const Dataset &ds = *m_dataset;
    const size_t nTopics = ds.topics.size(), nEvents = ds.events.size();

    // With a filter the rows are recounted from the filtered talks by the topic layer's own function,
    // so a share means the same everywhere; paragraphs are not talks and stay out of a talk filter.
    std::vector<ThemeShare> filtered;
    if (m_filter) {
        std::vector<bool> keep(ds.talks.size(), false);
        for (TalkIndex t : *m_filter) {
            if (t.value < keep.size()) keep[t.value] = true;
        }
        const Talk *first = ds.talks.data();
        filtered = ThemeShares::compute(
            ds, [&](const Talk &t) { return keep[size_t(&t - first)]; }, false);
    }
    const std::vector<ThemeShare> &rows = m_filter ? filtered : ds.themes;

    // The full event x topic grid first; selection picks from it.
    std::vector<Cell> grid(nTopics * nEvents);
    std::vector<bool> eventHasData(nEvents, false);
    auto at = [&](TopicIndex t, EventIndex e) -> Cell & { return grid[t.value * nEvents + e.value]; };
    for (const ThemeShare &th : rows) {
        if (!th.topic.isValid() || !th.event.isValid() || th.topic.value >= nTopics ||
            th.event.value >= nEvents)
            continue;
        Cell &c = at(th.topic, th.event);
        c.talks = th.talks;
        c.paragraphs = th.paragraphs;
        // The share is defined once, by the topic layer (docs/themes.md); it is shown, never recomputed.
        c.share = th.share;
        if (th.talks > 0 || th.paragraphs > 0) eventHasData[th.event.value] = true;
    }

    std::vector<bool> picked(nEvents, m_pickedEvents.isEmpty());
    for (EventIndex e : m_pickedEvents) {
        if (e.isValid() && e.value < nEvents) picked[e.value] = true;
    }
    for (EventIndex e : ThemeShares::eventsByDate(ds)) {
        if (picked[e.value] && (eventHasData[e.value] || !m_pickedEvents.isEmpty())) m_events.push_back(e);
    }

    if (!m_pickedTopics.isEmpty()) {
        for (TopicIndex t : m_pickedTopics) {
            if (t.isValid() && t.value < nTopics &&
                std::find(m_topics.begin(), m_topics.end(), t) == m_topics.end())
                m_topics.push_back(t);
        }
    } else {
        // Ranked by what the share counts (talks and write-up paragraphs), so the talks and share
        // measures show the same topics, and a dataset known only from write-ups still has a ranking.
        std::vector<qint64> counts(nTopics, 0);
        std::vector<double> shares(nTopics, 0);
        for (size_t t = 0; t < nTopics; ++t) {
            for (EventIndex e : m_events) {
                const Cell &c = at(TopicIndex(t), e);
                counts[t] += c.talks + c.paragraphs;
                shares[t] += c.share;
            }
        }
        for (size_t t = 0; t < nTopics; ++t) {
            if (counts[t] > 0) m_topics.push_back(TopicIndex(t));
        }
        // Largest first; ties keep the taxonomy's order.
        std::stable_sort(m_topics.begin(), m_topics.end(), [&](TopicIndex a, TopicIndex b) {
            if (counts[a.value] != counts[b.value]) return counts[a.value] > counts[b.value];
            return shares[a.value] > shares[b.value];
        });
        if (m_topN > 0 && m_topics.size() > size_t(m_topN)) m_topics.resize(size_t(m_topN));
    }

    m_cells.reserve(m_topics.size() * m_events.size());
    for (TopicIndex t : m_topics) {
        for (EventIndex e : m_events)
            m_cells.push_back(at(t, e));
    }
}

double ThemeMatrixModel::value(int row, int column) const
{
    const Cell &c = cell(row, column);
    return m_measure == Measure::Talks ? double(c.talks) : c.share;
}

double ThemeMatrixModel::maxValue() const
{
    double max = 0;
    for (const Cell &c : m_cells)
        max = std::max(max, m_measure == Measure::Talks ? double(c.talks) : c.share);
    return max;
}

QString ThemeMatrixModel::topicLabel(int row) const
{
    const Topic &t = m_dataset->topic(topicAt(row));
    return t.label.isEmpty() ? t.id : t.label;
}

QColor ThemeMatrixModel::topicColor(int row) const
{
    const TopicIndex t = topicAt(row);
    const QColor c = m_dataset->topic(t).color;
    return c.isValid() ? c : fallbackColor(int(t.value));
}

QString ThemeMatrixModel::eventLabel(int column) const
{
    return shortEventName(m_dataset->event(eventAt(column)));
}

QString ThemeMatrixModel::formatValue(double value) const
{
    if (m_measure == Measure::Talks) return QLocale().toString(qRound(value));
    return QLocale().toString(value * 100, 'f', 1) + u'%';
}

QString ThemeMatrixModel::measureLabel() const
{
    return m_measure == Measure::Talks ? tr("Talks") : tr("Share of talks");
}

QString ThemeMatrixModel::describe(int row, int column) const
{
    const Cell &c = cell(row, column);
    return tr("%1 at %2: %3 %4, %5 share")
        .arg(topicLabel(row), m_dataset->event(eventAt(column)).name, QLocale().toString(c.talks),
             c.talks == 1 ? tr("talk") : tr("talks"), QLocale().toString(c.share * 100, 'f', 1) + u'%');
}

QString ThemeMatrixModel::shortEventName(const Event &event)
{
    QString name = event.name.isEmpty() ? event.id : event.name;
    if (!event.series.isEmpty() && name.startsWith(event.series) && name.size() > event.series.size())
        name = name.mid(event.series.size()).trimmed();
    return name;
}

QColor ThemeMatrixModel::fallbackColor(int i)
{
    // Okabe-Ito, readable by colour-blind people, then golden-angle hues.
    static const QColor palette[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00),
                                     QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                     QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
                                     QColor(0xf0, 0xe4, 0x42), QColor(0x33, 0x33, 0x33)};
    constexpr int n = int(std::size(palette));
    if (i < n) return palette[i];
    return QColor::fromHsv((i * 137) % 360, 160, 200);
}

int ThemeMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : topicCount();
}

int ThemeMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : eventCount();
}

QVariant ThemeMatrixModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Cell &c = cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return formatValue(value(index.row(), index.column()));
    case Qt::ToolTipRole:
        return describe(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        return value(index.row(), index.column());
    case TalksRole:
        return c.talks;
    case ShareRole:
        return c.share;
    case ParagraphsRole:
        return c.paragraphs;
    case EventIndexRole:
        return eventAt(index.column()).value;
    case TopicIndexRole:
        return topicAt(index.row()).value;
    default:
        return {};
    }
}

QVariant ThemeMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= eventCount()) return {};
        const Event &e = m_dataset->event(eventAt(section));
        switch (role) {
        case Qt::DisplayRole:
            return eventLabel(section);
        case Qt::ToolTipRole:
            return e.name;
        case EventIndexRole:
            return eventAt(section).value;
        case EventIdRole:
            return e.id;
        default:
            return {};
        }
    }
    if (section < 0 || section >= topicCount()) return {};
    switch (role) {
    case Qt::DisplayRole:
        return topicLabel(section);
    case Qt::DecorationRole:
    case ColorRole:
        return topicColor(section);
    case TopicIndexRole:
        return topicAt(section).value;
    case TopicIdRole:
        return m_dataset->topic(topicAt(section)).id;
    default:
        return {};
    }
}

Qt::ItemFlags ThemeMatrixModel::flags(const QModelIndex &index) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::ParentIsInvalid));
    return QAbstractTableModel::flags(index);
}
