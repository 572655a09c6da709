#include "talkkind.h"

#include <QCoreApplication>

#include <array>

namespace {
struct KindNames
{
    const char16_t *name;
    const char *label;
};
constexpr std::array<KindNames, TalkKindCount> kKinds = {{
    {u"keynote", QT_TRANSLATE_NOOP("TalkKind", "Keynote")},
    {u"talk", QT_TRANSLATE_NOOP("TalkKind", "Talk")},
    {u"panel", QT_TRANSLATE_NOOP("TalkKind", "Panel")},
    {u"lightning", QT_TRANSLATE_NOOP("TalkKind", "Lightning talk")},
    {u"tutorial", QT_TRANSLATE_NOOP("TalkKind", "Tutorial")},
    {u"workshop", QT_TRANSLATE_NOOP("TalkKind", "Workshop")},
    {u"film", QT_TRANSLATE_NOOP("TalkKind", "Film")},
    {u"interview", QT_TRANSLATE_NOOP("TalkKind", "Interview")},
    {u"announcement", QT_TRANSLATE_NOOP("TalkKind", "Announcement")},
    {u"colocated", QT_TRANSLATE_NOOP("TalkKind", "Co-located event")},
    {u"logistics", QT_TRANSLATE_NOOP("TalkKind", "Logistics")},
    {u"other", QT_TRANSLATE_NOOP("TalkKind", "Other")},
}};
constexpr std::array<const char16_t *, 3> kLinkKinds = {u"recording", u"slides", u"page"};
} // namespace

QString talkKindName(TalkKind kind)
{
    return QString::fromUtf16(kKinds[size_t(kind)].name);
}

std::optional<TalkKind> talkKindFromName(QStringView name)
{
    for (size_t i = 0; i < kKinds.size(); ++i) {
        if (name.compare(QStringView(kKinds[i].name), Qt::CaseInsensitive) == 0)
            return TalkKind(i);
    }
    return std::nullopt;
}

QString talkKindLabel(TalkKind kind)
{
    return QCoreApplication::translate("TalkKind", kKinds[size_t(kind)].label);
}

QString linkKindName(LinkKind kind)
{
    return QString::fromUtf16(kLinkKinds[size_t(kind)]);
}

std::optional<LinkKind> linkKindFromName(QStringView name)
{
    for (size_t i = 0; i < kLinkKinds.size(); ++i) {
        if (name.compare(QStringView(kLinkKinds[i]), Qt::CaseInsensitive) == 0)
            return LinkKind(i);
    }
    return std::nullopt;
}
