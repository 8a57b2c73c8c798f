#pragma once

// Load as a dose variable (dose.load): what the levels of each load kind mean, and their words.
// Levels are whole steps so that plans, the library and storage hold integers: a band level
// (light, medium, heavy, extra heavy), ankle weight in 0.5 kg steps, dumbbells in 1 kg steps.

#include <glidepath/core/vocabulary.h>

#include <string>

namespace glidepath::core {

// The equipment a load kind needs at home (Band, AnkleWeight, Dumbbell); None for None.
Equipment loadEquipment(LoadKind kind);
// The highest level a kind has: 4 band levels, 10 ankle-weight steps (5 kg), 20 dumbbell
// steps (20 kg); 0 for None.
int maxLoadLevelOf(LoadKind kind);
// "light band", "1.5 kg ankle weight", "2 kg dumbbell"; empty for no load (kind None or
// level 0), so callers can append it only when there is one.
std::string describeLoad(LoadKind kind, int level);

} // namespace glidepath::core
