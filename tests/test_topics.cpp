#include "analysis/pipeline.h"
#include "analysis/taxonomy.h"
#include "analysis/taxonomywatcher.h"
#include "analysis/themeshares.h"
#include "analysis/topicclassifier.h"
#include "data/datasetjson.h"
#include "read/datasetloader.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {
const TopicClassifier &classifier()
{
    static const TopicClassifier c(Taxonomy::builtin());
    return c;
}

QStringList topicsOf(QStringView title, QStringView abstract = {}, QStringView section = {},
                     QStringView track = {})
{
    const auto &c = classifier();
    return c.topicIds(c.classify(title, abstract, section, track));
}

QStringList evidenceOf(QStringView title, QStringView abstract = {}, QStringView section = {},
                       QStringView track = {})
{
    const auto &c = classifier();
    QStringList out;
    for (const auto &a : c.classify(title, abstract, section, track).topics)
        out << c.evidence(a, track, section);
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

Talk talk(Dataset &ds, const QString &title, EventIndex event, TalkKind kind = TalkKind::Talk,
          const QString &track = {})
{
    Talk t;
    t.id = QStringLiteral("t%1").arg(ds.talks.size());
    t.title = title;
    t.event = event;
    t.kind = kind;
    t.track = ds.intern(track);
    return t;
}

Paragraph paragraph(Dataset &ds, EventIndex event, const char *text, const QString &heading = {})
{
    Paragraph p;
    p.event = event;
    p.source = SourceIndex(0u);
    p.heading = ds.intern(heading);
    p.text = text;
    return p;
}

// Two events stored out of date order, talks of several kinds, and write-up paragraphs.
Dataset smallDataset()
{
    Dataset ds;
    Event late;
    late.id = QStringLiteral("conf-2024");
    late.name = QStringLiteral("Conf 2024");
    late.start = QDate(2024, 11, 12);
    Event early;
    early.id = QStringLiteral("conf-2023");
    early.name = QStringLiteral("Conf 2023");
    early.start = QDate(2023, 4, 18);
    const EventIndex e24 = ds.addEvent(late);
    const EventIndex e23 = ds.addEvent(early);
    ds.sources.push_back({QStringLiteral("post"),
                          QStringLiteral("post.md"),
                          {},
                          {},
                          {},
                          QStringLiteral("markdown"),
                          SourceKind::Writeup});
    ds.talks.push_back(talk(ds, QStringLiteral("LLM Inference on GPUs with KServe"), e24));
    ds.talks.push_back(talk(ds, QStringLiteral("Scaling Generative AI Platforms"), e24));
    ds.talks.push_back(talk(ds, QStringLiteral("Kubernetes Security Baselines with Kyverno"), e24));
    ds.talks.push_back(talk(ds, QStringLiteral("Badge Pick-Up (Hall B)"), e24, TalkKind::Talk,
                            QStringLiteral("Registration")));
    ds.talks.push_back(talk(ds, QStringLiteral("Welcome from the Programme Chairs"), e24, TalkKind::Keynote,
                            QStringLiteral("Keynote Sessions")));
    ds.talks.push_back(talk(ds, QStringLiteral("Carbon-Aware Scheduling with Kepler"), e23));
    ds.talks.push_back(talk(ds, QStringLiteral("Green Software in Practice: A Field Report"), e23));
    ds.talks.push_back(talk(ds, QStringLiteral("Machine Learning Pipelines for Fraud Scoring"), e23,
                            TalkKind::Talk, QStringLiteral("Machine Learning + Data")));
    ds.paragraphs.push_back(
        paragraph(ds, e23,
                  "Sustainability was everywhere: carbon-aware scaling, energy consumption "
                  "of clusters and Kepler dashboards.",
                  QStringLiteral("Sustainability")));
    ds.paragraphs.push_back(paragraph(ds, e23, "The coffee was good and the venue was big."));
    ds.paragraphs.push_back(
        paragraph(ds, e24, "Every keynote was about AI: LLM agents, GPU sharing and inference."));
    return ds;
}

const ThemeShare &row(const Dataset &ds, QStringView event, QStringView topic)
{
    const EventIndex e = ds.findEvent(event);
    const TopicIndex t = ds.findTopic(topic);
    for (const auto &r : ds.themes) {
        if (r.event == e && r.topic == t) return r;
    }
    FAIL("no themes row for " << event.toString().toStdString() << " / " << topic.toString().toStdString());
    static ThemeShare none;
    return none;
}
} // namespace

