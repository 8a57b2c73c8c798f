// The library looked up by id, and its ladders of easier and harder versions walked.

#include <glidepath/core/progression_steps.h>

#include <functional>

namespace glidepath::core {

namespace {

// Only used to place ids in the table, never to order anything, so any hash will do; the
// standard one reads eight bytes at a time.
std::uint64_t hashId(std::string_view id)
{
    return std::hash<std::string_view>{}(id);
}

} // namespace

LibraryIndex::LibraryIndex(std::span<const Exercise> library) : m_library(library)
{
    std::size_t capacity = 16;
    while (capacity < library.size() * 2) {
        capacity *= 2;
    }
    m_table.assign(capacity, 0);
    m_hashes.reserve(library.size());
    m_primary.reserve(library.size());
    const std::size_t mask = capacity - 1;
    for (std::size_t i = 0; i < library.size(); ++i) {
        const std::uint64_t hash = hashId(library[i].id);
        m_hashes.push_back(hash);
        bool primary = true;
        for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
            const std::uint32_t entry = m_table[at];
            if (entry == 0) {
                m_table[at] = static_cast<std::uint32_t>(i + 1);
                break;
            }
            if (m_hashes[entry - 1] == hash && library[entry - 1].id == library[i].id) {
                primary = false; // the first of two equal ids keeps the place
                break;
            }
        }
        m_primary.push_back(primary ? 1 : 0);
    }
    m_easier.assign(library.size(), kUnresolved);
    m_harder.assign(library.size(), kUnresolved);
}

std::size_t LibraryIndex::lookup(std::string_view id) const
{
    const std::uint64_t hash = hashId(id);
    const std::size_t mask = m_table.size() - 1;
    for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
        const std::uint32_t entry = m_table[at];
        if (entry == 0) {
            return kNone;
        }
        if (m_hashes[entry - 1] == hash && m_library[entry - 1].id == id) {
            return entry - 1;
        }
    }
}

const Exercise* LibraryIndex::find(std::string_view id) const
{
    const std::size_t i = lookup(id);
    return i == kNone ? nullptr : &m_library[i];
}

std::size_t LibraryIndex::indexOf(const Exercise& exercise) const
{
    // std::less gives a total order on pointers, so this is defined for any address.
    const Exercise* first = m_library.data();
    const std::less<const Exercise*> before;
    if (before(&exercise, first) || !before(&exercise, first + m_library.size())) {
        return kNone;
    }
    return static_cast<std::size_t>(&exercise - first);
}

const Exercise* LibraryIndex::link(std::vector<std::size_t>& links, const Exercise& exercise,
                                   const std::string& id) const
{
    const std::size_t i = indexOf(exercise);
    if (i == kNone) {
        // Not one of ours (a caller's copy): look the neighbour up by id.
        return id.empty() ? nullptr : find(id);
    }
    if (links[i] == kUnresolved) {
        links[i] = id.empty() ? kNone : lookup(id);
    }
    return links[i] == kNone ? nullptr : &m_library[links[i]];
}

bool LibraryIndex::isPrimary(const Exercise& exercise) const
{
    const std::size_t i = indexOf(exercise);
    return i != kNone && m_primary[i] != 0;
}

namespace {

const Exercise* walkUsable(const Exercise& exercise, const LibraryIndex& library,
                           const SelectionFilter& filter, bool harder)
{
    const Exercise* step = &exercise;
    const std::size_t limit = library.exercises().size();
    for (std::size_t guard = 0; guard < limit; ++guard) {
        step = harder ? library.harderOf(*step) : library.easierOf(*step);
        if (step == nullptr || step == &exercise) {
            return nullptr;
        }
        if (isUsable(*step, filter)) {
            return step;
        }
    }
    return nullptr;
}

} // namespace

const Exercise* easierUsable(const Exercise& exercise, const LibraryIndex& library,
                             const SelectionFilter& filter)
{
    return walkUsable(exercise, library, filter, false);
}

const Exercise* harderUsable(const Exercise& exercise, const LibraryIndex& library,
                             const SelectionFilter& filter)
{
    return walkUsable(exercise, library, filter, true);
}

std::string_view ladderRoot(const Exercise& exercise, const LibraryIndex& library)
{
    const Exercise* step = &exercise;
    const std::size_t limit = library.exercises().size();
    for (std::size_t guard = 0; guard < limit; ++guard) {
        const Exercise* next = library.easierOf(*step);
        if (next == nullptr || next == &exercise) {
            break;
        }
        step = next;
    }
    return step->id;
}

} // namespace glidepath::core
