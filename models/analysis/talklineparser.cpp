#include "talklineparser.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace {
// Words that occur in titles and headings but are not part of people's names. A name holding one of
// them ("Separating Hype", "Cloud Native") is not a name.
const QSet<QString> &nonNameWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const char16_t *list[] = {
            u"the",
            u"a",
            u"an",
            u"and",
            u"or",
            u"of",
            u"for",
            u"with",
            u"to",
            u"in",
            u"on",
            u"at",
            u"by",
            u"from",
            u"into",
            u"how",
            u"why",
            u"what",
            u"when",
            u"who",
            u"your",
            u"our",
            u"my",
            u"we",
            u"you",
            u"i",
            u"it",
            u"its",
            u"is",
            u"are",
            u"be",
            u"not",
            u"no",
            u"all",
            u"new",
            u"more",
            u"day",
            u"days",
            u"keynote",
            u"keynotes",
            u"panel",
            u"talk",
            u"talks",
            u"session",
            u"sessions",
            u"workshop",
            u"tutorial",
            u"lightning",
            u"kubernetes",
            u"k8s",
            u"cloud",
            u"native",
            u"cncf",
            u"kubecon",
            u"cloudnativecon",
            u"data",
            u"ai",
            u"ml",
            u"security",
            u"service",
            u"services",
            u"mesh",
            u"open",
            u"source",
            u"community",
            u"platform",
            u"engineering",
            u"api",
            u"gateway",
            u"network",
            u"networking",
            u"observability",
            u"performance",
            u"scale",
            u"scaling",
            u"edge",
            u"operator",
            u"operators",
            u"cluster",
            u"clusters",
            u"container",
            u"containers",
            u"devops",
            u"gitops",
            u"introduction",
            u"intro",
            u"dive",
            u"update",
            u"updates",
            u"project",
            u"projects",
            u"summit",
            u"conference",
            u"event",
            u"events",
            u"europe",
            u"america",
            u"north",
            u"china",
            u"japan",
            u"india",
            u"asia",
            u"award",
            u"awards",
            u"welcome",
            u"opening",
            u"closing",
            u"remarks",
            u"lunch",
            u"break",
            u"breakfast",
            u"registration",
            u"party",
            u"reception",
            u"booth",
            u"expo",
            u"meetup",
            u"meetups",
            u"read",
            u"learn",
            u"presentation",
            u"slides",
            u"video",
            u"videos",
            u"recording",
            u"blog",
            u"post",
            u"release",
            u"released",
            u"part",
            u"state",
            u"future",
            u"practices",
            u"study",
            u"stories",
            u"lessons",
            u"learned",
            u"chat",
            u"demo",
            u"end",
            u"users",
            u"user",
            u"world",
            u"working",
            u"group",
            u"sig",
            u"tag",
            u"wg",
            u"software",
            u"hardware",
            u"chaos",
            u"policy",
            u"policies",
            u"secure",
            u"supply",
            u"chain",
            u"zero",
            u"trust",
            u"multi",
            u"tenancy",
            u"virtual",
            u"machine",
            u"machines",
            u"serverless",
            u"storage",
            u"database",
            u"databases",
            u"model",
            u"models",
            u"llm",
            u"llms",
            u"generative",
            u"edition",
            u"recap",
            u"summary",
            u"takeaways",
            u"highlights",
            u"notes",
            u"thoughts",
            u"trends",
            u"announcements",
            u"news",
            u"beyond",
            u"journey",
            u"building",
            u"using",
            u"running",
            u"making",
            u"getting",
            u"inside",
            u"under",
            u"hood",
            u"toward",
            u"towards",
            u"across",
            u"between",
            u"without",
            u"through",
            u"over",
            u"about",
            u"after",
            u"before",
            u"first",
            u"last",
            u"next",
            u"top",
            u"here",
            u"there",
            u"this",
            u"that",
            u"these",
            u"those",
            u"yes",
            u"guide",
            u"tips",
            u"tricks",
            u"day-0",
            u"co-located",
            u"colocated",
            u"hands-on",
            u"ask",
            u"me",
            u"anything",
            u"office",
            u"hours",
            u"maintainer",
            u"maintainers",
            u"cheers",
            u"thanks",
            u"thank",
            u"bye",
            u"hello",
            u"hi",
            u"see",
            u"everyone",
            u"everybody",
            u"all",
            u"folks",
            u"friends",
            u"regards",
            u"best",
        };
        for (const auto *w : list)
            set.insert(QString::fromUtf16(w));
        return set;
    }();
    return words;
}

// Parts of a name written in lower case ("Raymond de Jong", "Ludwig van Beethoven").
bool isParticle(const QString &folded)
{
    static const QSet<QString> particles = {
        QStringLiteral("de"),    QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("der"),
        QStringLiteral("den"),   QStringLiteral("da"),  QStringLiteral("di"),  QStringLiteral("del"),
        QStringLiteral("della"), QStringLiteral("la"),  QStringLiteral("le"),  QStringLiteral("du"),
        QStringLiteral("dos"),   QStringLiteral("das"), QStringLiteral("bin"), QStringLiteral("al"),
        QStringLiteral("ter"),   QStringLiteral("ten"), QStringLiteral("y"),   QStringLiteral("zu"),
        QStringLiteral("st.")};
    return particles.contains(folded);
}