TEST_CASE("The default taxonomy has the fifteen topics, each fully described", "[topics]")
{
    const Taxonomy t = Taxonomy::builtin();
    QStringList ids;
    QStringList colors;
    for (const auto &topic : t.topics()) {
        ids << topic.id;
        INFO(topic.id.toStdString());
        CHECK_FALSE(topic.label.isEmpty());
        CHECK(topic.color.isValid());
        CHECK(topic.keywords.size() >= 5);
        CHECK_FALSE(topic.projects.isEmpty());
        CHECK_FALSE(topic.tracks.isEmpty());
        CHECK_FALSE(topic.fromUser);
        colors << topic.color.name();
    }
    CHECK(ids == QStringList{u"ai"_qs, u"security"_qs, u"observability"_qs, u"networking"_qs, u"ebpf"_qs,
                             u"sustainability"_qs, u"platform"_qs, u"delivery"_qs, u"multicluster"_qs,
                             u"data"_qs, u"runtime"_qs, u"kubernetes"_qs, u"community"_qs, u"reliability"_qs,
                             u"edge"_qs});
    colors.removeDuplicates();
    CHECK(colors.size() == 15);
    CHECK_FALSE(t.hasUserTopics());
    CHECK(t.problems().isEmpty());
    // The shipped file parses without a single problem.
    QList<Problem> problems;
    const Taxonomy parsed = Taxonomy::parse(readFile(QStringLiteral(":/taxonomy.json")),
                                            QStringLiteral("taxonomy.json"), &problems);
    CHECK(problems.isEmpty());
    CHECK(parsed.topics().size() == 15);
}

