#pragma once

// The words for a problem found in an exercise, a client's record or a document
// (core::ValidationIssue, core::FieldIssue, io::FormatIssue): core and io report each problem as a
// kind and its values, and this renderer words it through Qt's translation system (context
// "IssueText"), for the app and the CLI alike. Untranslated, every kind reads exactly as core's and
// io's own English message. An issue without a kind (the few findings that only have words) shows
// its message as it is.

#include <glidepath/core/field_issue.h>
#include <glidepath/core/validation.h>
#include <glidepath/io/format_error.h>

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace glidepath::report {

// The words of kind with its values; message when the renderer has no words for kind.
QString issueText(std::string_view kind, const std::vector<std::string>& values,
                  const std::string& message);
QString issueText(const core::ValidationIssue& issue);
QString issueText(const core::FieldIssue& issue);
QString issueText(const io::FormatIssue& issue);

// io::describe in the UI's language: "/exercises/3/dose/sets: must be ... (line 12)", a syntax
// error without a pointer "line 3, column 7: ...".
QString describeIssue(const io::FormatIssue& issue);

// io::FileError in the UI's language: "cannot read a.json: No such file or directory". Reasons of
// the system without words of ours read as the system says them.
QString fileErrorText(const io::FileError& error);
// Only why, for a sentence that names the file itself: "No such file or directory".
QString fileErrorReason(const io::FileError& error);

// The English pattern the renderer words kind from (the source text of its translation), empty
// when it has none: a test holds every kind of core and io to having one.
QString issuePattern(std::string_view kind);

} // namespace glidepath::report
