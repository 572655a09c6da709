#include "talkassembler.h"

#include "analysis/projectdictionary.h"
#include "analysis/textkey.h"
#include "read/writeupfacts.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace TalkAssembler {
std::vector<TalkDraft> merge(std::vector<TalkDraft> drafts)
{
    // A talk named twice (a table of contents, a recap at the end) is one talk.
    std::vector<TalkDraft> out;
    QHash<QString, size_t> byKey;
    for (auto &d : drafts) {
        const QString key = TextKey::title(d.title);
        const auto it = byKey.constFind(key);
        // Same title, different people ("Opening Remarks" on two days): two talks.
        const bool otherPeople =
            it != byKey.constEnd() && !d.speakers.isEmpty() && !out[*it].speakers.isEmpty() &&
            std::none_of(d.speakers.begin(), d.speakers.end(), [&](const ParsedSpeaker &a) {
                return std::any_of(out[*it].speakers.begin(), out[*it].speakers.end(),
                                   [&](const ParsedSpeaker &b) {
                                       return TextKey::person(a.name) == TextKey::person(b.name);
                                   });
            });
        // Same title on two days with two different recordings ("Closing Remarks" each day): two talks.
        const bool otherDay = it != byKey.constEnd() && d.day.isValid() && out[*it].day.isValid() &&
                              d.day != out[*it].day && !d.links.empty() && !out[*it].links.empty() &&
                              std::none_of(d.links.begin(), d.links.end(), [&](const Link &a) {
                                  return std::any_of(out[*it].links.begin(), out[*it].links.end(),
                                                     [&](const Link &b) { return a.url == b.url; });
                              });
        if (it == byKey.constEnd() || otherPeople || otherDay) {
            if (it == byKey.constEnd()) byKey.insert(key, out.size());
            out.push_back(std::move(d));
            continue;
        }
        TalkDraft &known = out[*it];
        if (!known.day.isValid()) known.day = d.day;
        if (known.speakers.isEmpty()) known.speakers = d.speakers;
        if (known.abstract.size() < d.abstract.size()) known.abstract = d.abstract;
        for (const auto &l : d.links) {
            if (std::none_of(known.links.begin(), known.links.end(),
                             [&](const Link &x) { return x.url == l.url; }))
                known.links.push_back(l);
        }
        if (!known.kind) known.kind = d.kind;
    }
    return out;
}

void assemble(Dataset &ds, Event event, const Source &source, const QList<WriteupBlock> &blocks,
              std::vector<TalkDraft> drafts, const QList<std::pair<QString, QString>> &paragraphs,
              const ProjectDictionary &dictionary)
{
    QString allText;
    for (const auto &b : blocks) {
        // A bold lead keeps one mark: a name set in bold is a name even where a sentence starts.
        if (!b.lead.isEmpty()) allText += u'*';
        allText += b.text;
        allText += u'\n';
    }
    for (const Stat &s : WriteupFacts::stats(allText))
        event.stats.append(s);
    const EventIndex ev = ds.addEvent(event);
    ds.sources.push_back(source);
    const SourceIndex src(0u);

    for (auto &d : drafts) {
        Talk t;
        t.title = d.title;
        t.id = event.id + u"/w-" + TextKey::slug(d.title).left(60);
        t.event = ev;
        TalkKind kind = d.kind.value_or(TalkKind::Talk);
        if (kind == TalkKind::Talk) {
            static const QRegularExpression panel(QStringLiteral("\\bpanel\\b"),
                                                  QRegularExpression::CaseInsensitiveOption);
            if (panel.match(QStringView(d.abstract).left(200)).hasMatch() ||
                panel.match(QStringView(d.description).left(200)).hasMatch())
                kind = TalkKind::Panel;
        }
        t.kind = kind;
        t.day = d.day;
        t.section = ds.intern(d.section);
        t.setAbstract(d.abstract);
        QStringList orgs;
        for (const auto &sp : d.speakers) {
            t.speakers.push_back(
                {ds.intern(sp.name), ds.intern(sp.role), ds.intern(sp.affiliation), PersonIndex()});
            if (!sp.affiliation.isEmpty() && !orgs.contains(sp.affiliation)) orgs << sp.affiliation;
        }
        for (const QString &o :
             WriteupFacts::presenters(d.description.isEmpty() ? d.abstract : d.description, dictionary)) {
            if (!orgs.contains(o)) orgs << o;
        }
        for (const auto &o : std::as_const(orgs))
            t.organizations.push_back(ds.intern(o));
        t.links = std::move(d.links);
        t.sources = {src};
        ds.talks.push_back(std::move(t));
    }

    const QHash<QString, int> counts = dictionary.count(allText);
    QStringList names = counts.keys();
    std::sort(names.begin(), names.end());
    for (const QString &name : std::as_const(names))
        ds.mentions.push_back({name, ev, src, counts.value(name)});

    for (const auto &[heading, text] : paragraphs)
        ds.paragraphs.push_back({ev, src, ds.intern(heading), text.toUtf8(), {}});
}
} // namespace TalkAssembler