TEST_CASE("Each topic is recognised from a title, and near misses are not", "[topics]")
{
    SECTION("ai")
    {
        CHECK(topicsOf(u"LLM Chat Assistants on Kubernetes") == QStringList{u"ai"_qs});
        CHECK(topicsOf(u"Serving Large Language Models with KServe") == QStringList{u"ai"_qs});
        CHECK_FALSE(topicsOf(u"Pebblestack.ai interview").contains(u"ai"_qs)); // a company's domain, not AI
    }
    SECTION("security")
    {
        CHECK(topicsOf(u"Kubernetes Security Baselines with Kyverno") == QStringList{u"security"_qs});
        CHECK(topicsOf(u"Signing Container Images with Sigstore: Securing the Software Supply Chain")
                  .contains(u"security"_qs));
        CHECK_FALSE(topicsOf(u"A Tour of the Gateway API in Kubernetes").contains(u"security"_qs));
    }
    SECTION("observability")
    {
        CHECK(topicsOf(u"Distributed Tracing with OpenTelemetry and Jaeger") ==
              QStringList{u"observability"_qs});
        CHECK(topicsOf(u"Prometheus in a Nutshell") == QStringList{u"observability"_qs});
        CHECK_FALSE(topicsOf(u"What Our Logs Taught Us About Hiring").contains(u"observability"_qs));
    }
    SECTION("networking")
    {
        CHECK(topicsOf(u"A Tour of the Gateway API in Kubernetes") == QStringList{u"networking"_qs});
        CHECK(topicsOf(u"Istio in Ambient Mode, Two Years On") == QStringList{u"networking"_qs});
        CHECK(topicsOf(u"Service Mesh Without the Buzzwords: What It Really Buys You") ==
              QStringList{u"networking"_qs});
        CHECK_FALSE(topicsOf(u"Networking Break").contains(u"networking"_qs)); // logistics
    }
    SECTION("ebpf")
    {
        CHECK(topicsOf(u"eBPF: Programming the Kernel Safely") == QStringList{u"ebpf"_qs});
        CHECK(topicsOf(u"Tracing Syscalls with bpftrace and XDP").contains(u"ebpf"_qs));
        CHECK_FALSE(topicsOf(u"Running a Service Mesh on Cilium").contains(u"ebpf"_qs)); // weak alone
    }
    SECTION("sustainability")
    {
        CHECK(topicsOf(u"Dynamic Power Tuning on Worker Nodes") == QStringList{u"sustainability"_qs});
        CHECK(topicsOf(u"Sustainable, Carbon-Aware Clusters: Scale Jobs Down and Lower Emissions") ==
              QStringList{u"sustainability"_qs});
        CHECK(topicsOf(u"Lowering Energy Consumption of Idle K8s Clusters") ==
              QStringList{u"sustainability"_qs});
        CHECK_FALSE(topicsOf(u"Volunteer-Powered Cloud Native Projects").contains(u"sustainability"_qs));
    }
    SECTION("platform")
    {
        CHECK(topicsOf(u"Paved Paths that Make Compliance Boring") == QStringList{u"platform"_qs});
        CHECK(topicsOf(u"Dev Containers on Every Laptop via DevPod") == QStringList{u"platform"_qs});
        CHECK(topicsOf(u"An Observability Platform for Everyone") == QStringList{u"observability"_qs});
    }
    SECTION("delivery")
    {
        CHECK(topicsOf(u"What Three Years of GitOps Did for Us") == QStringList{u"delivery"_qs});
        CHECK(topicsOf(u"Templating Hundreds of Apps with ApplicationSet and Argo CD") ==
              QStringList{u"delivery"_qs});
        CHECK(topicsOf(u"Secure Defaults for Your CI/CD") == QStringList{u"security"_qs, u"delivery"_qs});
    }
    SECTION("multicluster")
    {
        CHECK(topicsOf(u"Multicluster Job Queueing with Kueue").first() == u"multicluster");
        CHECK(topicsOf(u"Hard Multi-Tenancy with Virtual Clusters") == QStringList{u"multicluster"_qs});
        CHECK_FALSE(topicsOf(u"Debugging a Single Cluster").contains(u"multicluster"_qs));
    }
    SECTION("data")
    {
        CHECK(topicsOf(u"Data on K8s, Honestly: What Worked and What Did Not") == QStringList{u"data"_qs});
        CHECK(topicsOf(u"Running PostgreSQL at Scale with CloudNativePG").first() == u"data");
        CHECK_FALSE(topicsOf(u"Data-Driven Hiring").contains(u"data"_qs));
    }
    SECTION("runtime")
    {
        CHECK(topicsOf(u"Wasm on Walking Robots with K8s").contains(u"runtime"_qs));
        CHECK(topicsOf(u"Running Virtual Machines Next to Pods with KubeVirt").first() == u"runtime");
        CHECK(topicsOf(u"Serverless Functions with Knative") == QStringList{u"runtime"_qs});
    }
    SECTION("kubernetes")
    {
        CHECK(topicsOf(u"Native Sidecar Containers in Kubernetes: A Field Guide") ==
              QStringList{u"kubernetes"_qs});
        CHECK(topicsOf(u"SIG Node: Recent Work and Open Questions") == QStringList{u"kubernetes"_qs});
        // Not every talk that names Kubernetes is about Kubernetes itself.
        CHECK(topicsOf(u"LLM Chat Assistants on Kubernetes") == QStringList{u"ai"_qs});
        CHECK(topicsOf(u"Kubernetes Security Baselines with Kyverno") == QStringList{u"security"_qs});
    }
    SECTION("community")
    {
        CHECK(topicsOf(u"Starting Kubernetes Community Days in a Small Town: What We Learned") ==
              QStringList{u"community"_qs});
        CHECK(topicsOf(u"Mentoring the Next Generation of Maintainers") == QStringList{u"community"_qs});
        CHECK_FALSE(topicsOf(u"A Tour of the Gateway API in Kubernetes").contains(u"community"_qs));
    }
    SECTION("reliability")
    {
        CHECK(topicsOf(u"Lessons From a 24-Hour Outage: Incident Response at Scale") ==
              QStringList{u"reliability"_qs});
        CHECK(topicsOf(u"Chaos Experiments Driven by LitmusChaos") == QStringList{u"reliability"_qs});
        CHECK_FALSE(topicsOf(u"Dynamic Power Tuning on Worker Nodes").contains(u"reliability"_qs));
    }
    SECTION("edge")
    {
        CHECK(topicsOf(u"Kubernetes at the Edge: K3s on Factory Floors") == QStringList{u"edge"_qs});
        CHECK(topicsOf(u"Cloud Native Network Functions for 5G Telcos").contains(u"edge"_qs));
        CHECK(topicsOf(u"Edge Cases of Admission Webhooks") == QStringList{u"kubernetes"_qs});
    }
}

