// Reading a library document exercise by exercise (issue 12): a 10,000-exercise import used to
// build a tree of the whole document, then every Exercise, then copies of both; this reader keeps
// one exercise's tree at a time and hands each exercise on as soon as it is read.

#include "exercise_text_json.h"
#include "json_reader.h"
#include "library_exercise.h"
#include "template_json.h"
#include "text_cursor.h"

#include <glidepath/core/validation.h>
#include <glidepath/io/library_format.h>
#include <glidepath/io/library_stream.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace glidepath::io {

namespace {

using Json = nlohmann::json;
using DomParser = nlohmann::detail::json_sax_dom_parser<Json>;

// The id and links of one exercise of the document, for the checks made at the end.
// Kept small: a whole core::Exercise per link would cost the memory streaming saves.
struct Link
{
    std::size_t index = 0;
    std::string id;
    std::string easier;
    std::string harder;
};

// One element of "exercises" read while the header was not known yet (a document that names its
// format and version after its exercises): kept until the end, with its duplicate-key issues.
struct PendingItem
{
    std::size_t index = 0;
    Json value;
    std::vector<FormatIssue> issues;
};

class LibraryHandler
{
public:
    LibraryHandler(const detail::TextCursor& cursor, const ExerciseTextsReceiver& receive)
        : m_cursor(cursor), m_receive(receive), m_rootDom(m_root, false)
    {}

    // --- the SAX interface (nlohmann::json_sax) ---
    bool null()
    {
        return scalar([](DomParser& dom) { return dom.null(); });
    }
    bool boolean(bool value)
    {
        return scalar([value](DomParser& dom) { return dom.boolean(value); });
    }
    bool number_integer(Json::number_integer_t value)
    {
        return scalar([value](DomParser& dom) { return dom.number_integer(value); });
    }
    bool number_unsigned(Json::number_unsigned_t value)
    {
        return scalar([value](DomParser& dom) { return dom.number_unsigned(value); });
    }
    bool number_float(Json::number_float_t value, const Json::string_t& text)
    {
        return scalar([&](DomParser& dom) { return dom.number_float(value, text); });
    }
    bool string(Json::string_t& value)
    {
        return scalar([&](DomParser& dom) { return dom.string(value); });
    }
    bool binary(Json::binary_t& value)
    {
        return scalar([&](DomParser& dom) { return dom.binary(value); });
    }

