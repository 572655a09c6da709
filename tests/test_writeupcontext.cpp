#include "analysis/eventcatalog.h"
#include "analysis/projectdictionary.h"
#include "read/writeupreader.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {
// One made-up edition, in the format of resources/kubecon-events.json: the built-in catalog has no 2029
// edition.
const char *const smallCatalog = R"({"events": [{
    "id": "kubecon-eu-2029", "name": "KubeCon + CloudNativeCon Europe 2029",
    "series": "KubeCon + CloudNativeCon", "region": "Europe", "city": "Atlantis", "country": "Nowhere",
    "start": "2029-03-20", "end": "2029-03-23", "timeZone": "Europe/Lisbon", "aliases": ["kccnceu2029"]}]})";

const char *const post = R"(# Notes from KubeCon Europe 2029

We ran Frobnicator next to Kubernetes and Prometheus all week; Quux Mesh joined later.

## Talks

- **Scaling Frobnicator** - Jane Roe, Acme
- **Quux Mesh in Production** - Ann Example, Globex

OpenTelemetry and Frobnicator were everywhere.
)";

QStringList mentions(const Dataset &ds)
{
    QStringList out;
    for (const auto &m : ds.mentions)
        out << m.name + u'=' + QString::number(m.count);
    return out;
}
} // namespace

TEST_CASE("The write-up reader uses the catalog and dictionary it is given", "[writeup][context]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("events.json"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(smallCatalog);
    f.close();
    const EventCatalog catalog(path);
    REQUIRE(catalog.events().size() == 1);
    ProjectDictionary dictionary;
    dictionary.add(QStringLiteral("Frobnicator"));
    dictionary.add(QStringLiteral("Quux Mesh"));

    const ReadResult r = WriteupReader(catalog, dictionary).read(QStringLiteral("post.md"), post);
    CHECK(r.problems.isEmpty());
    // Only the made-up projects: Kubernetes, Prometheus and OpenTelemetry are in the built-in dictionary.
    CHECK(mentions(r.dataset) == QStringList{u"Frobnicator=3"_qs, u"Quux Mesh=2"_qs});
    REQUIRE(r.dataset.events.size() == 1);
    CHECK(r.dataset.events[0].id == u"kubecon-eu-2029");
    CHECK(r.dataset.events[0].city == u"Atlantis");

    // The default reader counts the built-in names and knows no 2029 edition.
    const ReadResult builtin = WriteupReader().read(QStringLiteral("post.md"), post);
    const QStringList names = mentions(builtin.dataset);
    CHECK(names.contains(u"Kubernetes=1"_qs));
    CHECK_FALSE(names.filter(QStringLiteral("Frobnicator")).size());
    REQUIRE(builtin.dataset.events.size() == 1);
    CHECK(builtin.dataset.events[0].id != u"kubecon-eu-2029");
}