constexpr QStringView KindEndings[] = {u"keynote",  u"session",  u"talk",    u"panel",
                                       u"workshop", u"tutorial", u"breakout"};

// "Ambassador Labs", "Principal Financial Group": words that end a company's name, not a job title.
bool companyWord(const QString &folded)
{
    static const QSet<QString> words = {
        QStringLiteral("labs"),         QStringLiteral("lab"),       QStringLiteral("inc"),
        QStringLiteral("inc."),         QStringLiteral("ltd"),       QStringLiteral("ltd."),
        QStringLiteral("gmbh"),         QStringLiteral("ag"),        QStringLiteral("llc"),
        QStringLiteral("corp"),         QStringLiteral("corp."),     QStringLiteral("corporation"),
        QStringLiteral("technologies"), QStringLiteral("systems"),   QStringLiteral("solutions"),
        QStringLiteral("software"),     QStringLiteral("networks"),  QStringLiteral("foundation"),
        QStringLiteral("university"),   QStringLiteral("group"),     QStringLiteral("company"),
        QStringLiteral("bank"),         QStringLiteral("institute"), QStringLiteral("sas"),
        QStringLiteral("bv"),           QStringLiteral("b.v."),      QStringLiteral("co.")};
    return words.contains(folded);
}

bool namesOrganization(const QList<QStringView> &words)
{
    return !words.isEmpty() && companyWord(words.back().toString().toCaseFolded());
}

// Words of job titles: "Giles Heron, Principal Engineer, Cisco" has a role between name and company.
bool looksLikeRole(QStringView text)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const char16_t *list[] = {
            u"engineer",    u"developer",  u"advocate",   u"architect", u"manager",    u"director",
            u"lead",        u"head",       u"chief",      u"cto",       u"ceo",        u"cio",
            u"ciso",        u"coo",        u"cpo",        u"vp",        u"svp",        u"evp",
            u"founder",     u"co-founder", u"cofounder",  u"president", u"fellow",     u"evangelist",
            u"consultant",  u"scientist",  u"researcher", u"officer",   u"specialist", u"maintainer",
            u"contributor", u"chair",      u"co-chair",   u"principal", u"staff",      u"senior",
            u"sr",          u"sr.",        u"product",    u"program",   u"technical",  u"distinguished",
            u"analyst",     u"professor",  u"student",    u"intern",    u"ambassador", u"devrel",
            u"sre",         u"leader",     u"strategist", u"designer",  u"cofounder",  u"emeritus",
            u"engineering", u"pm",         u"tpm",        u"swe",       u"member",     u"owner",
            u"partner",     u"executive",
        };
        for (const auto *w : list)
            set.insert(QString::fromUtf16(w));
        return set;
    }();
    const auto parts = text.split(u' ', Qt::SkipEmptyParts);
    return std::any_of(parts.begin(), parts.end(),
                       [](QStringView w) { return words.contains(w.toString().toCaseFolded()); }) &&
           !namesOrganization(parts);
}

QString clean(QStringView text)
{
    QString s = text.toString().simplified();
    // Wrapping quotes and trailing separators are how the title was set off, not part of it.
    static const QString trimChars = QStringLiteral(" \"“”'‘’:;,-–—|");
    while (!s.isEmpty() && trimChars.contains(s.back()) && !(s.back() == u'\'' && s.size() > 1))
        s.chop(1);
    while (!s.isEmpty() && (s.front() == u'"' || s.front() == u'“' || s.front() == u'-' || s.front() == u'|'))
        s.remove(0, 1);
    if (s.startsWith(u'‘') && s.endsWith(u'’')) s = s.mid(1, s.size() - 2);
    return s.trimmed();
}

struct Item
{
    QString text;
    bool afterComma = false; // separated from the previous item by a comma (not by "&", "and", ";")
    bool afterSemicolon = false;
};

QList<Item> splitItems(const QString &s)
{
    QList<Item> items;
    QString cur;
    bool afterComma = false, afterSemicolon = false;
    int depth = 0;
    const auto flush = [&](bool nextComma, bool nextSemicolon) {
        items.append({cur.trimmed(), afterComma, afterSemicolon});
        cur.clear();
        afterComma = nextComma;
        afterSemicolon = nextSemicolon;
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'(')
            ++depth;
        else if (c == u')')
            depth = std::max(0, depth - 1);
        if (depth == 0) {
            if (c == u',' || c == u';') {
                // ", and Name" is the Oxford comma of a list of names.
                QStringView rest = QStringView(s).mid(i + 1).trimmed();
                if (c == u',' && (rest.startsWith(u"and ") || rest.startsWith(u"& "))) {
                    flush(false, false);
                    i = s.size() - rest.size() + (rest.startsWith(u'&') ? 1 : 3) - 1;
                    continue;
                }
                flush(c == u',', c == u';');
                continue;
            }
            if (c == u'&' && (i == 0 || s[i - 1] == u' ') && i + 1 < s.size() && s[i + 1] == u' ') {
                flush(false, false);
                continue;
            }
            if (c == u' ' && QStringView(s).mid(i).startsWith(u" and ")) {
                flush(false, false);
                i += 4;
                continue;
            }
        }
        cur += c;
    }
    flush(false, false);
    return items;
}

