#pragma once

#include <QLatin1StringView>

// Every QSettings key the app uses, in one place.
namespace SettingsKeys {
inline constexpr QLatin1StringView WindowGeometry{"window/geometry"};
inline constexpr QLatin1StringView WindowState{"window/state"};
inline constexpr QLatin1StringView MainSplitter{"window/mainSplitter"};
inline constexpr QLatin1StringView LeftSplitter{"window/leftSplitter"};
inline constexpr QLatin1StringView TableHeader{"window/tableHeader"};
inline constexpr QLatin1StringView DarkPalette{"window/darkPalette"};
inline constexpr QLatin1StringView LastFilter{"filter/last"}; // TalkFilter::toVariant()
inline constexpr QLatin1StringView RecentFiles{"files/recent"};
} // namespace SettingsKeys
