#include "themeshares.h"

#include <algorithm>

namespace ThemeShares {

double share(int talks, int paragraphs, int eventTotal)
{
    return eventTotal > 0 ? double(talks + paragraphs) / eventTotal : 0.0;
}

std::vector<EventIndex> eventsByDate(const Dataset &dataset)
{
    std::vector<EventIndex> order;
    order.reserve(dataset.events.size());
    for (size_t i = 0; i < dataset.events.size(); ++i)
        order.emplace_back(i);
    std::stable_sort(order.begin(), order.end(), [&](EventIndex a, EventIndex b) {
        const Event &x = dataset.event(a);
        const Event &y = dataset.event(b);
        // An event without a date sorts by its year, after dated events of the same year.
        const QDate dx = x.start.isValid() ? x.start : QDate(x.year ? x.year : 9999, 12, 31);
        const QDate dy = y.start.isValid() ? y.start : QDate(y.year ? y.year : 9999, 12, 31);
        if (dx != dy) return dx < dy;
        return x.id < y.id;
    });
    return order;
}

std::vector<ThemeShare> compute(const Dataset &dataset, const TalkFilter &include, bool withParagraphs)
{
    const size_t events = dataset.events.size();
    const size_t topics = dataset.topics.size();
    std::vector<int> talks(events * topics, 0);
    std::vector<int> paragraphs(events * topics, 0);
    for (const Talk &t : dataset.talks) {
        if (!t.event.isValid() || t.event.value >= events || t.kind == TalkKind::Logistics ||
            t.topics.empty())
            continue;
        if (include && !include(t)) continue;
        for (const auto &a : t.topics) {
            // A topic listed twice on one talk still counts the talk once.
            if (&a != &*std::find_if(t.topics.begin(), t.topics.end(),
                                     [&](const TopicAssignment &b) { return b.topic == a.topic; }))
                continue;
            ++talks[t.event.value * topics + a.topic.value];
        }
    }
    if (withParagraphs) {
        std::vector<bool> hasText(events, false);
        for (const Paragraph &p : dataset.paragraphs) {
            if (!p.event.isValid() || p.event.value >= events) continue;
            hasText[p.event.value] = true;
            for (const auto &a : p.topics)
                ++paragraphs[p.event.value * topics + a.topic.value];
        }
        for (const ThemeShare &row : dataset.themes) {
            if (row.event.isValid() && row.event.value < events && row.topic.value < topics &&
                !hasText[row.event.value])
                paragraphs[row.event.value * topics + row.topic.value] = row.paragraphs;
        }
    }
    std::vector<ThemeShare> rows;
    rows.reserve(events * topics);
    for (const EventIndex e : eventsByDate(dataset)) {
        int total = 0;
        for (size_t t = 0; t < topics; ++t)
            total += talks[e.value * topics + t] + paragraphs[e.value * topics + t];
        for (size_t t = 0; t < topics; ++t) {
            ThemeShare row;
            row.event = e;
            row.topic = TopicIndex(t);
            row.talks = talks[e.value * topics + t];
            row.paragraphs = paragraphs[e.value * topics + t];
            row.share = share(row.talks, row.paragraphs, total);
            rows.push_back(row);
        }
    }
    return rows;
}

} // namespace ThemeShares