int tokenCount(QStringView text)
{
    return int(text.split(u' ', Qt::SkipEmptyParts).size());
}

// "CyberAgent, Inc.": a legal form after a comma is the end of the company's name, not another company.
bool isLegalSuffix(QStringView text)
{
    static const QSet<QString> suffixes = {
        QStringLiteral("inc"), QStringLiteral("ltd"), QStringLiteral("llc"), QStringLiteral("gmbh"),
        QStringLiteral("ag"),  QStringLiteral("s.a"), QStringLiteral("corp")};
    QString folded = text.trimmed().toString().toCaseFolded();
    if (folded.endsWith(u'.')) folded.chop(1);
    return suffixes.contains(folded);
}

bool endsWithLegalSuffix(const QString &s)
{
    const qsizetype at = std::max(s.lastIndexOf(u' '), s.lastIndexOf(u','));
    return at >= 0 && isLegalSuffix(QStringView(s).mid(at + 1));
}

// "Moderated by Dan Papandrea", "by Ana Lima": the words before a list of people.
QStringView withoutLeadIn(QStringView text)
{
    for (const QLatin1StringView lead : {QLatin1StringView("Moderated by "), QLatin1StringView("by ")}) {
        if (text.startsWith(lead, Qt::CaseInsensitive)) return text.mid(lead.size()).trimmed();
    }
    return text;
}

// Whether a token of a front matter's speakers list reads as a person rather than a company or a role.
// Looser than looksLikeName (a title word is allowed as the last word: "Ole Markus With") because the list's
// structure already says where people can be; "Emerging Technologies" and "Incubation Division" are ruled out
// by the words companies are made of. A word of a person's name without its nickname quotes or parentheses
// (Dan "POP" Papandrea, Anjaneya "Reddy" Chagam, Josue (Josh) Abreu); empty when it holds a character no name
// has. *nickname says whether it was one (nicknames may be written in capitals).
QStringView nameWord(QStringView tok, bool *nickname)
{
    *nickname =
        tok.size() > 2 &&
        (((tok.front() == u'"' || tok.front() == u'“') && (tok.back() == u'"' || tok.back() == u'”')) ||
         (tok.front() == u'(' && tok.back() == u')'));
    if (*nickname) tok = tok.mid(1, tok.size() - 2);
    for (const QChar c : tok) {
        if (!c.isLetter() && c != u'-' && c != u'\'' && c != u'’' && c != u'.') return {};
    }
    return tok;
}

// "DuckTyping", "GitOps": a capital inside a word after lower-case letters is how products and terms
// are written; in names it follows only a prefix ("McCune", "MacKenzie", "DeShawn", "LaToya", "DiMaggio").
bool camelCaseWord(QStringView tok)
{
    for (qsizetype i = 2; i < tok.size(); ++i) {
        if (tok[i].isUpper() && tok[i - 1].isLower()) {
            static const QSet<QString> prefixes = {
                QStringLiteral("mc"),  QStringLiteral("mac"), QStringLiteral("de"), QStringLiteral("la"),
                QStringLiteral("le"),  QStringLiteral("di"),  QStringLiteral("da"), QStringLiteral("van"),
                QStringLiteral("von"), QStringLiteral("du"),  QStringLiteral("st")};
            return !prefixes.contains(tok.left(i).toString().toCaseFolded());
        }
    }
    return false;
}

bool looksLikeListedName(QStringView text)
{
    // Besides the words that end a company's name, words of teams and fields ("Acme Cloud", "Data Team").
    static const QSet<QString> fieldWords = {
        QStringLiteral("technology"), QStringLiteral("division"), QStringLiteral("cloud"),
        QStringLiteral("consulting"), QStringLiteral("security"), QStringLiteral("team"),
        QStringLiteral("services"),   QStringLiteral("data"),     QStringLiteral("community")};
    const auto tokens = withoutLeadIn(text.trimmed()).split(u' ', Qt::SkipEmptyParts);
    if (tokens.size() < 2 || tokens.size() > 5 || looksLikeRole(text)) return false;
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        bool nickname = false;
        const QStringView tok = nameWord(tokens[t], &nickname);
        if (tok.isEmpty()) return false;
        const QString folded = tok.toString().toCaseFolded();
        if (!tok.front().isUpper()) {
            if (t > 0 && t + 1 < tokens.size() && isParticle(folded)) continue;
            return false;
        }
        if (companyWord(folded) || fieldWords.contains(folded) ||
            (t + 1 < tokens.size() && nonNameWords().contains(folded)))
            return false;
        const bool initials = t > 0 && t + 1 == tokens.size() && tok.size() <= 2;
        if (tok.size() >= 2 && tok[1].isUpper() && !tok.contains(u'.') && !initials && !nickname)
            return false;
    }
    return true;
}

