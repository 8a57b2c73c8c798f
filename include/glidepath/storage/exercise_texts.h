#pragma once

#include <glidepath/core/exercise_text.h>
#include <glidepath/storage/database.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace glidepath::storage {

// An exercise's text in other languages: language code ("de") -> that language's text. English
// stays in the exercise itself and is the fallback of every field a text leaves empty.
using ExerciseTexts = std::map<std::string, core::ExerciseText>;
// Exercise id -> its texts (the shape of io::LibraryDocument::translations).
using LibraryTexts = std::map<std::string, ExerciseTexts>;

// The per-language text of stored exercises (schema version 14). The texts are part of the
// search index (a German name, summary or cue finds the exercise) and give each language its
// own name order (ExerciseFilter::language). Built-ins get theirs when the library is seeded,
// imports keep the ones their file has; deleting an exercise deletes its texts.
class ExerciseTextRepository
{
public:
    explicit ExerciseTextRepository(Database& db) : m_db(db) {}

    // The texts of exercise id (none for an unknown id).
    ExerciseTexts find(std::string_view id) const;
    // The texts of every exercise that has any.
    LibraryTexts all() const;
    // Replaces the texts of exercise id, in one transaction. The texts are part of the exercise:
    // replacing them is a save of it (its row version is raised, who and when stamped, and on a
    // server the audit lists it as a change of the exercise). Given basedOnVersion (the
    // rowVersion of ExerciseRepository::stamp when the edit started), an exercise saved by
    // someone else since, its English fields or any language's text, is refused with
    // StaleRecordError (who and when) and nothing changes. Throws StorageError: NotFound for an
    // unknown id, Invalid when a text fails core::validateExerciseText or its language is not a
    // code like "de" or "pt-BR", ReadOnly for a read-only database.
    void replace(std::string_view id, const ExerciseTexts& texts,
                 std::optional<std::int64_t> basedOnVersion = std::nullopt);

private:
    Database& m_db;
};

} // namespace glidepath::storage
