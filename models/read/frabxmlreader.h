#pragma once

#include "reader.h"

// Reads frab / Pentabarf schedule XML: FOSDEM's flavour (tracks list, day > room > event), pretalx's
// export (track slugs, <type>) and the older layout where events sit directly in a day and name their
// room. One Schedule source per file; times in the conference's <time_zone_name>.
class FrabXmlReader : public Reader
{
public:
    QString formatName() const override { return QStringLiteral("frab-xml"); }
    int sniff(const QString &fileName, QByteArrayView head) const override;
    ReadResult read(const QString &fileName, const QByteArray &content) const override;
};