    bool start_object(std::size_t size) { return open(true, size); }
    bool start_array(std::size_t size) { return open(false, size); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(Json::string_t& value)
    {
        Step& step = m_path.back();
        step.key = value;
        if (std::find(step.keys.begin(), step.keys.end(), value) != step.keys.end()) {
            FormatIssue twice = formatIssue(pointer(), "field.duplicate", {value});
            twice.line = lineAtCursor();
            (inItem() ? m_itemIssues : m_issues).push_back(std::move(twice));
            m_failed = true;
        } else {
            step.keys.push_back(value);
        }
        if (inItem()) {
            return m_itemDom->key(value);
        }
        if (m_path.size() == 1 && value == "exercises" && !m_version && !headerReady()) {
            return false; // the header is wrong: nothing else is read (m_headerIssues says why)
        }
        return m_rootDom.key(value);
    }

    bool parse_error(std::size_t position, const std::string& token,
                     const nlohmann::detail::exception& error)
    {
        m_error = detail::ParseFailure{position, token, error.id, error.what(), pointer()};
        return false;
    }

    // --- after the parse ---
    const std::optional<detail::ParseFailure>& error() const { return m_error; }
    const std::vector<FormatIssue>& headerIssues() const { return m_headerIssues; }
    Json& root() { return m_root; }
    std::vector<FormatIssue>& issues() { return m_issues; }
    std::size_t received() const { return m_received; }

    // The header of a document whose exercises came first; then reads those exercises.
    bool finishHeader()
    {
        if (!m_version && !checkHeader()) {
            return false;
        }
        for (PendingItem& pending : m_pending) {
            m_itemIssues = std::move(pending.issues);
            readItem(pending.index, pending.value);
        }
        m_pending.clear();
        return true;
    }

    int version() const { return m_version.value_or(0); }

    // The library-wide checks: repeated ids and every easier/harder link (forward ones too),
    // together with the existing exercises whose ids the document does not reuse.
    void checkLinks(std::span<const core::ExerciseLinks> existing)
    {
        std::unordered_map<std::string, std::size_t> indexOfId;
        // Ids and links only: a whole core::Exercise each was 10 MB at 10,000 exercises.
        std::vector<core::ExerciseLinks> whole;
        whole.reserve(m_links.size() + existing.size());
        for (Link& link : m_links) {
            indexOfId[link.id] = link.index; // the last of duplicates: that is the extra
            whole.push_back({std::move(link.id), std::move(link.easier), std::move(link.harder)});
        }
        m_links = {};
        for (const core::ExerciseLinks& links : existing) {
            if (indexOfId.find(links.id) == indexOfId.end()) {
                whole.push_back(links);
            }
        }
        std::set<std::pair<std::string, std::string>> added;
        for (const core::ValidationIssue& issue : core::validateLinks(whole)) {
            std::string pointer;
            if (issue.exerciseId.empty()) {
                pointer = issue.field.empty() ? "/exercises" : "/exercises/" + issue.field;
            } else if (auto found = indexOfId.find(issue.exerciseId); found != indexOfId.end()) {
                pointer = detail::exercisePointer(found->second, issue.field);
            } else {
                continue; // about an exercise already in the library, not one in this document
            }
            if (!covered(m_formatPointers, pointer) &&
                added.emplace(pointer, issue.message).second) {
                m_issues.push_back(formatIssue(std::move(pointer), issue));
                m_issues.back().subject = issue.exerciseId;
            }
        }
    }

private:
    struct Step
    {
        bool isObject = false;
        std::size_t index = 0;
        std::string key;
        std::vector<std::string> keys; // of an object, to find repeated ones
    };

    // Inside an element of "exercises": path = root object, the list, the element ...
    bool inItem() const { return m_itemDom.has_value(); }
    bool atItemLevel() const { return m_inExercises && m_path.size() == 2 && !inItem(); }

    template <typename Event> bool scalar(Event event)
    {
        bool ok = true;
        if (atItemLevel()) {
            beginItem();
            ok = event(*m_itemDom);
            endItem();
        } else {
            ok = event(inItem() ? *m_itemDom : m_rootDom);
        }
        advance();
        return ok;
    }

    bool open(bool isObject, std::size_t size)
    {
        bool ok = true;
        if (atItemLevel()) {
            beginItem();
        }
        if (inItem()) {
            ok = isObject ? m_itemDom->start_object(size) : m_itemDom->start_array(size);
        } else {
            ok = isObject ? m_rootDom.start_object(size) : m_rootDom.start_array(size);
            // The list of exercises: its elements are read one by one, never kept in the root.
            m_inExercises = !isObject && m_path.size() == 1 && m_path.front().isObject &&
                            m_path.front().key == "exercises";
        }
        m_path.push_back({isObject, 0, {}, {}});
        return ok;
    }

    bool close()
    {
        const bool isObject = m_path.back().isObject;
        m_path.pop_back();
        bool ok = true;
        if (inItem()) {
            ok = isObject ? m_itemDom->end_object() : m_itemDom->end_array();
            if (m_path.size() == 2) {
                endItem();
            }
        } else {
            ok = isObject ? m_rootDom.end_object() : m_rootDom.end_array();
            if (m_path.size() == 1) {
                m_inExercises = false;
            }
        }
        advance();
        return ok;
    }

    // A value is complete: the next one in a list has the next index.
    void advance()
    {
        if (!m_path.empty() && !m_path.back().isObject) {
            ++m_path.back().index;
        }
    }

    std::string pointer() const
    {
        std::string out;
        for (const Step& step : m_path) {
            out +=
                "/" + (step.isObject ? detail::pointerToken(step.key) : std::to_string(step.index));
        }
        return out;
    }

    void beginItem()
    {
        m_itemIndex = m_path.back().index;
        m_item = Json();
        m_itemDom.emplace(m_item, false);
    }

    void endItem()
    {
        m_itemDom.reset();
        if (!m_version) {
            m_pending.push_back({m_itemIndex, std::move(m_item), std::move(m_itemIssues)});
            m_itemIssues.clear();
            return;
        }
        readItem(m_itemIndex, m_item);
    }

    // "format" and "version" come before "exercises" (as Glidepath writes them): the header is
    // checked now, so that the exercises can be read as they come. False when it is wrong.
    bool headerReady()
    {
        if (!m_root.is_object() || !m_root.contains("format") || !m_root.contains("version")) {
            return true; // judged at the end; the exercises wait until then
        }
        return checkHeader();
    }

    bool checkHeader()
    {
        if (!detail::checkHeader(m_root, detail::kLibraryFormat, kLibraryFormatVersion,
                                 "a Glidepath exercise library", m_headerIssues,
                                 detail::kOldestLibraryVersion)) {
            return false;
        }
        m_version = m_root.at("version").get<int>();
        return true;
    }

    // One element of "exercises": read, judged on its own, handed on when all is well so far.
    void readItem(std::size_t index, const Json& value)
    {
        std::vector<FormatIssue> local = std::move(m_itemIssues);
        m_itemIssues.clear();
        detail::ExerciseTexts texts;
        core::Exercise exercise = detail::readExercise(value, detail::exercisePointer(index, ""),
                                                       *m_version, local, texts);
        for (const FormatIssue& issue : local) {
            m_formatPointers.insert(issue.pointer);
        }
        if (value.is_object()) {
            addValidationIssues(exercise, index, local);
            m_links.push_back({index, exercise.id, exercise.easier, exercise.harder});
            if (!m_ids.insert(exercise.id).second) {
                m_failed = true; // a repeated id: reported with the links at the end
            }
        }
        if (!local.empty()) {
            for (FormatIssue& issue : local) {
                issue.subject = exercise.id;
            }
            m_failed = true;
            m_issues.insert(m_issues.end(), std::make_move_iterator(local.begin()),
                            std::make_move_iterator(local.end()));
            return;
        }
        if (!m_failed && value.is_object()) {
            m_receive(index, std::move(exercise), std::move(texts));
            ++m_received;
        }
    }

    // pointer, one of its ancestors or one of its descendants had a format problem.
    static bool covered(const std::set<std::string>& formatPointers, const std::string& pointer)
    {
        for (std::string prefix = pointer;;) {
            if (formatPointers.count(prefix) > 0) {
                return true;
            }
            const auto slash = prefix.rfind('/');
            if (slash == std::string::npos) {
                break;
            }
            prefix.resize(slash);
        }
        const auto after = formatPointers.lower_bound(pointer + "/");
        return after != formatPointers.end() && detail::encloses(pointer, *after);
    }

    // core validation of one exercise, as parseLibrary judges it: a problem already reported for
    // the same field (or a related one) by the format checks is not repeated, since those checks
    // stored defaults in place of unreadable values.
    void addValidationIssues(const core::Exercise& exercise, std::size_t index,
                             std::vector<FormatIssue>& local)
    {
        const std::vector<core::ValidationIssue> found = core::validateExercise(exercise);
        if (found.empty()) {
            return;
        }
        std::set<std::string> formatPointers;
        std::vector<std::string> unreadable;
        const std::string prefix = detail::exercisePointer(index, "") + "/";
        for (const FormatIssue& issue : local) {
            formatPointers.insert(issue.pointer);
            if (issue.pointer.compare(0, prefix.size(), prefix) == 0) {
                const std::string rest = issue.pointer.substr(prefix.size());
                unreadable.push_back(rest.substr(0, rest.find('/')));
            }
        }
        std::set<std::pair<std::string, std::string>> added;
        for (const core::ValidationIssue& issue : found) {
            std::string pointer = detail::exercisePointer(index, issue.field);
            const std::string field = issue.field.substr(0, issue.field.find('/'));
            const bool fromUnreadable =
                std::any_of(unreadable.begin(), unreadable.end(), [&](const std::string& other) {
                    return detail::related(field, other);
                });
            if (!fromUnreadable && !covered(formatPointers, pointer) &&
                added.emplace(pointer, issue.message).second) {
                local.push_back(formatIssue(std::move(pointer), issue));
            }
        }
    }

    int lineAtCursor() const { return m_cursor.line(); }

    const detail::TextCursor& m_cursor;
    const ExerciseTextsReceiver& m_receive;

    Json m_root;
    DomParser m_rootDom;
    std::vector<Step> m_path;
    bool m_inExercises = false;

    Json m_item;
    std::optional<DomParser> m_itemDom;
    std::size_t m_itemIndex = 0;
    std::vector<FormatIssue> m_itemIssues;
    std::vector<PendingItem> m_pending;

    std::optional<int> m_version;
    std::vector<FormatIssue> m_headerIssues;
    std::optional<detail::ParseFailure> m_error;
    std::vector<FormatIssue> m_issues;
    std::set<std::string> m_formatPointers;
    std::vector<Link> m_links;
    std::unordered_set<std::string> m_ids;
    bool m_failed = false;
    std::size_t m_received = 0;
};

// The text is read through cursor; wholeText gives all of it (without a byte order mark) when a
// problem needs a line or column found.
LibraryStreamSummary stream(detail::TextCursor& cursor,
                            const std::function<std::string_view()>& wholeText,
                            std::span<const core::ExerciseLinks> existing,
                            const ExerciseTextsReceiver& receive)
{
    LibraryHandler handler(cursor, receive);
    bool parsed = false;
    try {
        parsed =
            Json::sax_parse(detail::CursorIterator(&cursor), detail::CursorIterator(), &handler);
    } catch (const Json::exception& error) {
        throw FormatError(
            {{"", "could not read the document: " + detail::withoutExceptionTag(error.what()), 0,
              0}});
    }
    if (!handler.headerIssues().empty()) {
        detail::fail(wholeText(), handler.headerIssues());
    }
    if (!parsed || handler.error()) {
        if (!handler.error()) {
            throw FormatError({formatIssue("", "document.unreadable")});
        }
        throw FormatError({detail::parseFailureIssue(wholeText(), *handler.error())});
    }
    if (!handler.finishHeader()) {
        detail::fail(wholeText(), handler.headerIssues());
    }

    LibraryStreamSummary summary;
    std::vector<FormatIssue>& found = handler.issues();
    detail::ObjectReader reader(handler.root(), "", found);
    std::string format;
    int version = 0;
    reader.readString("format", format);
    reader.readInt("version", version, detail::kOldestLibraryVersion, kLibraryFormatVersion);
    reader.readInt("library_version", summary.libraryVersion, 1, INT_MAX);
    reader.readList("exercises"); // its elements were read as they came
    if (version >= 3) {
        if (const Json* templates = reader.readList("templates", detail::Presence::Optional)) {
            summary.templates = detail::readTemplates(*templates, found);
        }
    }
    reader.finish();
    handler.checkLinks(existing);
    if (!found.empty()) {
        detail::fail(wholeText(), std::move(found));
    }
    summary.exercises = handler.received();
    return summary;
}

LibraryStreamSummary stream(std::string_view json, std::span<const core::ExerciseLinks> existing,
                            const ExerciseTextsReceiver& receive)
{
    std::vector<FormatIssue> issues;
    const std::optional<std::string_view> checked = detail::checkBeforeParsing(json, issues);
    if (!checked) {
        throw FormatError(std::move(issues));
    }
    const std::string_view text = *checked;
    detail::TextCursor cursor(text);
    return stream(
        cursor, [text] { return text; }, existing, receive);
}

} // namespace

LibraryStreamSummary streamLibrary(std::string_view json,
                                   std::span<const core::ExerciseLinks> existing,
                                   const ExerciseTextsReceiver& receive)
{
    return detail::guarded([&] { return stream(json, existing, receive); });
}

LibraryStreamSummary streamLibrary(std::string_view json,
                                   std::span<const core::ExerciseLinks> existing,
                                   const ExerciseReceiver& receive)
{
    const ExerciseTextsReceiver withoutTexts = [&](std::size_t index, core::Exercise&& exercise,
                                                   detail::ExerciseTexts&&) {
        receive(index, std::move(exercise));
    };
    return streamLibrary(json, existing, withoutTexts);
}

} // namespace glidepath::io

