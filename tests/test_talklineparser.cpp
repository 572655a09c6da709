#include "analysis/talklineparser.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

namespace {
QStringList describe(const QList<ParsedSpeaker> &speakers)
{
    QStringList out;
    for (const auto &s : speakers)
        out << s.name + u'|' + s.role + u'|' + s.affiliation;
    return out;
}
} // namespace

TEST_CASE("Title - Name, Org & Name, Org", "[talklineparser]")
{
    const auto p =
        TalkLineParser::parse(u"Scaling Queues Without Tears - Ana Lima, Acme Corp & Tom Berg, Globex");
    CHECK(p.title == u"Scaling Queues Without Tears");
    CHECK(describe(p.speakers) == QStringList{u"Ana Lima||Acme Corp"_qs, u"Tom Berg||Globex"_qs});
    CHECK_FALSE(p.kind.has_value());
}

TEST_CASE("Title - Name, Org; Name, Org with a single-word name", "[talklineparser]")
{
    const auto p = TalkLineParser::parse(
        u"Mesh Wars: Opinions Collide - Priya Nair, Initech; Bo, Umbrella Labs; Jean-Luc Moreau, solo.io");
    CHECK(p.title == u"Mesh Wars: Opinions Collide");
    CHECK(describe(p.speakers) ==
          QStringList{u"Priya Nair||Initech"_qs, u"Bo||Umbrella Labs"_qs, u"Jean-Luc Moreau||solo.io"_qs});
}

TEST_CASE("An affiliation after names joined by & is shared", "[talklineparser]")
{
    const auto p = TalkLineParser::parse(u"Tracing the Kernel - Mia Sato & Lars Olsen, Packetworks");
    CHECK(describe(p.speakers) == QStringList{u"Mia Sato||Packetworks"_qs, u"Lars Olsen||Packetworks"_qs});
    // ... but not across a semicolon, and not backwards onto someone with their own company.
    const auto q = TalkLineParser::parse(u"Green Bits - Ola Berg, Fjord AS & Kim Tran");
    CHECK(describe(q.speakers) == QStringList{u"Ola Berg||Fjord AS"_qs, u"Kim Tran||"_qs});
}

TEST_CASE("Keynote: Title - Name, Role, Org", "[talklineparser]")
{
    const auto p =
        TalkLineParser::parse(u"Keynote: Streaming Video at the Edge - Rosa Diaz, Staff Engineer, Nimbus");
    CHECK(p.kind == TalkKind::Keynote);
    CHECK(p.title == u"Streaming Video at the Edge");
    CHECK(describe(p.speakers) == QStringList{u"Rosa Diaz|Staff Engineer|Nimbus"_qs});
}

TEST_CASE("A dash inside the title: speakers follow the last dash that starts a list of names",
          "[talklineparser]")
{
    const auto p = TalkLineParser::parse(
        u"Cats, Dogs and Pods - with Rust & Wasm on Tiny Boards - Jörg Müller, Spark Reply");
    CHECK(p.title == u"Cats, Dogs and Pods - with Rust & Wasm on Tiny Boards");
    CHECK(describe(p.speakers) == QStringList{u"Jörg Müller||Spark Reply"_qs});
    const auto q = TalkLineParser::parse(u"Learning by Breaking – A Cluster Story - Raymond de Jong, Isolab");
    CHECK(q.title == u"Learning by Breaking – A Cluster Story");
    CHECK(describe(q.speakers) == QStringList{u"Raymond de Jong||Isolab"_qs});
}

TEST_CASE("Title - by Name and Title by Name (Org)", "[talklineparser]")
{
    const auto p = TalkLineParser::parse(u"Be Kind to Your Clusters - by Nora Quist");
    CHECK(p.title == u"Be Kind to Your Clusters");
    CHECK(describe(p.speakers) == QStringList{u"Nora Quist||"_qs});
    const auto q = TalkLineParser::parse(u"Policy as Code Made Simple by Ivan Petrov (Kyvos)");
    CHECK(q.title == u"Policy as Code Made Simple");
    CHECK(describe(q.speakers) == QStringList{u"Ivan Petrov||Kyvos"_qs});
    // "by" followed by something that is not a person stays in the title.
    CHECK(TalkLineParser::parse(u"Observability Powered by OpenTelemetry").speakers.isEmpty());
}

TEST_CASE("Name (Org): Title", "[talklineparser]")
{
    const auto p = TalkLineParser::parse(u"Hana Kim (Bytewise): Ten Years of Operators");
    CHECK(p.title == u"Ten Years of Operators");
    CHECK(describe(p.speakers) == QStringList{u"Hana Kim||Bytewise"_qs});
}

