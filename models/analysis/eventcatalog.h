#pragma once

#include "data/dataset.h"

#include <QHash>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

// The KubeCon + CloudNativeCon editions the app knows (resources/kubecon-events.json): region, city,
// country and dates. Readers map what a file says about its event ("KubeCon EU 2023", a sched.com host
// "kccncna2024", a session note's event_id) to one catalog event, so posts and schedules about the same
// edition merge.
class EventCatalog
{
public:
    static const EventCatalog &instance();
    // Reads a catalog file in the resource's format; an unreadable file gives an empty catalog.
    explicit EventCatalog(const QString &path);

    const std::vector<Event> &events() const { return m_events; }
    // "kubecon-eu-2023", a sched.com host ("kccnceu2023", "kccncna19") or an alias.
    std::optional<Event> byId(QStringView idOrAlias) const;
    // The edition a text names: sched.com hosts, "KubeCon + CloudNativeCon Europe 2023", "KubeCon NA '23",
    // "KubeCon Chicago" (a city with one edition, or with yearHint), dates inside an edition. The edition
    // named most often wins; nullopt when none is named.
    std::optional<Event> recognise(QStringView text, int yearHint = 0) const;
    // How often each edition is named in a text (index into events()), for callers that weigh several texts.
    QHash<int, int> mentions(QStringView text, int yearHint = 0) const;
    // IANA zone of an edition ("Europe/Amsterdam"), empty when unknown.
    QString timeZone(QStringView id) const;
    // Main conference days: "Day 1" of a KubeCon is the first day after the co-located events.
    QDate mainConferenceDay(const Event &event, int dayNumber) const;

private:
    int find(const QString &region, int year) const;
    std::vector<Event> m_events;
    QStringList m_timeZones;
    QHash<QString, int> m_byAlias; // casefolded id or alias -> index
    QHash<QString, QString> m_cityAliases;
};