// The separator between two tokens of a speakers list, or an empty string when the text between them
// is more than a separator (the tokens do not belong to this list).
std::optional<QString> listSeparator(QStringView between)
{
    static const QSet<QString> separators = {QString(),
                                             QStringLiteral(","),
                                             QStringLiteral(";"),
                                             QStringLiteral("&"),
                                             QStringLiteral("and"),
                                             QStringLiteral(", and"),
                                             QStringLiteral(", &"),
                                             QStringLiteral("; and"),
                                             QStringLiteral("; &")};
    const QString sep = between.toString().simplified().toCaseFolded();
    if (separators.contains(sep)) return sep;
    return std::nullopt;
}

// "Community Architect, Red Hat &": what follows a name, without the separators around it.
QStringView trimSeparators(QStringView text)
{
    text = text.trimmed();
    for (bool changed = true; changed && !text.isEmpty();) {
        changed = false;
        if (text.front() == u',' || text.front() == u';' || text.front() == u'&') {
            text = text.mid(1).trimmed();
            changed = true;
        } else if (text.startsWith(u"and ")) {
            text = text.mid(4).trimmed();
            changed = true;
        }
        if (!text.isEmpty() && (text.back() == u',' || text.back() == u';' || text.back() == u'&')) {
            text.chop(1);
            text = text.trimmed();
            changed = true;
        } else if (text.endsWith(u" and") || text == u"and") {
            text.chop(3);
            text = text.trimmed();
            changed = true;
        }
    }
    return text;
}
} // namespace

bool TalkLineParser::looksLikeName(QStringView text, bool allowSingle)
{
    const auto tokens = text.trimmed().split(u' ', Qt::SkipEmptyParts);
    if (tokens.isEmpty() || tokens.size() > 5 || (tokens.size() == 1 && !allowSingle) || text.size() > 60)
        return false;
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        bool nickname = false;
        const QStringView tok = nameWord(tokens[t], &nickname);
        if (tok.isEmpty()) return false;
        // Cheap tests first: most words of titles and prose fail on their first letter.
        if (!tok.front().isUpper()) {
            if (t > 0 && t + 1 < tokens.size() && isParticle(tok.toString().toCaseFolded())) continue;
            return false;
        }
        if (nonNameWords().contains(tok.toString().toCaseFolded())) return false;
        // Initials ("J.", "J.R.", a trailing "SJ") are fine; acronyms ("KCD", "AWS") and words like
        // "VCluster" are not names.
        const bool initials = t > 0 && t + 1 == tokens.size() && tok.size() <= 2;
        if (tok.size() >= 2 && tok[1].isUpper() && !tok.contains(u'.') && !initials && !nickname)
            return false;
        if (camelCaseWord(tok)) return false;
    }
    return true;
}

std::optional<TalkKind> TalkLineParser::kindFromLabel(QStringView label)
{
    QString l = label.trimmed().toString().toCaseFolded();
    l.remove(u'*');
    l = l.simplified();
    if (l.endsWith(u's') && !l.endsWith(u"ss")) l.chop(1);
    static const QList<std::pair<QString, TalkKind>> labels = {
        {QStringLiteral("keynote"), TalkKind::Keynote},
        {QStringLiteral("opening keynote"), TalkKind::Keynote},
        {QStringLiteral("closing keynote"), TalkKind::Keynote},
        {QStringLiteral("sponsored keynote"), TalkKind::Keynote},
        {QStringLiteral("keynote session"), TalkKind::Keynote},
        {QStringLiteral("keynote panel"), TalkKind::Panel},
        {QStringLiteral("panel"), TalkKind::Panel},
        {QStringLiteral("panel discussion"), TalkKind::Panel},
        {QStringLiteral("lightning talk"), TalkKind::Lightning},
        {QStringLiteral("lightning"), TalkKind::Lightning},
        {QStringLiteral("film"), TalkKind::Film},
        {QStringLiteral("documentary"), TalkKind::Film},
        {QStringLiteral("documentary film"), TalkKind::Film},
        {QStringLiteral("documentary premiere"), TalkKind::Film},
        {QStringLiteral("film premiere"), TalkKind::Film},
        {QStringLiteral("movie"), TalkKind::Film},
        {QStringLiteral("interview"), TalkKind::Interview},
        {QStringLiteral("fireside chat"), TalkKind::Interview},
        {QStringLiteral("tutorial"), TalkKind::Tutorial},
        {QStringLiteral("workshop"), TalkKind::Workshop},
        {QStringLiteral("announcement"), TalkKind::Announcement},
    };
    for (const auto &[name, kind] : labels) {
        if (l == name) return kind;
    }
    return std::nullopt;
}

