#include "models/exercise_name_match.h"

#include <QStringList>

#include <algorithm>

namespace glidepath::ui::exercise_match {

QString fold(const QString& text)
{
    QString out;
    out.reserve(text.size());
    bool space = true; // no leading space
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            out += c.toLower();
            space = false;
        } else if (!space) {
            out += QLatin1Char(' ');
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' '))) {
        out.chop(1);
    }
    return out;
}

int score(const QString& name, const QString& query)
{
    const QString q = fold(query);
    if (q.isEmpty()) {
        return 0;
    }
    const QString n = fold(name);
    if (n.startsWith(q)) {
        return 0;
    }
    const QStringList words = n.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList typed = q.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Each typed word takes the next word of the name that starts with it, so "step d" matches
    // "step down" and "d step" does not count as an ordered match.
    int next = 0;
    bool inOrder = true;
    std::vector<bool> used(static_cast<std::size_t>(words.size()), false);
    for (const QString& word : typed) {
        int found = -1;
        for (int i = next; i < words.size() && found < 0; ++i) {
            if (!used[static_cast<std::size_t>(i)] && words[i].startsWith(word)) {
                found = i;
            }
        }
        if (found < 0) {
            inOrder = false;
            for (int i = 0; i < words.size() && found < 0; ++i) {
                if (!used[static_cast<std::size_t>(i)] && words[i].startsWith(word)) {
                    found = i;
                }
            }
        }
        if (found < 0) {
            return -1;
        }
        used[static_cast<std::size_t>(found)] = true;
        next = found + 1;
    }
    return inOrder ? 1 : 2;
}

std::vector<int> rank(const std::vector<Candidate>& candidates, const QString& query)
{
    std::vector<std::pair<int, int>> scored; // (score, index)
    for (int i = 0; i < static_cast<int>(candidates.size()); ++i) {
        const int s = score(candidates[static_cast<std::size_t>(i)].name, query);
        if (s >= 0) {
            scored.emplace_back(s, i);
        }
    }
    std::stable_sort(scored.begin(), scored.end(), [&](const auto& a, const auto& b) {
        const Candidate& ca = candidates[static_cast<std::size_t>(a.second)];
        const Candidate& cb = candidates[static_cast<std::size_t>(b.second)];
        if (ca.planned != cb.planned) {
            return ca.planned;
        }
        if (a.first != b.first) {
            return a.first < b.first;
        }
        return ca.name.compare(cb.name, Qt::CaseInsensitive) < 0;
    });
    std::vector<int> out;
    out.reserve(scored.size());
    for (const auto& [s, index] : scored) {
        out.push_back(index);
    }
    return out;
}

} // namespace glidepath::ui::exercise_match