TEST_CASE("Renamed schedule tracks land in the same topic; session types become kinds", "[topics]")
{
    for (const char16_t *track : {u"Security + Identity + Policy", u"Security + Identity", u"Security"})
        CHECK(topicsOf(u"Lessons from the Trenches", {}, {}, track) == QStringList{u"security"_qs});
    for (const char16_t *track : {u"AI + ML", u"Machine Learning + Data"})
        CHECK(topicsOf(u"Lessons from the Trenches", {}, {}, track).first() == u"ai");
    for (const char16_t *track : {u"Connectivity", u"Networking", u"Networking + Edge + Telco"})
        CHECK(topicsOf(u"Lessons from the Trenches", {}, {}, track).first() == u"networking");
    // A track the taxonomy has never seen speaks through its words.
    CHECK(topicsOf(u"Lessons from the Trenches", {}, {}, u"Observability & Tracing Summit 2031") ==
          QStringList{u"observability"_qs});
    // Session types and catch-all tracks give no topic: the title decides.
    CHECK(topicsOf(u"Lessons from the Trenches", {}, {}, u"Maintainer Track").isEmpty());
    CHECK(topicsOf(u"Flux Project Update", {}, {}, u"Maintainer Track") == QStringList{u"delivery"_qs});
    CHECK(topicsOf(u"Lessons from the Trenches", {}, {}, u"Keynote Sessions").isEmpty());

    const auto &c = classifier();
    CHECK(c.classify(u"Welcome from the Programme Chairs", {}, {}, u"Keynote Sessions").kind ==
          TalkKind::Keynote);
    CHECK(c.classify(u"Five Minutes of eBPF", {}, {}, u"⚡ Lightning Talks").kind == TalkKind::Lightning);
    CHECK(c.classify(u"Five Minutes of eBPF", {}, {}, u"⚡ Lightning Talks").topics.size() == 1);
    CHECK(c.classify(u"Hands-on Falco", {}, {}, u"Tutorials").kind == TalkKind::Tutorial);
    const auto badge = c.classify(u"Badge Pick-Up + Lanyard Swap");
    CHECK(badge.kind == TalkKind::Logistics);
    CHECK(badge.topics.empty());
    CHECK(c.classify(u"Coat + Bag Check").kind == TalkKind::Logistics);
    CHECK(c.classify(u"Networking Break 🍪").kind == TalkKind::Logistics);
    CHECK(c.classify(u"Lunch").kind == TalkKind::Logistics);
    const auto sponsoredBreak = c.classify(u"Security Deep Dive", {}, {}, u"Registration");
    CHECK(sponsoredBreak.kind == TalkKind::Logistics);
    CHECK(sponsoredBreak.topics.empty());
    CHECK_FALSE(c.classify(u"Break the Monolith: Migrating to Microservices").kind.has_value());
    CHECK_FALSE(c.classify(u"Registration Webhooks for Operators").kind.has_value());
}

TEST_CASE("Each assignment keeps the evidence that gave it", "[topics]")
{
    CHECK(evidenceOf(u"eBPF Programs and Their Licensing Pitfalls").contains(u"title: eBPF"_qs));
    CHECK(evidenceOf(u"Lessons from the Trenches", {}, {}, u"AI + ML") == QStringList{u"track: AI + ML"_qs});
    CHECK(evidenceOf(u"Lessons from the Trenches", {}, u"Networking") ==
          QStringList{u"heading: Networking"_qs});
    const QStringList podlantern =
        evidenceOf(u"Podlantern",
                   u"A small dashboard that adds real-time monitoring and observability to each namespace.");
    REQUIRE(podlantern.size() == 1);
    CHECK(podlantern[0] == u"abstract: monitoring");
    CHECK(
        topicsOf(u"Podlantern",
                 u"A small dashboard that adds real-time monitoring and observability to each namespace.") ==
        QStringList{u"observability"_qs});
    CHECK(evidenceOf(u"Cilium Networking in a Multicloud Shop") ==
          QStringList{u"title: Cilium"_qs, u"title: multicloud"_qs});
}

