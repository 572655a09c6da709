#include "analysis/projectdictionary.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

TEST_CASE("Projects are counted by their words, longest name first", "[projectdictionary]")
{
    ProjectDictionary d;
    d.add(QStringLiteral("Argo"), {}, true);
    d.add(QStringLiteral("Argo CD"), {QStringLiteral("ArgoCD")});
    d.add(QStringLiteral("OSS-Fuzz"));
    d.add(QStringLiteral("Llama 2"));
    const auto c = d.count(u"Argo CD and ArgoCD; the Argo project; argo in lower case. OSS-Fuzz runs Llama 2, not Llama.");
    CHECK(c.value(QStringLiteral("Argo CD")) == 2);
    CHECK(c.value(QStringLiteral("Argo")) == 1);
    CHECK(c.value(QStringLiteral("OSS-Fuzz")) == 1);
    CHECK(c.value(QStringLiteral("Llama 2")) == 1);
    CHECK(c.size() == 4);
}

TEST_CASE("The built-in dictionary knows common projects", "[projectdictionary]")
{
    const auto &d = ProjectDictionary::instance();
    CHECK(d.size() > 150);
    const auto c = d.count(u"We ran Kubevirt next to OpenTelemetry collectors and eBPF probes; Jaeger’s UI too.");
    CHECK(c.value(QStringLiteral("KubeVirt")) == 1);
    CHECK(c.value(QStringLiteral("OpenTelemetry")) == 1);
    CHECK(c.value(QStringLiteral("eBPF")) == 1);
    CHECK(c.value(QStringLiteral("Jaeger")) == 1);
}

TEST_CASE("A user file adds names; a broken one is reported", "[projectdictionary]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("projects.json"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"(["Frobnicator", {"name": "Quux Mesh", "aliases": ["QuuxMesh"]}])");
    f.close();
    ProjectDictionary d;
    REQUIRE(d.load(path));
    CHECK(d.size() == 2);
    CHECK(d.count(u"frobnicator meets QuuxMesh").size() == 2);
    QString error;
    CHECK_FALSE(d.load(dir.filePath(QStringLiteral("missing.json")), &error));
    CHECK(error.contains(QLatin1StringView("missing.json: cannot open")));
}
