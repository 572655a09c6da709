#include "talkdetailsview.h"

#include <QEvent>
#include <QLocale>

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString linkLabel(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Recording: return TalkDetailsView::tr("Recording");
    case LinkKind::Slides: return TalkDetailsView::tr("Slides");
    case LinkKind::Page: return TalkDetailsView::tr("Page");
    }
    return {};
}

QString section(const QString &heading, const QString &body)
{
    return QStringLiteral("<h4 style='margin-bottom:2px'>%1</h4>%2").arg(esc(heading), body);
}
} // namespace

TalkDetailsView::TalkDetailsView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("talkDetails"));
    setAccessibleName(tr("Talk details"));
    setOpenExternalLinks(true);
    setOpenLinks(true);
    showNothing();
}

void TalkDetailsView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // Link colors are taken from the palette when the HTML is laid out: lay it out again.
    if (event->type() == QEvent::PaletteChange && m_dataset)
        setHtml(html(*m_dataset, m_dataset->talk(m_talk)));
}

void TalkDetailsView::showNothing()
{
    m_dataset.reset();
    m_talk = {};
    setHtml(QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Select a talk to see its details."))));
}

void TalkDetailsView::showTalk(const DatasetPtr &dataset, TalkIndex talk)
{
    if (!dataset || !talk.isValid() || talk.value >= dataset->talks.size()) {
        showNothing();
        return;
    }
    m_dataset = dataset;
    m_talk = talk;
    setHtml(html(*dataset, dataset->talk(talk)));
}

QString TalkDetailsView::html(const Dataset &ds, const Talk &t)
{
    QString out = QStringLiteral("<h3>%1</h3>").arg(esc(t.title));

    if (!t.speakers.empty()) {
        QString list = QStringLiteral("<ul style='margin-top:0'>");
        for (const Speaker &s : t.speakers) {
            QString line = QStringLiteral("<b>%1</b>").arg(esc(ds.str(s.name)));
            QStringList about;
            if (!ds.str(s.role).isEmpty())
                about << esc(ds.str(s.role));
            if (!ds.str(s.affiliation).isEmpty())
                about << esc(ds.str(s.affiliation));
            if (!about.isEmpty())
                line += QStringLiteral(", ") + about.join(QStringLiteral(", "));
            list += QStringLiteral("<li>%1</li>").arg(line);
        }
        out += section(tr("Speakers"), list + QStringLiteral("</ul>"));
    }
    if (!t.organizations.empty()) {
        QStringList orgs;
        for (const StringId o : t.organizations)
            orgs << esc(ds.str(o));
        out += section(tr("Organizations"), QStringLiteral("<p>%1</p>").arg(orgs.join(QStringLiteral(", "))));
    }

    QStringList when;
    if (t.event.isValid()) {
        const Event &e = ds.event(t.event);
        when << QStringLiteral("<b>%1</b>").arg(esc(e.name.isEmpty() ? e.id : e.name));
        if (!e.city.isEmpty())
            when << esc(e.city);
    }
    if (t.hasStart())
        when << esc(QLocale().toString(t.start(), QStringLiteral("dddd d MMMM yyyy, HH:mm")));
    else if (t.day.isValid())
        when << esc(QLocale().toString(t.day, QStringLiteral("dddd d MMMM yyyy")));
    if (!ds.str(t.room).isEmpty())
        when << esc(ds.str(t.room));
    QString where = when.join(QStringLiteral(" · "));
    const QString group = !ds.str(t.section).isEmpty() ? ds.str(t.section) : ds.str(t.track);
    if (!group.isEmpty())
        where += QStringLiteral("<br>") + esc(group);
    out += section(tr("Event"), QStringLiteral("<p>%1<br>%2</p>").arg(where, esc(talkKindLabel(t.kind))));

    if (!t.topics.empty()) {
        QString list = QStringLiteral("<ul style='margin-top:0'>");
        for (const TopicAssignment &a : t.topics) {
            const Topic &topic = ds.topic(a.topic);
            const QString swatch = topic.color.isValid()
                                       ? QStringLiteral("<span style='color:%1'>■</span> ").arg(topic.color.name())
                                       : QString();
            list += QStringLiteral("<li>%1<b>%2</b>").arg(swatch, esc(topic.label.isEmpty() ? topic.id : topic.label));
            if (!ds.str(a.evidence).isEmpty())
                list += QStringLiteral(" — <i>%1</i>").arg(esc(ds.str(a.evidence)));
            list += QStringLiteral("</li>");
        }
        out += section(tr("Topics"), list + QStringLiteral("</ul>"));
    }

    if (!t.links.empty()) {
        QStringList links;
        for (const Link &l : t.links)
            links << QStringLiteral("%1: <a href=\"%2\">%3</a>").arg(esc(linkLabel(l.kind)), esc(l.url), esc(l.url));
        out += section(tr("Links"), QStringLiteral("<p>%1</p>").arg(links.join(QStringLiteral("<br>"))));
    }

    if (!t.abstract.isEmpty())
        out += section(tr("Abstract"), QStringLiteral("<p>%1</p>").arg(esc(t.abstractText())));

    if (!t.sources.empty()) {
        QString list = QStringLiteral("<ul style='margin-top:0'>");
        for (const SourceIndex si : t.sources) {
            const Source &s = ds.source(si);
            QString line = esc(s.title.isEmpty() ? s.file : s.title);
            QStringList about;
            if (!s.author.isEmpty())
                about << esc(s.author);
            if (s.published.isValid())
                about << esc(QLocale().toString(s.published, QLocale::ShortFormat));
            if (!s.format.isEmpty())
                about << esc(s.format);
            if (!s.file.isEmpty() && !s.title.isEmpty())
                about << QStringLiteral("<tt>%1</tt>").arg(esc(s.file));
            if (!about.isEmpty())
                line += QStringLiteral(" (%1)").arg(about.join(QStringLiteral(", ")));
            list += QStringLiteral("<li>%1</li>").arg(line);
        }
        out += section(tr("Sources"), list + QStringLiteral("</ul>"));
    }
    return out;
}