TEST_CASE("The abstract supports the title; a long transcript does not tag everything", "[topics]")
{
    // No topic word in the title: the abstract decides.
    CHECK(topicsOf(u"Northwind Traders Case Study",
                   u"The retailer explained how it runs AI inference "
                   u"workloads on shared GPU nodes with Kubernetes.") == QStringList{u"ai"_qs});
    CHECK(topicsOf(u"Lanterns and Ladders",
                   u"Mentorship and knowledge transfer among the volunteers of an open source project.",
                   u"Open source community corner") == QStringList{u"community"_qs});
    // One passing mention each in three thousand words of transcript is not a theme.
    QString transcript;
    for (int i = 0; i < 300; ++i)
        transcript +=
            u"so we went ahead and we talked about how the team works every day with the people "_qs;
    transcript += u"we also touched security, storage, GPU, tracing and service mesh briefly."_qs;
    CHECK(topicsOf(u"Field Notes, Unedited", transcript).isEmpty());
    // A transcript that keeps coming back to one theme does count.
    QString focused = transcript;
    for (int i = 0; i < 60; ++i)
        focused += u" the GPU scheduler placed the training job, inference and LLM serving "_qs;
    CHECK(topicsOf(u"Field Notes, Unedited", focused) == QStringList{u"ai"_qs});
}

TEST_CASE("Text in any encoding and script is tokenised without crashing or false matches", "[topics]")
{
    CHECK(topicsOf(u"Segurança de contêineres com Falco — lições aprendidas") == QStringList{u"security"_qs});
    CHECK(topicsOf(u"ЕBPF и сеть").isEmpty()); // Cyrillic look-alike letters are other words
    CHECK(topicsOf(u"eBPF\u2019s Future\u2014and the Kernel") == QStringList{u"ebpf"_qs});
    CHECK(topicsOf(u"").isEmpty());
    CHECK(topicsOf(u"🚀🚀🚀").isEmpty());
    const auto &c = classifier();
    TopicClassifier::Scratch scratch;
    TopicClassifier::Result result;
    const QByteArray broken("\xff\xfe eBPF \xc3 security \xe2\x80", 24);
    c.classifyTalk({u"Broken bytes", broken, nullptr, nullptr, {}}, scratch, result);
    CHECK(c.topicIds(result).contains(u"ebpf"_qs));
}

TEST_CASE("Write-up paragraphs are tagged only when they discuss a theme", "[topics]")
{
    const auto &c = classifier();
    TopicClassifier::Scratch scratch;
    TopicClassifier::Result result;
    c.classifyParagraph("Most of the morning keynotes were about serving AI/ML models, and the afternoon "
                        "panel came back to AI/ML.",
                        nullptr, scratch, result);
    CHECK(c.topicIds(result) == QStringList{u"ai"_qs});
    c.classifyParagraph("I wrote these notes on the train home, like every year.", nullptr, scratch, result);
    CHECK(result.topics.empty());
    c.classifyParagraph("There was a lot of security talk.", nullptr, scratch, result);
    CHECK(result.topics.empty()); // one word in passing
    const TopicClassifier::Label heading = c.headingLabel(u"Sustainability");
    c.classifyParagraph("Several speakers shared tips for cutting the energy consumption of idle clusters.",
                        &heading, scratch, result);
    CHECK(c.topicIds(result) == QStringList{u"sustainability"_qs});
}

