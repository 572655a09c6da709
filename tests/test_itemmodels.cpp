// The explorer's item models and proxies: the event tree, the talk table, the topic facets and the talk
// filter, each under QAbstractItemModelTester, compared by flattening.
#include "data/datasetjson.h"
#include "item/eventtreemodel.h"
#include "item/talkfilterproxy.h"
#include "item/talksearchindex.h"
#include "item/talktablemodel.h"
#include "item/topicfacetmodel.h"
#include "item/talkcountlabel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>

#include <algorithm>
#include <functional>

#include <catch2/catch.hpp>

namespace {
DatasetPtr loadSmall()
{
    const QString path = TestSupport::testData(QStringLiteral("explorer/small.json"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    ReadResult r = DatasetJson::read(f.readAll(), path);
    REQUIRE(r.problems.isEmpty());
    return std::make_shared<const Dataset>(std::move(r.dataset));
}

TopicIndex topic(const Dataset &ds, const char *id)
{
    const TopicIndex t = ds.findTopic(QString::fromLatin1(id));
    REQUIRE(t.isValid());
    return t;
}

// Titles of the rows a proxy over the talk table keeps, in source order.
QStringList titles(const QAbstractItemModel &proxy)
{
    QStringList out;
    for (int r = 0; r < proxy.rowCount(); ++r)
        out << proxy.index(r, TalkTableModel::TitleColumn).data().toString();
    return out;
}

// The text filter done the slow, obvious way, to hold the index to.
bool naiveTextMatch(const Dataset &ds, const Talk &t, const QStringList &words)
{
    QString text = t.title;
    for (const auto &s : t.speakers)
        text += u'\n' + ds.str(s.name) + u' ' + ds.str(s.affiliation);
    for (const auto o : t.organizations)
        text += u'\n' + ds.str(o);
    text += u'\n' + t.abstractText();
    return std::all_of(words.begin(), words.end(),
                       [&](const QString &w) { return text.contains(w, Qt::CaseInsensitive); });
}

// Walks a filtered event tree and holds every parent row's count to a plain loop over the dataset's
// talks: an event's against every talk of that event that `passes`, a day's or section's against the
// talks below its source row that pass. Returns the talk rows shown; counts parent rows in `parents`.
int checkShownCounts(const TalkFilterProxy &proxy, const EventTreeModel &tree, const Dataset &ds,
                     const std::function<bool(const Talk &)> &passes, const QModelIndex &parent, int &parents)
{
    int shownTalks = 0;
    for (int r = 0; r < proxy.rowCount(parent); ++r) {
        const QModelIndex at = proxy.index(r, 0, parent);
        if (at.data(EventTreeModel::TalkIndexRole).isValid()) {
            CHECK(passes(ds.talks[at.data(EventTreeModel::TalkIndexRole).toUInt()]));
            ++shownTalks;
            continue;
        }
        ++parents;
        int expected = 0;
        if (at.data(EventTreeModel::NodeKindRole).toInt() == int(EventTreeModel::NodeKind::Event)) {
            const EventIndex e(at.data(EventTreeModel::EventIndexRole).toUInt());
            for (const Talk &t : ds.talks)
                expected += t.event == e && passes(t);
        } else {
            for (const TalkIndex t : tree.talksUnder(proxy.mapToSource(at)))
                expected += passes(ds.talks[t.value]);
        }
        const QString text = at.data().toString();
        INFO(text.toStdString());
        CHECK(at.data(EventTreeModel::TalkCountRole).toInt() == expected);
        CHECK((text.endsWith(withTalkCount(QString(), expected))
               || text.endsWith(QStringLiteral("(%1)").arg(expected))));
        CHECK(checkShownCounts(proxy, tree, ds, passes, at, parents) == expected);
        shownTalks += expected;
    }
    return shownTalks;
}

// Filters the tree of `ds` as the window does (the model counts what the proxy keeps) with each filter
// and checks the counts; then clears the filter and checks the totals are back.
void checkTreeCountsUnderFilters(const DatasetPtr &ds, const QList<TalkFilter> &filters)
{
    EventTreeModel tree;
    TalkFilterProxy proxy(EventTreeModel::TalkIndexRole);
    auto t1 = TestSupport::testModel(&tree);
    auto t2 = TestSupport::testModel(&proxy);
    proxy.setSourceModel(&tree);
    QObject::connect(&proxy, &TalkFilterProxy::acceptedChanged, &tree,
                     [&] { tree.countShown(proxy.accepted()); });
    tree.setDataset(ds);
    proxy.setSearchIndex(std::make_shared<const TalkSearchIndex>(*ds));
    const QStringList unfiltered = TestSupport::flatten(&tree);
    for (const TalkFilter &f : filters) {
        const auto passes = [&](const Talk &t) {
            const bool topicOk = f.topics.isEmpty()
                                 || std::any_of(f.topics.begin(), f.topics.end(),
                                                [&](TopicIndex x) { return t.hasTopic(x); });
            return topicOk && naiveTextMatch(*ds, t, f.words()) && (f.events.isEmpty() || f.events.contains(t.event))
                   && (f.kinds.isEmpty() || f.kinds.contains(t.kind));
        };
        proxy.setFilter(f);
        int expected = 0;
        for (const Talk &t : ds->talks)
            expected += passes(t);
        INFO(f.text.toStdString());
        int parents = 0;
        CHECK(checkShownCounts(proxy, tree, *ds, passes, {}, parents) == expected);
        CHECK(proxy.acceptedTalks() == expected);
        CHECK((parents > 0) == (expected > 0));
    }
    proxy.setFilter({});
    // No filter: the totals again, the tree as it was before any filter.
    CHECK(TestSupport::flatten(&proxy) == unfiltered);
    int parents = 0;
    CHECK(checkShownCounts(proxy, tree, *ds, [](const Talk &) { return true; }, {}, parents) == int(ds->talks.size()));
    CHECK(TestSupport::takeModelTestFailures().isEmpty());
}
} // namespace

TEST_CASE("event tree of a hand-made dataset: event, day, track or section, talk", "[itemmodels][tree]")
{
    EventTreeModel tree;
    auto tester = TestSupport::testModel(&tree);
    tree.setDataset(loadSmall());
    CHECK(TestSupport::flatten(&tree)
          == QStringList{
              QStringLiteral("Alpha Conf 2023 (4 talks)"),
              QStringLiteral("  Tue 18 Apr 2023 (2)"),
              QStringLiteral("    Security (1)"),
              QStringLiteral("      Zero trust at scale"),
              QStringLiteral("    AI (1)"),
              QStringLiteral("      LLM inference on Kubernetes"),
              QStringLiteral("  Wed 19 Apr 2023 (2)"),
              QStringLiteral("    AI (1)"),
              QStringLiteral("      Securing model supply chains"),
              QStringLiteral("    Observability (1)"),
              QStringLiteral("      eBPF tracing for everyone"),
              QStringLiteral("Beta Summit 2024 (4 talks)"),
              QStringLiteral("  Keynotes (1)"),
              QStringLiteral("    Opening keynote"),
              QStringLiteral("  Security (2)"),
              QStringLiteral("    Policy as code with OPA"),
              QStringLiteral("    Observing attacks with eBPF"),
              QStringLiteral("  AI (1)"),
              QStringLiteral("    Café talk: AI for Ops"),
          });
    const QModelIndex beta = tree.index(1, 0);
    CHECK(beta.data(EventTreeModel::TalkCountRole).toInt() == 4);
    CHECK(beta.data(EventTreeModel::NodeKindRole).toInt() == int(EventTreeModel::NodeKind::Event));
    CHECK(!beta.data(EventTreeModel::TalkIndexRole).isValid());
    const QModelIndex security = tree.index(1, 0, beta);
    std::vector<TalkIndex> under = tree.talksUnder(security);
    REQUIRE(under.size() == 2);
    CHECK(tree.dataset()->talk(under[0]).id == QStringLiteral("b2"));
    CHECK(tree.dataset()->talk(under[1]).id == QStringLiteral("b3"));
    // Every talk is found where it is.
    for (size_t i = 0; i < tree.dataset()->talks.size(); ++i) {
        const QModelIndex at = tree.indexOfTalk(TalkIndex(i));
        REQUIRE(at.isValid());
        CHECK(at.data(EventTreeModel::TalkIndexRole).toUInt() == i);
    }
    tree.setDataset(nullptr);
    CHECK(tree.rowCount() == 0);
    CHECK(TestSupport::takeModelTestFailures().isEmpty());
}

TEST_CASE("event tree of the built-in dataset holds every talk once, under its event", "[itemmodels][tree]")
{
    EventTreeModel tree;
    auto tester = TestSupport::testModel(&tree);
    const DatasetPtr ds = TestSupport::loadBuiltin();
    tree.setDataset(ds);
    // Top level: the events with talks, by date, each with its talk count computed from the dataset.
    std::vector<std::pair<QDate, QString>> expected;
    for (size_t e = 0; e < ds->events.size(); ++e) {
        const auto n = std::count_if(ds->talks.begin(), ds->talks.end(),
                                     [&](const Talk &t) { return t.event == EventIndex(e); });
        if (n > 0)
            expected.push_back({ds->events[e].start, QStringLiteral("%1 (%2 talks)").arg(ds->events[e].name).arg(n)});
    }
    std::stable_sort(expected.begin(), expected.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList top;
    for (int r = 0; r < tree.rowCount(); ++r)
        top << tree.index(r, 0).data().toString();
    QStringList want;
    for (const auto &e : expected)
        want << e.second;
    CHECK(top == want);
    // The leaves are the talks, each once, and each under its own event.
    const QStringList flat = TestSupport::flatten(&tree, EventTreeModel::TalkIndexRole);
    QStringList leaves;
    for (const auto &row : flat) {
        if (!row.trimmed().isEmpty())
            leaves << row.trimmed();
    }
    CHECK(leaves.size() == qsizetype(ds->talks.size()));
    for (size_t i = 0; i < ds->talks.size(); ++i) {
        QModelIndex at = tree.indexOfTalk(TalkIndex(i));
        while (at.parent().isValid())
            at = at.parent();
        CHECK(at.data(EventTreeModel::EventIndexRole).toUInt() == ds->talks[i].event.value);
    }
    CHECK(TestSupport::takeModelTestFailures().isEmpty());
}

TEST_CASE("talk table flattens the built-in dataset and sorts on raw values", "[itemmodels][table]")
{
    TalkTableModel table;
    auto tester = TestSupport::testModel(&table);
    const DatasetPtr ds = TestSupport::loadBuiltin();
    table.setDataset(ds);
    const QStringList rows = TestSupport::flatten(&table);
    REQUIRE(rows.size() == qsizetype(ds->talks.size()));
    for (size_t i = 0; i < ds->talks.size(); ++i) {
        const Talk &t = ds->talks[i];
        CHECK(rows[qsizetype(i)].startsWith(t.title + QStringLiteral(" | ")));
        CHECK(rows[qsizetype(i)].endsWith(QStringLiteral(" | ") + t.url()));
        CHECK(table.index(int(i), TalkTableModel::EventColumn).data().toString() == ds->event(t.event).name);
        CHECK(table.index(int(i), TalkTableModel::KindColumn).data(TalkTableModel::SortRole).toInt() == int(t.kind));
    }
    CHECK(table.headerData(TalkTableModel::TopicsColumn, Qt::Horizontal).toString() == QStringLiteral("Topics"));
    CHECK(TestSupport::takeModelTestFailures().isEmpty());
}

TEST_CASE("talk table: topics and speakers of a hand-made dataset, sort role gives numbers", "[itemmodels][table]")
{
    TalkTableModel table;
    auto tester = TestSupport::testModel(&table);
    table.setDataset(loadSmall());
    CHECK(TestSupport::flatten(&table).at(2)
          == QStringLiteral("Securing model supply chains | Chen Okafor, Dana Weber | Acme, Bank | Alpha Conf 2023 | "
                            "Wed 19 Apr 2023 | Panel | AI, Security | "));
    CHECK(table.index(2, TalkTableModel::TopicsColumn).data(TalkTableModel::SortRole) == QVariant(2));
    CHECK(table.index(2, TalkTableModel::SpeakersColumn).data(TalkTableModel::SortRole) == QVariant(2));
    // Days sort as seconds, not as "Wed ..." text.
    CHECK(table.index(0, TalkTableModel::DayColumn).data(TalkTableModel::SortRole).toLongLong()
          < table.index(2, TalkTableModel::DayColumn).data(TalkTableModel::SortRole).toLongLong());
    CHECK(TestSupport::takeModelTestFailures().isEmpty());
}

TEST_CASE("talk filter: topics any or all, text, events and kinds", "[itemmodels][filter]")
{
    const DatasetPtr ds = loadSmall();
    TalkTableModel table;
    TalkFilterProxy proxy(TalkTableModel::TalkIndexRole);
    auto t1 = TestSupport::testModel(&table);
    auto t2 = TestSupport::testModel(&proxy);
    proxy.setSourceModel(&table);
    table.setDataset(ds);
    proxy.setSearchIndex(std::make_shared<const TalkSearchIndex>(*ds));
    CHECK(proxy.rowCount() == 8);

    TalkFilter f;
    f.text = QStringLiteral("ACME");
    proxy.setFilter(f);
    CHECK(titles(proxy) == QStringList{QStringLiteral("Zero trust at scale"), QStringLiteral("Securing model supply chains"),
                                       QStringLiteral("Observing attacks with eBPF")});
    CHECK(proxy.acceptedTalks() == 3);

    SECTION("every word must be somewhere: title, speakers, affiliations or abstract")
    {
        f.text = QStringLiteral("  sigstore   Model ");
        proxy.setFilter(f);
        CHECK(titles(proxy) == QStringList{QStringLiteral("Securing model supply chains")});
        f.text = QStringLiteral("acme nowhere");
        proxy.setFilter(f);
        CHECK(proxy.rowCount() == 0);
    }
    SECTION("case folding beyond ASCII")
    {
        f.text = QStringLiteral("ZÜRICH");
        proxy.setFilter(f);
        CHECK(titles(proxy) == QStringList{QStringLiteral("Policy as code with OPA")});
        f.text = QStringLiteral("CAFÉ");
        proxy.setFilter(f);
        CHECK(titles(proxy) == QStringList{QStringLiteral("Café talk: AI for Ops")});
    }
    SECTION("topics: any, all")
    {
        f.text.clear();
        f.topics = {topic(*ds, "security"), topic(*ds, "observability")};
        proxy.setFilter(f);
        CHECK(proxy.rowCount() == 6);
        f.topicMatch = TalkFilter::TopicMatch::All;
        proxy.setFilter(f);
        CHECK(titles(proxy) == QStringList{QStringLiteral("Observing attacks with eBPF")});
    }
    SECTION("events and kinds")
    {
        f.text.clear();
        f.events = {ds->findEvent(u"beta-2024")};
        f.kinds = {TalkKind::Talk};
        proxy.setFilter(f);
        CHECK(titles(proxy) == QStringList{QStringLiteral("Policy as code with OPA"), QStringLiteral("Café talk: AI for Ops")});
        f.kinds << TalkKind::Lightning;
        proxy.setFilter(f);
        CHECK(proxy.rowCount() == 3);
    }
    SECTION("a scope narrows further, and clearing brings every row back")
    {
        std::vector<quint8> scope(8, 0);
        scope[0] = 1;
        scope[1] = 1;
        proxy.setScope(scope);
        CHECK(titles(proxy) == QStringList{QStringLiteral("Zero trust at scale")});
        proxy.setScope({});
        proxy.setFilter({});
        CHECK(proxy.rowCount() == 8);
    }
    CHECK(TestSupport::takeModelTestFailures().isEmpty());
}

TEST_CASE("talk filter over the event tree keeps the parents of kept talks", "[itemmodels][filter][tree]")
{
    const DatasetPtr ds = loadSmall();
    EventTreeModel tree;
    TalkFilterProxy proxy(EventTreeModel::TalkIndexRole);
    auto t1 = TestSupport::testModel(&tree);
    auto t2 = TestSupport::testModel(&proxy);
    proxy.setSourceModel(&tree);
    QObject::connect(&proxy, &TalkFilterProxy::acceptedChanged, &tree, [&] { tree.countShown(proxy.accepted()); });
    tree.setDataset(ds);
    proxy.setSearchIndex(std::make_shared<const TalkSearchIndex>(*ds));
    TalkFilter f;
    f.text = QStringLiteral("ebpf");
    proxy.setFilter(f);
    // Parent rows count the talks the filter keeps, not all they hold (4, 2, 1, 4, 2 without it).
    CHECK(TestSupport::flatten(&proxy)
          == QStringList{QStringLiteral("Alpha Conf 2023 (1 talk)"), QStringLiteral("  Wed 19 Apr 2023 (1)"),
                         QStringLiteral("    Observability (1)"), QStringLiteral("      eBPF tracing for everyone"),
                         QStringLiteral("Beta Summit 2024 (1 talk)"), QStringLiteral("  Security (1)"),
                         QStringLiteral("    Observing attacks with eBPF")});
    f.events = {ds->findEvent(u"alpha-2023")};
    proxy.setFilter(f);
    CHECK(TestSupport::flatten(&proxy).size() == 4);
    proxy.setFilter({});
    CHECK(TestSupport::flatten(&proxy) == TestSupport::flatten(&tree));
    CHECK(TestSupport::takeModelTestFailures().isEmpty());
}

TEST_CASE("text filter on the built-in dataset agrees with a plain search of each talk", "[itemmodels][filter]")
{
    const DatasetPtr ds = TestSupport::loadBuiltin();
    const TalkSearchIndex index(*ds);
    for (const char *query : {"kubernetes", "the", "security ai", "Cloud Native", "e", "zzzz-not-there"}) {
        TalkFilter f;
        f.text = QString::fromLatin1(query);
        const std::vector<quint8> got = index.matches(f);
        int expected = 0, hits = 0;
        for (size_t i = 0; i < ds->talks.size(); ++i) {
            const bool want = naiveTextMatch(*ds, ds->talks[i], f.words());
            expected += want;
            hits += got[i];
            CHECK(bool(got[i]) == want);
        }
        INFO(query);
        CHECK(hits == expected);
    }
}

TEST_CASE("topic facets: checkable, counts under the rest of the filter", "[itemmodels][facets]")
{
    const DatasetPtr ds = loadSmall();
    TopicFacetModel facets;
    auto tester = TestSupport::testModel(&facets);
    facets.setDataset(ds);
    const TalkSearchIndex index(*ds);
    TalkFilter f;
    facets.setCounts(index.topicCounts(f));
    CHECK(TestSupport::flatten(&facets)
          == QStringList{QStringLiteral("AI (3)"), QStringLiteral("Security (4)"), QStringLiteral("Observability (3)")});

    // The event narrows the counts; ticked topics don't, with "any".
    f.events = {ds->findEvent(u"alpha-2023")};
    f.topics = {topic(*ds, "security")};
    facets.setCounts(index.topicCounts(f));
    CHECK(TestSupport::flatten(&facets)
          == QStringList{QStringLiteral("AI (2)"), QStringLiteral("Security (2)"), QStringLiteral("Observability (1)")});
    // With "all", a count is what ticking that topic as well would leave.
    f.events.clear();
    f.topicMatch = TalkFilter::TopicMatch::All;
    facets.setCounts(index.topicCounts(f));
    CHECK(TestSupport::flatten(&facets, TopicFacetModel::CountRole)
          == QStringList{QStringLiteral("1"), QStringLiteral("4"), QStringLiteral("1")});

    QSignalSpy changed(&facets, &TopicFacetModel::checkedTopicsChanged);
    CHECK(facets.setData(facets.index(2), Qt::Checked, Qt::CheckStateRole));
    CHECK(changed.count() == 1);
    CHECK(facets.checkedTopics() == QList<TopicIndex>{topic(*ds, "observability")});
    CHECK(facets.flags(facets.index(0)).testFlag(Qt::ItemIsUserCheckable));
    facets.setCheckedTopics({topic(*ds, "ai"), topic(*ds, "security")});
    CHECK(changed.count() == 1); // setting from code is not the user ticking
    CHECK(TestSupport::flatten(&facets, Qt::CheckStateRole)
          == QStringList{QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("0")});
    CHECK(TestSupport::takeModelTestFailures().isEmpty());
}

TEST_CASE("talk filter round-trips through settings by ids", "[itemmodels][filter]")
{
    const DatasetPtr ds = loadSmall();
    TalkFilter f;
    f.topics = {topic(*ds, "observability")};
    f.topicMatch = TalkFilter::TopicMatch::All;
    f.text = QStringLiteral("ebpf");
    f.events = {ds->findEvent(u"beta-2024")};
    f.kinds = {TalkKind::Lightning};
    const QVariantMap saved = f.toVariant(*ds);
    CHECK(saved.value(QStringLiteral("events")).toStringList() == QStringList{QStringLiteral("beta-2024")});
    CHECK(TalkFilter::fromVariant(saved, *ds) == f);
    // Against a dataset without those ids, only the text and the kinds survive.
    const TalkFilter other = TalkFilter::fromVariant(saved, Dataset());
    CHECK(other.topics.isEmpty());
    CHECK(other.events.isEmpty());
    CHECK(other.text == QStringLiteral("ebpf"));
    CHECK(other.kinds == QList<TalkKind>{TalkKind::Lightning});
}

TEST_CASE("topic facets of the built-in dataset count what a plain loop counts", "[itemmodels][facets]")
{
    const DatasetPtr ds = TestSupport::loadBuiltin();
    REQUIRE(!ds->topics.empty());
    TopicFacetModel facets;
    auto tester = TestSupport::testModel(&facets);
    facets.setDataset(ds);
    const TalkSearchIndex index(*ds);
    for (const char *text : {"", "kubernetes", "ai"}) {
        TalkFilter f;
        f.text = QString::fromLatin1(text);
        facets.setCounts(index.topicCounts(f));
        for (int r = 0; r < facets.rowCount(); ++r) {
            const auto topic = TopicIndex(facets.index(r).data(TopicFacetModel::TopicIndexRole).toUInt());
            int expected = 0;
            for (const Talk &t : ds->talks)
                expected += t.hasTopic(topic) && naiveTextMatch(*ds, t, f.words());
            INFO(text << " " << ds->topic(topic).id.toStdString());
            CHECK(facets.index(r).data(TopicFacetModel::CountRole).toInt() == expected);
            CHECK(facets.index(r).data().toString()
                  == QStringLiteral("%1 (%2)").arg(ds->topic(topic).label).arg(expected));
        }
    }
    CHECK(TestSupport::takeModelTestFailures().isEmpty());
}

TEST_CASE("event tree counts the talks the filter shows: small.json", "[itemmodels][filter][tree][counts]")
{
    const DatasetPtr ds = loadSmall();
    TalkFilter ebpf;
    ebpf.text = QStringLiteral("ebpf");
    TalkFilter security;
    security.topics = {topic(*ds, "security")};
    TalkFilter twoEvents = security;
    twoEvents.events = {ds->findEvent(u"alpha-2023"), ds->findEvent(u"beta-2024")};
    twoEvents.kinds = {TalkKind::Lightning, TalkKind::Talk};
    checkTreeCountsUnderFilters(ds, {ebpf, security, twoEvents});
}

TEST_CASE("event tree counts the talks the filter shows: built-in dataset", "[itemmodels][filter][tree][counts]")
{
    const DatasetPtr ds = TestSupport::loadBuiltin();
    TalkFilter ai;
    ai.topics = {topic(*ds, "ai")};
    TalkFilter aiSecurity;
    aiSecurity.topics = {topic(*ds, "ai"), topic(*ds, "security")};
    aiSecurity.text = QStringLiteral("kubernetes");
    TalkFilter nothing;
    nothing.text = QStringLiteral("zzzz-not-there");
    checkTreeCountsUnderFilters(ds, {ai, aiSecurity, nothing});
}
