#include "analysis/eventcatalog.h"
#include "read/writeup/eventnamer.h"
#include "read/writeup/writeupdocument.h"
#include "read/writeup/writeupevent.h"

#include <catch2/catch.hpp>

namespace {
WriteupDocument document(const char *title, QDate published, const char *body, const char *file = "post.md")
{
    WriteupDocument doc;
    doc.source.title = QString::fromUtf8(title);
    doc.source.published = published;
    doc.source.file = QString::fromUtf8(file);
    doc.body = QString::fromUtf8(body);
    doc.markdown = true;
    return doc;
}
} // namespace

TEST_CASE("The year a text names most", "[writeupevent]")
{
    CHECK(WriteupEvent::mostFrequentYear(u"in 2021, 2022 and again 2022") == 2022);
    CHECK(WriteupEvent::mostFrequentYear(u"2021 or 2022") == 2022); // the later one on a tie
    CHECK(WriteupEvent::mostFrequentYear(u"back in 1999, or 20210") == 0);
}

TEST_CASE("The catalog's edition the post names, checked against its date", "[writeupevent]")
{
    const EventCatalog &catalog = EventCatalog::instance();
    CHECK(WriteupEvent::choose(document("Back from KubeCon Chicago", QDate(2023, 11, 20), "Great week."),
                               catalog)
              .id == u"kubecon-na-2023");
    // A post cannot be about an edition that had not begun.
    CHECK(WriteupEvent::choose(document("KubeCon North America recap", QDate(2024, 1, 15), "Great week."),
                               catalog)
              .id == u"kubecon-na-2023");
    // "KubeCon" and a date: the edition that ended shortly before.
    CHECK(WriteupEvent::choose(document("My KubeCon recap", QDate(2023, 12, 1), "Great week."), catalog).id ==
          u"kubecon-na-2023");
    // The file's name when the post names nothing.
    CHECK(WriteupEvent::choose(document("Notes", QDate(), "Great week.", "KubeCon-Chicago-2023-notes.md"),
                               catalog)
              .id == u"kubecon-na-2023");
}

TEST_CASE("An event the catalog does not know is named from the post", "[writeupevent]")
{
    const EventCatalog &catalog = EventCatalog::instance();
    const WriteupDocument doc = document("Widgetconf 2031: impressions", QDate(2031, 5, 2), "Great week.");
    const Event e = WriteupEvent::choose(doc, catalog);
    CHECK(e == EventNamer::name(doc.source.title, doc.body, 2031));
    CHECK(e.name == u"Widgetconf 2031");
}