TEST_CASE("Names joined by and, kinds from labels", "[talklineparser]")
{
    const auto p = TalkLineParser::parse(u"Fireside chat at DevDays '24 - Omar Haddad and Eva Lind");
    CHECK(p.title == u"Fireside chat at DevDays '24");
    CHECK(describe(p.speakers) == QStringList{u"Omar Haddad||"_qs, u"Eva Lind||"_qs});
    const auto f = TalkLineParser::parse(u"Documentary Film - Kernel Stories: The Movie");
    CHECK(f.kind == TalkKind::Film);
    CHECK(f.title == u"Kernel Stories: The Movie");
    CHECK(f.speakers.isEmpty());
    CHECK(TalkLineParser::parse(u"Lightning Talk: Ten Tips in Five Minutes").kind == TalkKind::Lightning);
    CHECK(TalkLineParser::parse(u"Panel: Who Owns the Platform?").kind == TalkKind::Panel);
}

TEST_CASE("Lines without people keep their whole text", "[talklineparser]")
{
    for (const auto line :
         {u"CNCF - KCD Norway", u"Kubernetes Gateway API", u"Day Two - Wednesday",
          u"Service Mesh - Separating Hype from Practicality", u"Open Source - The Next Decade"}) {
        const auto p = TalkLineParser::parse(QStringView(line));
        CHECK(p.speakers.isEmpty());
        CHECK(p.title == QStringView(line).toString());
    }
}

TEST_CASE("Speaker lists on their own", "[talklineparser]")
{
    CHECK(describe(TalkLineParser::parseSpeakers(u"Ann Lee, Bo Chen, and Cy Diaz")) ==
          QStringList{u"Ann Lee||"_qs, u"Bo Chen||"_qs, u"Cy Diaz||"_qs});
    CHECK(describe(TalkLineParser::parseSpeakers(u"Dee Ray (Principal PM Lead, Contoso Cloud)")) ==
          QStringList{u"Dee Ray|Principal PM Lead|Contoso Cloud"_qs});
    CHECK(TalkLineParser::parseSpeakers(u"the rest of the week was spent in talks").isEmpty());
    CHECK(TalkLineParser::parseSpeakers(u"").isEmpty());
    CHECK(TalkLineParser::looksLikeName(u"Leonard Vincent Simon Pahlke"));
    CHECK_FALSE(TalkLineParser::looksLikeName(u"Featuring VCluster"));
}

TEST_CASE("Recording tables: cut titles and roles with and", "[talklineparser]")
{
    const auto p = TalkLineParser::parse(u"Keynote: Faster Builds Powered b... Lena Holt & Ravi Shah");
    CHECK(p.kind == TalkKind::Keynote);
    CHECK(p.title == u"Faster Builds Powered b…");
    CHECK(describe(p.speakers) == QStringList{u"Lena Holt||"_qs, u"Ravi Shah||"_qs});
    const auto q =
        TalkLineParser::parse(u"Keynote: Queues Past and Future - Dora Fink, Founder and CEO, Quetzal");
    CHECK(describe(q.speakers) == QStringList{u"Dora Fink|Founder and CEO|Quetzal"_qs});
}

TEST_CASE("Title (Name, Org)", "[talklineparser]")
{
    const auto p = TalkLineParser::parse(u"Zero-Downtime Upgrades (Kim Tran, Fjord AS)");
    CHECK(p.title == u"Zero-Downtime Upgrades");
    CHECK(describe(p.speakers) == QStringList{u"Kim Tran||Fjord AS"_qs});
    CHECK(TalkLineParser::parse(u"Intro to eBPF (Beginner)").speakers.isEmpty());
}

TEST_CASE("Legal suffixes after a comma belong to the company", "[talklineparser]")
{
    const auto p = TalkLineParser::parse(u"Queue Tuning - Mika Sato, Ginkgo Works, Inc.");
    CHECK(p.title == u"Queue Tuning");
    CHECK(describe(p.speakers) == QStringList{u"Mika Sato||Ginkgo Works, Inc."_qs});
    CHECK(describe(TalkLineParser::parseSpeakers(u"Sam Reed, Polar Data, Ltd. & Ines Roth, Kappa, S.A.")) ==
          QStringList{u"Sam Reed||Polar Data, Ltd."_qs, u"Ines Roth||Kappa, S.A."_qs});
    // A role before the company stays a role.
    CHECK(describe(TalkLineParser::parseSpeakers(u"Sam Reed, Staff Engineer, Polar Data GmbH")) ==
          QStringList{u"Sam Reed|Staff Engineer|Polar Data GmbH"_qs});
}

