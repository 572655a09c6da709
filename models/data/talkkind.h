#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// What sort of session a talk is. Session types are kinds, never topics.
enum class TalkKind : quint8 {
    Keynote,
    Talk,
    Panel,
    Lightning,
    Tutorial,
    Workshop,
    Film,
    Interview,
    Announcement,
    Colocated,
    Logistics,
    Other,
};
inline constexpr int TalkKindCount = int(TalkKind::Other) + 1;

// The dataset JSON name ("keynote", "lightning", ...).
QString talkKindName(TalkKind kind);
std::optional<TalkKind> talkKindFromName(QStringView name);
// What a person reads ("Lightning talk").
QString talkKindLabel(TalkKind kind);

enum class LinkKind : quint8 { Recording, Slides, Page };
QString linkKindName(LinkKind kind);
std::optional<LinkKind> linkKindFromName(QStringView name);