QList<ParsedSpeaker> TalkLineParser::parseSpeakers(QStringView list)
{
    QString s = list.toString().simplified();
    while ((s.endsWith(u'.') && !endsWithLegalSuffix(s)) || (s.endsWith(u')') && !s.contains(u'(')))
        s.chop(1);
    s = withoutLeadIn(s).toString();
    // People are not exclaimed or asked about: "See you there - Cheers, Everyone!".
    if (s.isEmpty() || s.size() > 400 || s.endsWith(u'!') || s.endsWith(u'?')) return {};
    const QList<Item> items = splitItems(s);

    // "A, B, and C": every item a name, no companies. Otherwise a comma after a name introduces its
    // company (Sched's "Name, Org" convention), which is far more common in talk lines.
    const auto commas =
        std::count_if(items.begin(), items.end(), [](const Item &it) { return it.afterComma; });
    const bool oxford = s.contains(QLatin1StringView(", and ")) || s.contains(QLatin1StringView(", & "));
    const bool allNames = !s.contains(u';') && items.size() >= 3 &&
                          (commas >= 2 || (commas >= 1 && oxford)) &&
                          std::all_of(items.begin(), items.end(), [](const Item &it) {
                              return TalkLineParser::looksLikeName(it.text) && !looksLikeRole(it.text);
                          });

    QList<ParsedSpeaker> out;
    QList<bool> sharesNext; // the speaker was followed straight by "&"/"and": a company after may be shared

    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &it = items[i];
        if (it.text.isEmpty()) continue; // "Name, Org; & Name, Org"

        // "Name (Org), Name (Org)": a comma before a name with its company in parentheses starts a speaker.
        const qsizetype paren = it.text.indexOf(u'(');
        const bool nameWithCompany = it.text.endsWith(u')') && paren > 0 &&
                                     looksLikeName(QStringView(it.text).left(paren).trimmed(), true);
        const bool startsSpeaker = out.isEmpty() || !it.afterComma || allNames || nameWithCompany;
        if (startsSpeaker) {
            ParsedSpeaker sp;
            QString name = it.text;
            const qsizetype open = name.lastIndexOf(u'(');
            // "Name at Org", "Name @ Org", "Name from Org": the word after the name introduces its company.
            qsizetype atPos = -1;
            for (const auto word :
                 {QLatin1StringView(" at "), QLatin1StringView(" @ "), QLatin1StringView(" from ")}) {
                const qsizetype i = name.indexOf(word);
                if (i > 0 && (atPos < 0 || i < atPos)) atPos = i;
            }
            const bool from = atPos >= 0 && name.mid(atPos, 6) == QLatin1StringView(" from ");
            const qsizetype atLen = from ? 6 : 3;
            // "Separating Hype from Practicality": a title's verb in "-ing" opens no name.
            if (from && name.section(u' ', 0, 0).endsWith(QLatin1StringView("ing")) &&
                name.section(u' ', 0, 0).size() >= 6)
                atPos = -1;
            if (name.endsWith(u')') && open > 0 && name.indexOf(u'(') == open) {
                sp.affiliation = name.mid(open + 1, name.size() - open - 2).trimmed();
                name = name.left(open).trimmed();
                if (looksLikeRole(sp.affiliation) && sp.affiliation.contains(u',')) {
                    const qsizetype comma = sp.affiliation.lastIndexOf(u',');
                    sp.role = sp.affiliation.left(comma).trimmed();
                    sp.affiliation = sp.affiliation.mid(comma + 1).trimmed();
                }
            } else if (atPos > 0 && looksLikeName(QStringView(name).left(atPos))) {
                sp.affiliation = name.mid(atPos + atLen).trimmed();
                name = name.left(atPos);
            }
            sp.name = name.trimmed();
            // "Name, Org & Media": one word after "&" continues a company rather than naming a person.
            if (!out.isEmpty() && !it.afterSemicolon && !out.back().affiliation.isEmpty() &&
                sp.affiliation.isEmpty() && tokenCount(it.text) == 1 && it.text.front().isUpper() &&
                !looksLikeRole(it.text)) {
                out.back().affiliation += QStringLiteral(" & ") + it.text;
                continue;
            }
            // "Name Senior Staff Engineer": the comma between a name and a job title left out.
            if (sp.role.isEmpty() && looksLikeRole(sp.name)) {
                const QStringList words = sp.name.split(u' ', Qt::SkipEmptyParts);
                for (qsizetype k = 2; k < words.size() && k <= 4; ++k) {
                    const QString head = words.mid(0, k).join(u' ');
                    if (looksLikeRole(words[k]) && looksLikeName(head) &&
                        looksLikeRole(words.mid(k).join(u' '))) {
                        sp.name = head;
                        sp.role = words.mid(k).join(u' ');
                        break;
                    }
                }
            }
            if (!looksLikeName(sp.name, true)) {
                // "Senior Staff Engineer & TLM": an acronym after "&" continues a role.
                const bool acronym =
                    it.text.size() <= 5 && !looksLikeRole(it.text) &&
                    std::all_of(it.text.begin(), it.text.end(), [](QChar c) { return c.isUpper(); });
                if (!out.isEmpty() && !it.afterSemicolon && !out.back().role.isEmpty() &&
                    out.back().affiliation.isEmpty() && acronym) {
                    out.back().role += QStringLiteral(" & ") + it.text;
                    continue;
                }
                // "Founder and CEO": a role with "and" in it.
                if (!out.isEmpty() && !it.afterSemicolon && !out.back().role.isEmpty() &&
                    out.back().affiliation.isEmpty() && looksLikeRole(it.text)) {
                    out.back().role += QStringLiteral(" and ") + it.text;
                    continue;
                }
                // "Procter & Gamble": a company with "&" in it continues the previous speaker's company.
                if (!out.isEmpty() && !it.afterSemicolon && !out.back().affiliation.isEmpty() &&
                    tokenCount(it.text) <= 3 && !it.text.front().isLower()) {
                    out.back().affiliation += QStringLiteral(" & ") + it.text;
                    continue;
                }
                return {};
            }
            if (!out.isEmpty())
                sharesNext.back() =
                    !it.afterSemicolon && out.back().affiliation.isEmpty() && out.back().role.isEmpty();
            out.append(sp);
            sharesNext.append(false);
            continue;
        }
        ParsedSpeaker &cur = out.back();
        if (!cur.affiliation.isEmpty() && isLegalSuffix(it.text)) {
            cur.affiliation += QStringLiteral(", ") + it.text;
        } else if (looksLikeRole(it.text) && cur.affiliation.isEmpty()) {
            cur.role = cur.role.isEmpty() ? it.text : cur.role + QStringLiteral(", ") + it.text;
        } else if (cur.affiliation.isEmpty()) {
            cur.affiliation = it.text;
        } else if (looksLikeName(it.text) && !looksLikeRole(it.text)) {
            // "Name, Org, Name, Org" without semicolons.
            sharesNext.back() = false;
            out.append({it.text, {}, {}});
            sharesNext.append(false);
        } else {
            // The first item after the name was a role we did not recognise ("Name, Staff SWE, Google").
            cur.role =
                cur.role.isEmpty() ? cur.affiliation : cur.role + QStringLiteral(", ") + cur.affiliation;
            cur.affiliation = it.text;
        }
    }
    // "Jef Spaleta & Bill Mulligan, Isovalent": names joined by "&" share the company named after them.
    for (qsizetype i = out.size() - 2; i >= 0; --i) {
        if (sharesNext[i] && out[i].affiliation.isEmpty() && !out[i + 1].affiliation.isEmpty())
            out[i].affiliation = out[i + 1].affiliation;
    }
    // "Name, Role; Name, Role, Org": a company named only after the last speaker is everyone's.
    if (out.size() > 1 && !out.back().affiliation.isEmpty() &&
        std::none_of(out.begin(), out.end() - 1,
                     [](const ParsedSpeaker &sp) { return !sp.affiliation.isEmpty(); })) {
        for (auto &sp : out)
            sp.affiliation = out.back().affiliation;
    }
    // A company is a few words; a long clause after a comma means this was prose, not a speaker list.
    for (const auto &sp : out) {
        if (tokenCount(sp.affiliation) > 6 || tokenCount(sp.role) > 8) return {};
    }
    const bool anyFullName =
        std::any_of(out.begin(), out.end(), [](const ParsedSpeaker &sp) { return sp.name.contains(u' '); });
    const bool allWithCompany =
        !anyFullName && std::all_of(out.begin(), out.end(), [](const ParsedSpeaker &sp) {
            return !sp.affiliation.isEmpty() && tokenCount(sp.affiliation) <= 3 &&
                   !nonNameWords().contains(sp.affiliation.section(u' ', 0, 0).toCaseFolded()) &&
                   !nonNameWords().contains(sp.name.toCaseFolded());
        });
    if (!anyFullName && !allWithCompany) {
        // A lone word is a name only with a company beside it ("Flynn, Buoyant").
        return {};
    }
    return out;
}