TEST_CASE("Theme shares count talks and paragraphs per event and topic, logistics never", "[topics]")
{
    Dataset ds = smallDataset();
    Pipeline::finish(ds, Taxonomy::builtin());
    REQUIRE(ds.topics.size() == 15);
    REQUIRE(ds.themes.size() == 2 * 15);
    // Events by date: 2023 first although it was added second.
    CHECK(ds.event(ds.themes.front().event).id == u"conf-2023");
    CHECK(ds.event(ds.themes.back().event).id == u"conf-2024");
    CHECK(ds.talks[3].kind == TalkKind::Logistics);
    CHECK(ds.talks[3].topics.empty());
    CHECK(ds.talks[4].kind == TalkKind::Keynote);

    const ThemeShare &ai24 = row(ds, u"conf-2024", u"ai");
    CHECK(ai24.talks == 2);
    CHECK(ai24.paragraphs == 1);
    CHECK(row(ds, u"conf-2024", u"security").talks == 1);
    CHECK(row(ds, u"conf-2024", u"security").paragraphs == 0);
    // conf-2024: ai 2 talks + 1 paragraph, security 1 talk: 3 of 4, 1 of 4.
    CHECK(ai24.share == Approx(0.75));
    CHECK(row(ds, u"conf-2024", u"security").share == Approx(0.25));
    const ThemeShare &green = row(ds, u"conf-2023", u"sustainability");
    CHECK(green.talks == 2);
    CHECK(green.paragraphs == 1);
    CHECK(row(ds, u"conf-2023", u"ai").talks == 1);
    CHECK(green.share == Approx(3.0 / 4));
    CHECK(row(ds, u"conf-2023", u"edge").share == 0);
    for (const char16_t *event : {u"conf-2023", u"conf-2024"}) {
        double sum = 0;
        for (const auto &t : ds.topics)
            sum += row(ds, event, t.id).share;
        CHECK(sum == Approx(1.0));
    }
    CHECK(ThemeShares::share(2, 1, 4) == Approx(0.75));
    CHECK(ThemeShares::share(0, 0, 0) == 0);
    // The same definition under a filter: keynotes and talks about security only.
    const auto filtered = ThemeShares::compute(
        ds, [&](const Talk &t) { return t.hasTopic(ds.findTopic(u"security")); }, false);
    for (const auto &r : filtered) {
        if (ds.event(r.event).id == u"conf-2024" && ds.topic(r.topic).id == u"security")
            CHECK(r.share == 1.0);
    }
}

TEST_CASE("Theme shares survive a JSON round trip without the paragraphs", "[topics]")
{
    Dataset ds = smallDataset();
    Pipeline::finish(ds, Taxonomy::builtin());
    const QByteArray json = DatasetJson::write(ds);
    ReadResult back = DatasetJson::read(json, QStringLiteral("round-trip.json"));
    REQUIRE(back.problems.isEmpty());
    CHECK(back.dataset.paragraphs.empty());
    Pipeline::finish(back.dataset, Taxonomy::builtin());
    CHECK(back.dataset.themes == ds.themes);
    CHECK(back.dataset.topics == ds.topics);
    // And once more, as the built-in dataset is loaded every time.
    CHECK(DatasetJson::write(back.dataset) == json);
}

TEST_CASE("Talks keep the topics an input gave them", "[topics]")
{
    Dataset ds = smallDataset();
    const TopicIndex edge = ds.addTopic({QStringLiteral("edge"), QStringLiteral("Edge"), QColor()});
    ds.talks[0].topics.push_back({edge, ds.intern(QStringLiteral("hand-picked"))});
    Pipeline::finish(ds, Taxonomy::builtin());
    CHECK(ds.topicIds(ds.talks[0]) == QStringList{u"edge"_qs});
    CHECK(ds.str(ds.talks[0].topics[0].evidence) == u"hand-picked");
    Pipeline::reclassify(ds, Taxonomy::builtin());
    CHECK(ds.topicIds(ds.talks[0]) == QStringList{u"ai"_qs});
}

TEST_CASE("A user topics file adds and overrides topics; the dataset is classified again", "[topics]")
{
    const QString file = TestSupport::testData(QStringLiteral("topics/user-topics.json"));
    QList<Problem> problems;
    const Taxonomy t = Taxonomy::load(file, &problems);
    CHECK(problems.isEmpty());
    REQUIRE(t.topics().size() == 16);
    CHECK(t.hasUserTopics());
    const auto &finops = t.topics().back();
    CHECK(finops.id == u"finops");
    CHECK(finops.label == u"FinOps");
    CHECK(finops.color == QColor(0x11, 0x77, 0x99));
    const auto &ai = t.topics()[size_t(t.indexOf(u"ai"))];
    CHECK(ai.label == u"Artificial intelligence");
    CHECK(ai.color == Taxonomy::builtin().topics()[0].color);
    CHECK(ai.keywords.contains(u"Kubeflow Pipelines"_qs));
    CHECK(ai.keywords.contains(u"LLM"_qs)); // added to, not replaced

    const TopicClassifier c(t);
    CHECK(c.topicIds(c.classify(u"Taming the Cloud Bill")) == QStringList{u"finops"_qs});
    CHECK(c.topicIds(c.classify(u"Transformers on Bare Metal")) == QStringList{u"ai"_qs});
    CHECK(topicsOf(u"Taming the Cloud Bill").isEmpty()); // the default taxonomy does not know it

    // Topics that came with the input give way to the user's classification.
    Dataset ds = smallDataset();
    const TopicIndex edge = ds.addTopic({QStringLiteral("edge"), QStringLiteral("Edge"), QColor()});
    ds.talks[0].topics.push_back({edge, ds.intern(QStringLiteral("hand-picked"))});
    ds.talks.push_back(
        talk(ds, QStringLiteral("Taming the Cloud Bill with OpenCost"), ds.findEvent(u"conf-2024")));
    Pipeline::finish(ds, t);
    CHECK(ds.topicIds(ds.talks[0]) == QStringList{u"ai"_qs});
    CHECK(ds.topicIds(ds.talks.back()).first() == u"finops");
    CHECK(ds.topic(ds.findTopic(u"ai")).label == u"Artificial intelligence");
    CHECK(row(ds, u"conf-2024", u"finops").talks == 1);

    // The taxonomy in force follows the chosen user file.
    Taxonomy::setUserFile(file);
    CHECK(Taxonomy::current()->indexOf(u"finops") == 15);
    Taxonomy::setUserFile({});
    CHECK(Taxonomy::current()->indexOf(u"finops") == -1);
}

