#pragma once

#include "reader.h"

// Reads one per-session Markdown note (a folder of them is a whole event): event fields in the YAML
// front matter (type: kubecon-session, event, event_id, year, city, event_date, track, sched_url) and
// "# Title - Name, Org & Name, Org" as the first heading, which keeps the speakers' structure that the
// front matter's flattened list loses. Each note is one session, even when titles repeat.
class SessionNoteReader : public Reader
{
public:
    QString formatName() const override { return QStringLiteral("session-note"); }
    int sniff(const QString &fileName, QByteArrayView head) const override;
    ReadResult read(const QString &fileName, const QByteArray &content) const override;
};