namespace glidepath::io {

LibraryStreamSummary streamLibraryFile(const std::string& path,
                                       std::span<const core::ExerciseLinks> existing,
                                       const ExerciseTextsReceiver& receive)
{
    // Anything but a regular file within the size limit, and any file that fails the checks
    // made before parsing, is read whole: readTextFile and the checks then word the refusal.
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    std::ifstream in;
    if (!error && size <= kMaxDocumentBytes && std::filesystem::is_regular_file(path, error)) {
        in.open(path, std::ios::binary);
    }
    const int skip = in.is_open() ? detail::checkFileBeforeParsing(in, path) : -1;
    if (skip >= 0) {
        in.clear();
        in.seekg(skip);
    }
    if (skip < 0 || !in) {
        const std::string text = readTextFile(path);
        return streamLibrary(text, existing, receive);
    }
    // Only a problem needs the whole text, to find its line: the file is read again for it.
    std::string whole;
    std::string_view wholeView;
    const auto wholeText = [&]() -> std::string_view {
        try {
            whole = readTextFile(path);
        } catch (const std::exception&) {
            whole.clear(); // gone since: the problems are reported without their lines
        }
        std::vector<FormatIssue> ignored;
        wholeView = detail::checkBeforeParsing(whole, ignored).value_or(std::string_view(whole));
        return wholeView;
    };
    detail::TextCursor cursor(in, path);
    return detail::guarded([&] { return stream(cursor, wholeText, existing, receive); });
}

} // namespace glidepath::io
