#pragma once

#include <QString>

#include <vector>

namespace glidepath::ui {

// How the check-in's "exercises that hurt" picker matches what is typed, kept apart from the
// widget so that any source of names (a list in memory or a query run as the user types) ranks
// them the same way.
//
// Every typed word must match the start of a word of the name, ignoring case, hyphens and other
// punctuation: "step d" finds "Step-down", "clam ban" finds "Clamshell with band".
namespace exercise_match {

// Lower case, with every run of characters that are not letters or digits made one space.
QString fold(const QString& text);

// -1 when name does not match query; otherwise lower is better (0 = the name starts with the
// query, 1 = every word matches a word start, in order). An empty query matches everything (0).
int score(const QString& name, const QString& query);

struct Candidate
{
    QString id;
    QString name;
    bool planned = false; // in the week's plan: offered before the rest of the library
};

// The indexes of the candidates that match query, planned exercises first, then by score, then
// by name.
std::vector<int> rank(const std::vector<Candidate>& candidates, const QString& query);

} // namespace exercise_match
} // namespace glidepath::ui
