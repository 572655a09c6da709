#include "read/linkevidence.h"

#include <catch2/catch.hpp>

TEST_CASE("Schedule pages of sessions are told from other pages", "[linkevidence]")
{
    using namespace LinkEvidence;
    CHECK(isSchedulePage(u"https://kccnceu2031.sched.com/event/1AbCd/some-talk-jane-doe-acme"));
    CHECK(isSchedulePage(u"https://sched.co/1AbCd"));
    CHECK(isSchedulePage(u"https://pretalx.example.org/conf31/talk/QX7KLM/"));
    CHECK(isSchedulePage(u"https://fosdem.org/2031/schedule/event/some_slug/"));
    CHECK(isSchedulePage(u"https://www.usenix.org/conference/srecon31/presentation/doe"));
    CHECK(isSchedulePage(u"http://events.ccc.de/congress/2031/Fahrplan/events/1234.html"));
    CHECK_FALSE(isSchedulePage(u"https://kccnceu2031.sched.com/speaker/jane"));
    CHECK_FALSE(isSchedulePage(u"https://fosdem.org/2031/schedule/track/go/"));
    CHECK_FALSE(isSchedulePage(u"https://sched.co/"));
    CHECK_FALSE(isSchedulePage(u"https://example.org/blog/my-talk"));
    CHECK(scheduleSlugWords(u"https://kccnceu2031.sched.com/event/1AbCd/some-talk-jane-doe-acme") ==
          u"some talk jane doe acme");
    CHECK(scheduleSlugWords(u"https://fosdem.org/2031/schedule/event/some_slug/") == u"some slug");
    CHECK(scheduleSlugWords(u"https://sched.co/1AbCd").isEmpty());
}

TEST_CASE("Recordings: video sites and video files", "[linkevidence]")
{
    using namespace LinkEvidence;
    CHECK(isRecording(u"https://www.youtube.com/watch?v=abc"));
    CHECK(isRecording(u"https://youtu.be/abc"));
    CHECK(isRecording(u"https://vimeo.com/12345"));
    CHECK(isRecording(u"https://mirror.example.org/2031/room/talk.webm"));
    CHECK_FALSE(isRecording(u"https://www.youtube.com/channel/abc"));
    CHECK_FALSE(isRecording(u"https://vimeo.com/about"));
    CHECK(kindOf(QStringLiteral("https://example.org/deck.pdf"), u"deck") == LinkKind::Slides);
    CHECK(clean(QStringLiteral("https://example.org/a?utm_source=x&id=3")) == u"https://example.org/a?id=3");
    CHECK(isInPage(u"#session"));
}