TEST_CASE("Moderated by Name, Org and Name, Org", "[talklineparser]")
{
    const auto p = TalkLineParser::parse(
        u"Evening Recap - Moderated by Ada \"Bits\" Novak, Orbitly and Tom Reyes, Vexa");
    CHECK(p.title == u"Evening Recap");
    CHECK(describe(p.speakers) == QStringList{u"Ada \"Bits\" Novak||Orbitly"_qs, u"Tom Reyes||Vexa"_qs});
}

TEST_CASE("A flattened speakers list says which words are names", "[talklineparser]")
{
    // "With" is a title word: the line alone does not read as people.
    const QString line = QStringLiteral("Cluster Lore - Ana Paula With, Northwind; Ben Ode, Tailspin");
    CHECK(TalkLineParser::parse(line).speakers.isEmpty());
    const auto p =
        TalkLineParser::parse(line, {u"Ana Paula With"_qs, u"Northwind"_qs, u"Ben Ode"_qs, u"Tailspin"_qs});
    CHECK(p.title == u"Cluster Lore");
    CHECK(describe(p.speakers) == QStringList{u"Ana Paula With||Northwind"_qs, u"Ben Ode||Tailspin"_qs});

    // Roles with "&" and commas stay with their person; the last part is the company.
    const auto q =
        TalkLineParser::parse(u"Growing Maintainers - Iris Lund, Community Architect, Fabrikam & Omar "
                              u"Haddad, Head of Docs & Outreach, Contoso",
                              {u"Iris Lund"_qs, u"Community Architect"_qs, u"Fabrikam"_qs, u"Omar Haddad"_qs,
                               u"Head of Docs"_qs, u"Outreach"_qs, u"Contoso"_qs});
    CHECK(q.title == u"Growing Maintainers");
    CHECK(describe(q.speakers) == QStringList{u"Iris Lund|Community Architect|Fabrikam"_qs,
                                              u"Omar Haddad|Head of Docs & Outreach|Contoso"_qs});

    // Names joined by "&" share the company after them; a label before the first name is dropped.
    CHECK(describe(
              TalkLineParser::parseSpeakers(u"Hosts: Mia Sato & Lars Olsen, Packetworks",
                                            {u"Hosts: Mia Sato"_qs, u"Lars Olsen"_qs, u"Packetworks"_qs})) ==
          QStringList{u"Mia Sato||Packetworks"_qs, u"Lars Olsen||Packetworks"_qs});

    // Tokens that are not this line's: the line is read by its form alone.
    const auto r = TalkLineParser::parse(u"Queue Tuning - Mika Sato, Ginkgo Works",
                                         {u"Someone Else"_qs, u"Elsewhere"_qs});
    CHECK(r.title == u"Queue Tuning");
    CHECK(describe(r.speakers) == QStringList{u"Mika Sato||Ginkgo Works"_qs});
    CHECK(TalkLineParser::parseSpeakers(u"Mika Sato, Ginkgo Works and friends",
                                        {u"Mika Sato"_qs, u"Ginkgo Works"_qs})
              .isEmpty());
}

TEST_CASE("A job title right after the name, without its comma; a company with '&' in it", "[talklineparser]")
{
    const auto a =
        TalkLineParser::parse(u"Queues at Sea – Ana Lima Principal Engineer & TL, Oceanic Freight");
    CHECK(a.title == u"Queues at Sea");
    CHECK(describe(a.speakers) == QStringList{u"Ana Lima|Principal Engineer & TL|Oceanic Freight"_qs});
    const auto b = TalkLineParser::parse(u"Queues at Sea - Ana Lima & Tom Berg, Sand & Sea");
    CHECK(describe(b.speakers) == QStringList{u"Ana Lima||Sand & Sea"_qs, u"Tom Berg||Sand & Sea"_qs});
    const auto c = TalkLineParser::parse(u"Queues at Sea - Ana Lima from Oceanic Freight");
    CHECK(describe(c.speakers) == QStringList{u"Ana Lima||Oceanic Freight"_qs});
    // A dash inside a title followed by words written like a product, not a person.
    const auto d = TalkLineParser::parse(u"Reconcilers in Practice - Advanced HotReloading");
    CHECK(d.title == u"Reconcilers in Practice - Advanced HotReloading");
    CHECK(d.speakers.isEmpty());
}