TEST_CASE("A broken user topics file is reported with file and line, and the rest is kept", "[topics]")
{
    const QString bad = TestSupport::testData(QStringLiteral("topics/bad-topics.json"));
    QList<Problem> problems;
    const Taxonomy t = Taxonomy::load(bad, &problems);
    QStringList messages;
    for (const auto &p : problems)
        messages << p.toString();
    CHECK(messages == QStringList{bad + u":6: error: topics[0].color is not a colour: \"not-a-colour\""_qs,
                                  bad + u":7: error: topics[0].keywords[1] must be a non-empty string"_qs,
                                  bad + u":9: error: topics[1] has no \"id\""_qs});
    CHECK(t.indexOf(u"quantum") == 15);
    CHECK(t.indexOf(u"hpc") == 16);
    CHECK(t.topics()[15].keywords == QStringList{u"qubit"_qs});

    const QString truncated = TestSupport::testData(QStringLiteral("topics/truncated-topics.json"));
    problems.clear();
    const Taxonomy u = Taxonomy::load(truncated, &problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].file == truncated);
    CHECK(problems[0].line == 3);
    CHECK(problems[0].message.startsWith(u"not valid JSON"));
    CHECK(u.topics().size() == 15); // the default topics stay

    problems.clear();
    Taxonomy::load(TestSupport::testData(QStringLiteral("bad/random.bin")), &problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message.startsWith(u"not valid JSON"));
}

TEST_CASE("The built-in dataset has topics and theme rows for every event and topic", "[topics]")
{
    const DatasetPtr ds = TestSupport::loadBuiltin();
    REQUIRE(ds);
    CHECK(ds->topics.size() >= 15);
    CHECK(ds->themes.size() == ds->events.size() * ds->topics.size());
    int tagged = 0;
    size_t assignments = 0;
    for (const auto &t : ds->talks) {
        tagged += t.topics.empty() ? 0 : 1;
        assignments += t.topics.size();
        for (const auto &a : t.topics)
            CHECK_FALSE(ds->str(a.evidence).isEmpty());
    }
    if (!ds->talks.empty()) CHECK(double(assignments) / double(ds->talks.size()) <= 2.0);
    const auto order = ThemeShares::eventsByDate(*ds);
    for (size_t i = 1; i < order.size(); ++i)
        CHECK(ds->event(order[i - 1]).start <= ds->event(order[i]).start);
}

