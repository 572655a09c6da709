#pragma once

#include "data/dataset.h"

#include <QString>
#include <QStringList>
#include <QStringView>

// Names an event the catalog does not know from what the post says about it: "SREcon Europe 2017"
// from "SREcon Europe 2017: impressions", "HashiConf 2017" from "My Hashiconf '17 Experience",
// "Strange Loop 2014" from "Digesting Strange Loop" published in 2014, "QConSF 2016" from "QConSF2016".
// The city comes from the title ("Monitorama, Berlin, EU") or from where the body says the post's
// author went ("in Austin, Texas", "arrived in Brussels"), when it does.
namespace EventNamer {
// `year`: the year the post was published or mostly names (0 when unknown).
Event name(const QString &title, QStringView body, int year);
// The conference name in a title without the words around it ("My", "Recap", "Experience", "Day 1").
QString cleanName(const QString &title);
} // namespace EventNamer
