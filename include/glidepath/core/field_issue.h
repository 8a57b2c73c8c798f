#pragma once

#include <glidepath/core/issue_kind.h>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace glidepath::core {

// One problem with a field of a client's profile, a check-in, a session log, a PSFS assessment,
// a plan template or a picture; field in the JSON spelling ("minutes_per_session",
// "entries/2/sets_done"). message is the English words; kind and values are the same finding as
// data (a kind of fieldIssueKinds() or validationIssueKinds()), from which report/issue_text.h
// makes the words in the UI's language.
struct FieldIssue
{
    std::string field;
    std::string message;
    std::string kind{};
    std::vector<std::string> values{};

    bool operator==(const FieldIssue&) const = default;
};

// Every kind of problem the checks of profiles, check-ins, session logs, PSFS assessments,
// templates and pictures report beyond validationIssueKinds(), with its English pattern.
std::span<const IssueKind> fieldIssueKinds();

// An issue of kind (fieldIssueKinds() or validationIssueKinds()) at field, its message made from
// the kind's pattern.
FieldIssue fieldIssue(std::string field, std::string_view kind,
                      std::vector<std::string> values = {});

} // namespace glidepath::core