QList<ParsedSpeaker> TalkLineParser::parseSpeakers(QStringView list, const QStringList &speakerTokens)
{
    const QString s = list.toString().simplified();
    // "Design Considerations | Project Lightning Talk", "Help Design & Build ...!": a title's second half.
    if (s.contains(u'|') || s.contains(u'!') || s.contains(u'?')) return {};
    // Each token in order; which of them are people follows from the separators before them.
    struct Person
    {
        QString name;
        qsizetype from = 0;        // where the text after the name starts
        qsizetype to = 0;          // where the next person's name starts
        bool joinedToNext = false; // "A & B, Org": A shares B's company
    };
    struct Token
    {
        QString text;
        qsizetype at = 0;
        QString sep; // the separator before it: ",", ";", "&", "and", ", and", ...
    };
    QList<Token> tokens;
    qsizetype cursor = 0;
    // "Sysdig and Michael Foster": the flattening keeps some joins inside a token; split there, and the
    // join becomes the separator between the two tokens.
    QStringList pieces;
    static const QRegularExpression join(QStringLiteral(" (?:and|&) "));
    for (const QString &raw : speakerTokens)
        pieces += raw.simplified().split(join, Qt::SkipEmptyParts);
    for (const QString &token : std::as_const(pieces)) {
        const qsizetype at = s.indexOf(token, cursor);
        if (at < 0) return {};
        auto sep = listSeparator(QStringView(s).sliced(cursor, at - cursor));
        if (!sep && tokens.isEmpty() &&
            QStringView(s).first(at).trimmed().compare(u"by", Qt::CaseInsensitive) == 0)
            sep = QString();
        if (!sep) return {};
        tokens.append({token, at, *sep});
        cursor = at + token.size();
    }
    // The tokens must account for the whole list, or they belong to another text.
    if (tokens.isEmpty() || !trimSeparators(QStringView(s).mid(cursor)).isEmpty()) return {};
    // "Co-Chairs: Constance Caramanolis", "Moderated by Ada Novak": a label before the first name is not
    // part of it. A first token that is no name ("Sponsored by Cockroach Labs") is not a list of people.
    QStringView firstName = withoutLeadIn(tokens[0].text);
    if (const qsizetype colon = firstName.lastIndexOf(QLatin1StringView(": ")); colon > 0)
        firstName = firstName.mid(colon + 2);
    if (!looksLikeListedName(firstName)) return {};

    const auto isComma = [](const QString &sep) { return sep == u','; };
    const auto isAnd = [](const QString &sep) {
        return sep == QLatin1StringView("&") || sep == QLatin1StringView("and") ||
               sep == QLatin1StringView(", and") || sep == QLatin1StringView(", &");
    };
    QList<Person> people;
    people.append({firstName.toString(), tokens[0].at + tokens[0].text.size(), s.size(), false});
    bool hasCompany = false; // the current person has a company already: a name after a comma is someone new
    bool previousIsName = true;
    bool inNameRun = false; // "A, B, C & D, Org": names after commas, sharing the company at the end
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        bool isName = false;
        bool run = false;
        if (looksLikeListedName(t.text)) {
            if (t.sep.contains(u';') || isAnd(t.sep)) {
                isName = true; // "C & D" ends a run: what follows D is the company
            } else if (!previousIsName) {
                isName = hasCompany;
            } else {
                // After a name and a comma: a company, unless a run of names goes on ("A, B, C, Org");
                // the last token of a run is its company.
                const bool hasNext = i + 1 < tokens.size();
                const bool nextIsName =
                    hasNext && isComma(tokens[i + 1].sep) && looksLikeListedName(tokens[i + 1].text);
                isName = run = inNameRun ? hasNext : nextIsName;
            }
        }
        if (isName) {
            people.back().to = t.at;
            people.back().joinedToNext = previousIsName && (isAnd(t.sep) || run);
            people.append({t.text, t.at + t.text.size(), s.size(), false});
            hasCompany = false;
        } else {
            hasCompany = hasCompany || !looksLikeRole(t.text);
        }
        inNameRun = run;
        previousIsName = isName;
    }

    QList<ParsedSpeaker> out;
    for (const Person &p : people) {
        ParsedSpeaker sp;
        sp.name = p.name;
        // "Community Architect, Red Hat": the company is the last part, the role all before it.
        const QStringView about = trimSeparators(QStringView(s).sliced(p.from, p.to - p.from));
        QList<QStringView> parts;
        qsizetype depth = 0, start = 0;
        for (qsizetype i = 0; i < about.size(); ++i) {
            if (about[i] == u'(')
                ++depth;
            else if (about[i] == u')')
                depth = std::max<qsizetype>(0, depth - 1);
            else if (depth == 0 && (about[i] == u',' || about[i] == u';')) {
                parts.append(about.sliced(start, i - start).trimmed());
                start = i + 1;
            }
        }
        if (!about.isEmpty()) parts.append(about.mid(start).trimmed());
        qsizetype companyFrom = parts.size() - 1;
        if (parts.size() >= 2 && isLegalSuffix(parts.back())) --companyFrom;
        if (parts.size() == 1 && looksLikeRole(parts[0])) {
            sp.role = parts[0].toString();
        } else if (!parts.isEmpty()) {
            const auto joined = [&](qsizetype from, qsizetype to) {
                return about
                    .sliced(parts[from].data() - about.data(),
                            parts[to - 1].data() + parts[to - 1].size() - parts[from].data())
                    .toString();
            };
            sp.affiliation = joined(companyFrom, parts.size());
            if (companyFrom > 0) sp.role = joined(0, companyFrom);
        }
        out.append(sp);
    }
    for (qsizetype i = out.size() - 2; i >= 0; --i) {
        if (people[i].joinedToNext && out[i].affiliation.isEmpty() && out[i].role.isEmpty())
            out[i].affiliation = out[i + 1].affiliation;
    }
    return out;
}

