#include <glidepath/core/load.h>

#include <algorithm>
#include <array>

namespace glidepath::core {

Equipment loadEquipment(LoadKind kind)
{
    switch (kind) {
    case LoadKind::Band:
        return Equipment::Band;
    case LoadKind::AnkleWeight:
        return Equipment::AnkleWeight;
    case LoadKind::Dumbbell:
        return Equipment::Dumbbell;
    case LoadKind::None:
        break;
    }
    return Equipment::None;
}

int maxLoadLevelOf(LoadKind kind)
{
    switch (kind) {
    case LoadKind::Band:
        return 4;
    case LoadKind::AnkleWeight:
        return 10;
    case LoadKind::Dumbbell:
        return 20;
    case LoadKind::None:
        break;
    }
    return 0;
}

namespace {

// Half kilograms as "0.5 kg", "1 kg", "1.5 kg".
std::string halfKilograms(int halves)
{
    std::string out = std::to_string(halves / 2);
    if (halves % 2 != 0) {
        out += ".5";
    }
    return out + " kg";
}

} // namespace

std::string describeLoad(LoadKind kind, int level)
{
    if (level <= 0) {
        return {};
    }
    switch (kind) {
    case LoadKind::Band: {
        static constexpr std::array<const char*, 4> names{"light band", "medium band", "heavy band",
                                                          "extra-heavy band"};
        return names[static_cast<std::size_t>(std::min(level, 4) - 1)];
    }
    case LoadKind::AnkleWeight:
        return halfKilograms(level) + " ankle weight";
    case LoadKind::Dumbbell:
        return std::to_string(level) + " kg dumbbell";
    case LoadKind::None:
        break;
    }
    return {};
}

} // namespace glidepath::core
