#include "read/datasetloader.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

namespace {
// "Name|Role|Affiliation" of each speaker of the note's one talk.
QStringList describeNote(const QString &name, QString *title = nullptr, TalkKind *kind = nullptr)
{
    const ReadResult r = DatasetLoader::readFile(TestSupport::testData(QStringLiteral("sessionnotes/") + name));
    REQUIRE(r.problems.isEmpty());
    const Dataset &ds = r.dataset;
    REQUIRE(ds.talks.size() == 1);
    const Talk &t = ds.talks[0];
    if (title)
        *title = t.title;
    if (kind)
        *kind = t.kind;
    QStringList out;
    for (const Speaker &s : t.speakers)
        out << ds.str(s.name) + u'|' + ds.str(s.role) + u'|' + ds.str(s.affiliation);
    return out;
}
} // namespace

TEST_CASE("Session notes: the front matter's names cut the heading and place roles and companies",
          "[schedules][notes]")
{
    QString title;
    TalkKind kind = TalkKind::Talk;
    // "With" is a title word our name test alone rejects, and the role holds "&" and commas.
    CHECK(describeNote(QStringLiteral("guided.md"), &title, &kind)
          == QStringList{u"Lea Marsh|Summit 2031 Co-Chair & Head of Platforms, Applied Research & Strategy Division|Contoso"_qs,
                         u"Ana Paula With||Northwind"_qs});
    CHECK(title == u"Project Pulse");
    CHECK(kind == TalkKind::Keynote);
}

TEST_CASE("Session notes: a moderated session has each of its people, with a legal suffix kept",
          "[schedules][notes]")
{
    QString title;
    CHECK(describeNote(QStringLiteral("moderated.md"), &title)
          == QStringList{u"Ada \"Bits\" Novak||Orbitly"_qs, u"Tom Reyes||Vexa, Inc."_qs});
    CHECK(title == u"Evening Recap on Stream");
}

TEST_CASE("Session notes: front matter names that are not in the heading leave the heading's own reading",
          "[schedules][notes]")
{
    QString title;
    CHECK(describeNote(QStringLiteral("mismatch.md"), &title) == QStringList{u"Mika Sato||Ginkgo Works"_qs});
    CHECK(title == u"Queue Tuning");
}