ParsedTalkLine TalkLineParser::parse(QStringView line)
{
    return parse(line, {});
}

ParsedTalkLine TalkLineParser::parse(QStringView line, const QStringList &speakerTokens)
{
    ParsedTalkLine result;
    QString s = line.toString().simplified();
    // "3. Title", "#2 Title": the number of an item in the post's own list, not part of the title.
    static const QRegularExpression enumerator(
        QStringLiteral("^(?:\\d{1,3}[.)]|#\\d{1,3}[.:)]?)\\s+(?=\\S)"));
    if (s.size() > 3 && (s.front().isDigit() || s.front() == u'#')) s.remove(enumerator);
    // "Title - Name, Org - KEYNOTE": the kind written after the speakers, as schedules label sessions.
    static const QRegularExpression trailingKind(
        QStringLiteral("\\s+[-–—|]\\s+\\(?(keynote|session|talk|panel|workshop|tutorial|lightning "
                       "talk|breakout)s?\\)?$"),
        QRegularExpression::CaseInsensitiveOption);
    // Most lines end otherwise: the pattern runs only when the last word can be a kind.
    const QStringView tail = QStringView(s).right(16);
    const bool kindAtEnd = std::any_of(std::begin(KindEndings), std::end(KindEndings),
                                       [&](QStringView k) { return tail.contains(k, Qt::CaseInsensitive); });
    if (const auto m = kindAtEnd ? trailingKind.match(s) : QRegularExpressionMatch();
        m.hasMatch() && m.capturedStart() > 0) {
        result.kind = kindFromLabel(m.captured(1));
        s.truncate(m.capturedStart());
    }

    // "Keynote: Title" / "Documentary Film - Title": a leading label that names the kind.
    {
        qsizetype best = -1;
        qsizetype sepLen = 0;
        // A label is short: only the line's first few characters are searched.
        const QStringView head = QStringView(s).left(40);
        for (const QStringView sep : {QStringView(u": "), QStringView(u" - "), QStringView(u" – "),
                                      QStringView(u" — "), QStringView(u" -- "), QStringView(u" | ")}) {
            const qsizetype at = head.indexOf(sep);
            if (at > 0 && at <= 32 && (best < 0 || at < best)) {
                best = at;
                sepLen = sep.size();
            }
        }
        if (best > 0) {
            if (const auto kind = kindFromLabel(QStringView(s).left(best))) {
                result.kind = kind;
                s = s.mid(best + sepLen).trimmed();
            }
        }
    }

    // "Title - Speakers": the rightmost dash whose remainder reads as people.
    QList<std::pair<qsizetype, qsizetype>> seps; // position, length (negative: the title was cut short)
    // One pass over the line finds " - ", " – ", " — ", " -- ", " | ", a dash typed right after the title
    // ("Practitioners- Name", "Kubernetes?- Name") and the "... " of titles cut short in tables.
    const QStringView v(s);
    for (qsizetype i = 1; i + 1 < v.size(); ++i) {
        const QChar c = v[i];
        if (c != u'-' && c != u'–' && c != u'—' && c != u'|' && c != u'.' && c != u'…') continue;
        const bool spaceBefore = v[i - 1] == u' ';
        if (c == u'-' && spaceBefore && v.mid(i).startsWith(u"-- ")) {
            seps.append({i - 1, 4});
            ++i;
        } else if (c != u'.' && c != u'…' && spaceBefore && v[i + 1] == u' ') {
            seps.append({i - 1, 3});
        } else if (c == u'-' && !spaceBefore && v[i + 1] == u' ') {
            seps.append({i, 2});
        } else if (c == u'…' && v[i + 1] == u' ') {
            seps.append({i, -2});
        } else if (c == u'.' && v.mid(i).startsWith(u"... ")) {
            seps.append({i, -4});
            i += 2;
        }
    }
    std::sort(seps.begin(), seps.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[at, signedLen] : seps) {
        const bool cut = signedLen < 0;
        const qsizetype len = cut ? -signedLen : signedLen;
        // People's names start with a capital ("by" aside): most dashes in prose are ruled out here.
        const QStringView right = QStringView(s).mid(at + len).trimmed();
        if (right.isEmpty() ||
            (!right.front().isUpper() && !right.startsWith(u"by ") && right.front() != u'"'))
            continue;
        const QString left = clean(QStringView(s).left(at)) + (cut ? QStringLiteral("…") : QString());
        if (left.isEmpty()) continue;
        const auto speakers =
            speakerTokens.isEmpty() ? parseSpeakers(right) : parseSpeakers(right, speakerTokens);
        if (!speakers.isEmpty()) {
            result.title = left;
            result.speakers = speakers;
            return result;
        }
    }
    if (!speakerTokens.isEmpty())
        return parse(line); // the tokens were not this line's speakers: read it by its form alone
    // "Title by Name (Org)".
    QList<qsizetype> bys;
    for (qsizetype at = s.indexOf(QLatin1StringView(" by ")); at > 0;
         at = s.indexOf(QLatin1StringView(" by "), at + 1))
        bys.prepend(at);
    for (const qsizetype at : bys) {
        const auto speakers = parseSpeakers(QStringView(s).mid(at + 4));
        const bool full = std::all_of(speakers.begin(), speakers.end(),
                                      [](const ParsedSpeaker &sp) { return sp.name.contains(u' '); });
        if (!speakers.isEmpty() && full) {
            result.title = clean(QStringView(s).left(at));
            result.speakers = speakers;
            return result;
        }
    }
    // "Title (Name, Org)".
    if (s.endsWith(u')')) {
        const qsizetype open = s.lastIndexOf(QLatin1StringView(" ("));
        if (open > 0) {
            const auto speakers = parseSpeakers(QStringView(s).mid(open + 2, s.size() - open - 3));
            const bool full = std::all_of(speakers.begin(), speakers.end(),
                                          [](const ParsedSpeaker &sp) { return sp.name.contains(u' '); });
            if (!speakers.isEmpty() && full) {
                result.title = clean(QStringView(s).left(open));
                result.speakers = speakers;
                return result;
            }
        }
    }
    // "Name (Org): Title".
    if (const qsizetype colon = s.indexOf(QLatin1StringView(": ")); colon > 0) {
        const QStringView left = QStringView(s).left(colon);
        if (left.endsWith(u')') && left.contains(u'(')) {
            const auto speakers = parseSpeakers(left);
            if (!speakers.isEmpty()) {
                result.title = clean(QStringView(s).mid(colon + 2));
                result.speakers = speakers;
                return result;
            }
        }
    }
    result.title = clean(s);
    return result;
}
