#include "data/dataset.h"
#include "data/stringpacker.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

TEST_CASE("packed strings keep their values, stay NUL-terminated and outlive their owner", "[dataset][memory]")
{
    QString keep;
    QByteArray keepBytes;
    {
        Dataset ds;
        for (int i = 0; i < 3; ++i) {
            Talk t;
            t.id = QStringLiteral("t%1").arg(i);
            t.title = QStringLiteral("Title number %1 – ünïcode").arg(i);
            if (i != 1)
                t.setAbstract(QStringLiteral("Abstract %1").arg(i));
            t.links.push_back({LinkKind::Recording, QStringLiteral("https://example.org/%1").arg(i)});
            ds.talks.push_back(t);
        }
        ds.squeeze();
        CHECK(ds.talks[0].title == QStringLiteral("Title number 0 – ünïcode"));
        CHECK(ds.talks[2].id == QStringLiteral("t2"));
        CHECK(ds.talks[1].abstract.isEmpty());
        CHECK(ds.talks[2].abstractText() == QStringLiteral("Abstract 2"));
        CHECK(ds.talks[1].url() == QStringLiteral("https://example.org/1"));
        // One block: the second title starts right after the first one's terminator.
        CHECK(ds.talks[1].title.constData() > ds.talks[0].title.constData());
        CHECK(ds.talks[0].title.constData()[ds.talks[0].title.size()] == QChar(u'\0'));
        CHECK(std::strlen(ds.talks[0].abstract.constData()) == size_t(ds.talks[0].abstract.size()));

        keep = ds.talks[1].title;
        keepBytes = ds.talks[2].abstract;
        // Writing to one slice detaches it and leaves its neighbours alone.
        ds.talks[0].title.append(QStringLiteral(" (edited)"));
        CHECK(ds.talks[0].title == QStringLiteral("Title number 0 – ünïcode (edited)"));
        CHECK(ds.talks[1].title == QStringLiteral("Title number 1 – ünïcode"));
    }
    // The dataset is gone; the copies still hold the block.
    CHECK(keep == QStringLiteral("Title number 1 – ünïcode"));
    CHECK(keepBytes == QByteArray("Abstract 2"));
}
