#include "read/writeupreader.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>

// The talks the reader finds in each real post of ../shared/writeups-dev, flattened one per line, kept
// as golden files so every change to the reader shows what it does to real posts. These are snapshots
// of the reader's output, not the truth: the truth is the posts' labels, which the score_extraction_dev
// test scores. A change that moves a golden is reviewed against the labels and the golden regenerated
// (copy the .actual file over it).
namespace {
QString flattenTalks(const Dataset &ds)
{
    QString out;
    for (const Talk &t : ds.talks) {
        QStringList people;
        for (const auto &s : t.speakers) {
            QString p = ds.str(s.name);
            if (!ds.str(s.role).isEmpty()) p += QStringLiteral(", ") + ds.str(s.role);
            if (!ds.str(s.affiliation).isEmpty()) p += QStringLiteral(" @ ") + ds.str(s.affiliation);
            people << p;
        }
        QStringList links;
        for (const auto &l : t.links)
            links << linkKindName(l.kind) + u' ' + l.url;
        out += t.title + QStringLiteral(" | ") + people.join(QStringLiteral("; ")) + QStringLiteral(" | ") +
               talkKindName(t.kind) + QStringLiteral(" | ") + t.day.toString(Qt::ISODate) +
               QStringLiteral(" | ") + links.join(u' ') + u'\n';
    }
    return out;
}
} // namespace

TEST_CASE("Golden talk lists of the real posts in writeups-dev", "[writeup][golden]")
{
    const QDir dir(TestSupport::shared(QStringLiteral("writeups-dev")));
    const QStringList posts =
        dir.entryList({QStringLiteral("*.md"), QStringLiteral("*.rst")}, QDir::Files, QDir::Name);
    REQUIRE(posts.size() == 21); // twenty posts and the folder's README
    for (const QString &name : posts) {
        if (name == u"README.md") continue;
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::ReadOnly));
        const ReadResult r = WriteupReader().read(dir.filePath(name), f.readAll());
        const QString golden = TestSupport::testData(QStringLiteral("../golden/writeups-dev/") + name +
                                                     QStringLiteral(".talks"));
        INFO(name.toStdString());
        CHECK(TestSupport::compareGolden(golden, flattenTalks(r.dataset)).isEmpty());
    }
}
