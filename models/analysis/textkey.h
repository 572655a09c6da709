#pragma once

#include <QString>
#include <QStringView>

// Keys for comparing names and titles as people do: case, accents, punctuation and spacing ignored.
namespace TextKey {
// "Max Körbächer" and "Max Korbacher" give the same key.
QString person(QStringView name);
// "Keynote: Cloud-Native  Data!" and "cloud native data" give the same key.
QString title(QStringView title);
// Removes accents (NFD, then drops combining marks).
QString foldDiacritics(QStringView text);
// "KubeCon Europe 2023" -> "kubecon-europe-2023"
QString slug(QStringView text);
} // namespace TextKey