TEST_CASE("The eight KubeCon editions show the AI share rising as the record says", "[topics][kubecon]")
{
    const auto loaded = DatasetLoader::load({TestSupport::shared(QStringLiteral("data/kubecon-sessions"))});
    REQUIRE(loaded.dataset);
    const Dataset &ds = *loaded.dataset;
    REQUIRE(ds.events.size() == 8);
    REQUIRE(ds.themes.size() == 8 * ds.topics.size());
    // Theme rows follow the editions' dates.
    QStringList order;
    for (const auto &r : ds.themes) {
        if (order.isEmpty() || order.back() != ds.event(r.event).id) order << ds.event(r.event).id;
    }
    CHECK(order == QStringList{u"kubecon-eu-2021"_qs, u"kubecon-na-2021"_qs, u"kubecon-eu-2022"_qs,
                               u"kubecon-na-2022"_qs, u"kubecon-eu-2023"_qs, u"kubecon-na-2023"_qs,
                               u"kubecon-eu-2024"_qs, u"kubecon-na-2024"_qs});
    const ThemeShare &eu2021 = row(ds, u"kubecon-eu-2021", u"ai");
    const ThemeShare &na2024 = row(ds, u"kubecon-na-2024", u"ai");
    CHECK(eu2021.share > 0);
    CHECK(na2024.share >= 3 * eu2021.share);
    CHECK(na2024.talks > 3 * eu2021.talks);
    // Logistics (registration, badge pick-up) never carry a topic; about one topic per talk on average.
    size_t assignments = 0;
    int logistics = 0;
    for (const Talk &t : ds.talks) {
        assignments += t.topics.size();
        if (t.kind == TalkKind::Logistics) {
            ++logistics;
            CHECK(t.topics.empty());
        }
    }
    CHECK(logistics >= 45); // 14 Registration + 31 Badge Pick-Up notes at least
    CHECK(double(assignments) / double(ds.talks.size()) <= 2.0);
}

TEST_CASE("topics-file option classifies with the user's topics; a broken one is reported", "[topics][cli]")
{
    const QString seed = TestSupport::shared(QStringLiteral("seeds/003_bc27548cede4ddfd.txt"));
    const QString user = TestSupport::testData(QStringLiteral("topics/user-topics.json"));
    const auto run = TestSupport::runApp(
        {QStringLiteral("--topics-file"), user, QStringLiteral("--export-json"), QStringLiteral("-"), seed});
    CHECK(run.exitCode == 0);
    ReadResult out = DatasetJson::read(run.out, QStringLiteral("stdout"));
    REQUIRE(out.problems.isEmpty());
    const Dataset &ds = out.dataset;
    REQUIRE(ds.findTopic(u"finops").isValid());
    CHECK(ds.topic(ds.findTopic(u"ai")).label == u"Artificial intelligence");
    CHECK(ds.themes.size() == ds.events.size() * 16);

    const QString bad = TestSupport::testData(QStringLiteral("topics/bad-topics.json"));
    const auto broken = TestSupport::runApp(
        {QStringLiteral("--topics-file"), bad, QStringLiteral("--export-json"), QStringLiteral("-"), seed});
    CHECK(broken.exitCode == 1);
    CHECK(QString::fromUtf8(broken.err).contains(bad + u":9: error: topics[1] has no \"id\""_qs));
    CHECK(DatasetJson::read(broken.out, QStringLiteral("stdout")).dataset.findTopic(u"quantum").isValid());

    const auto missing =
        TestSupport::runApp({QStringLiteral("--topics-file"), QStringLiteral("/nonexistent/topics.json"),
                             QStringLiteral("--export-json"), QStringLiteral("-")});
    CHECK(missing.exitCode == 2);
    CHECK(QString::fromUtf8(missing.err)
              .contains(u"--topics-file: no such file '/nonexistent/topics.json'"_qs));
}

TEST_CASE("The watcher reloads the taxonomy when the user's topics file appears, changes or goes", "[topics]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("topics.json"));
    Taxonomy::setUserFile(file);
    TaxonomyWatcher watcher;
    QSignalSpy changed(&watcher, &TaxonomyWatcher::taxonomyChanged);
    CHECK(watcher.file() == file);
    CHECK(Taxonomy::current()->indexOf(u"finops") == -1);

    QFile::copy(TestSupport::testData(QStringLiteral("topics/user-topics.json")), file);
    REQUIRE(changed.wait(10000));
    CHECK(Taxonomy::current()->indexOf(u"finops") == 15);

    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"({"topics": [{"id": "quantum", "keywords": ["qubit"]}]})");
    }
    REQUIRE(changed.wait(10000));
    CHECK(Taxonomy::current()->indexOf(u"finops") == -1);
    CHECK(Taxonomy::current()->indexOf(u"quantum") == 15);

    QFile::remove(file);
    REQUIRE(changed.wait(10000));
    CHECK(Taxonomy::current()->topics().size() == 15);
    Taxonomy::setUserFile({});
}
