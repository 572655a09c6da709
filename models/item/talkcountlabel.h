#pragma once

#include <QCoreApplication>
#include <QString>

// "KubeCon Europe 2023 (1 talk)", "... (16 talks)": the one place a name gets its talk count.
// Qt's %n plurals need a loaded translation to say "1 talk" in English, so the two forms are spelled out.
inline QString withTalkCount(const QString &name, int count)
{
    return count == 1 ? QCoreApplication::translate("TalkCount", "%1 (1 talk)").arg(name)
                      : QCoreApplication::translate("TalkCount", "%1 (%2 talks)").arg(name).arg(count);
}
