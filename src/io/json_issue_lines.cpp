// The one linear pass over a valid document's text that finds the line of each pointer an issue
// names and the keys that repeat within an object.

#include "json_reader.h"
#include "json_text.h"

#include <algorithm>
#include <climits>
#include <functional>
#include <unordered_map>
#include <unordered_set>

namespace glidepath::io::detail {

namespace {

using Json = nlohmann::json;

// Walks syntactically valid JSON once, keeping the pointer of the current value in one string
// that grows and shrinks as the walk goes, so the whole walk is linear in the text. For each
// value it calls onValue(pointer, line), and for each key that repeats within its object
// onDuplicate(pointer, line). It is iterative and stops quietly on anything unexpected rather
// than trusting its input.
class JsonWalker
{
public:
    using Callback = std::function<void(const std::string& pointer, int line)>;

    JsonWalker(std::string_view text, Callback onValue, Callback onDuplicate)
        : m_text(withoutBom(text)), m_onValue(std::move(onValue)),
          m_onDuplicate(std::move(onDuplicate))
    {}

    void run()
    {
        bool needValue = true;
        while (true) {
            skipSpace();
            if (needValue) {
                if (m_onValue) {
                    m_onValue(m_pointer, m_line);
                }
                const char c = peek();
                if (c == '{' || c == '[') {
                    ++m_pos;
                    m_stack.push_back(Frame{c == '{', 0, m_pointer.size(), {}});
                    skipSpace();
                    if (peek() == (c == '{' ? '}' : ']')) {
                        ++m_pos;
                        m_stack.pop_back();
                        needValue = false;
                    } else if (c == '{') {
                        if (!readKey()) {
                            return;
                        }
                    } else {
                        enterIndex(0);
                    }
                } else if (c == '"') {
                    if (!skipString()) {
                        return;
                    }
                    needValue = false;
                } else if (c == '\0') {
                    return;
                } else {
                    skipScalar();
                    needValue = false;
                }
                continue;
            }
            if (m_stack.empty()) {
                return;
            }
            const char c = peek();
            Frame& frame = m_stack.back();
            if (c == ',') {
                ++m_pos;
                if (frame.isObject) {
                    if (!readKey()) {
                        return;
                    }
                } else {
                    enterIndex(++frame.index);
                }
                needValue = true;
            } else if (c == '}' || c == ']') {
                ++m_pos;
                m_pointer.resize(frame.pointerSize);
                m_stack.pop_back();
            } else {
                return;
            }
        }
    }

private:
    struct Frame
    {
        bool isObject = false;
        std::size_t index = 0;
        std::size_t pointerSize = 0;          // length of the container's own pointer
        std::unordered_set<std::string> keys; // seen so far in this object
    };

    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '\n') {
                ++m_line;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            ++m_pos;
        }
    }

    // Leaves m_pos after the closing quote; returns the raw text between the quotes.
    bool skipString(std::string_view* raw = nullptr)
    {
        const std::size_t start = ++m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '\\') {
                m_pos += 2;
                continue;
            }
            if (c == '"') {
                if (raw != nullptr) {
                    *raw = m_text.substr(start, m_pos - start);
                }
                ++m_pos;
                return true;
            }
            ++m_pos;
        }
        return false;
    }

    void skipScalar()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' ||
                c == '\r') {
                return;
            }
            ++m_pos;
        }
    }

    void enterIndex(std::size_t index)
    {
        m_pointer.resize(m_stack.back().pointerSize);
        m_pointer += '/';
        m_pointer += std::to_string(index);
    }

    bool readKey()
    {
        skipSpace();
        if (peek() != '"') {
            return false;
        }
        std::string_view raw;
        if (!skipString(&raw)) {
            return false;
        }
        std::string key(raw);
        if (raw.find('\\') != std::string_view::npos) {
            // Rare: let the real parser decode the escapes.
            try {
                key = Json::parse("\"" + std::string(raw) + "\"").get<std::string>();
            } catch (const Json::exception&) {
                return false;
            }
        }
        Frame& frame = m_stack.back();
        m_pointer.resize(frame.pointerSize);
        m_pointer += '/';
        m_pointer += pointerToken(key);
        if (!frame.keys.insert(std::move(key)).second && m_onDuplicate) {
            m_onDuplicate(m_pointer, m_line);
        }
        skipSpace();
        if (peek() != ':') {
            return false;
        }
        ++m_pos;
        return true;
    }

    std::string_view m_text;
    Callback m_onValue;
    Callback m_onDuplicate;
    std::size_t m_pos = 0;
    int m_line = 1;
    std::vector<Frame> m_stack;
    std::string m_pointer;
};

std::string lastToken(const std::string& pointer)
{
    const auto slash = pointer.rfind('/');
    std::string token = slash == std::string::npos ? pointer : pointer.substr(slash + 1);
    // Undo the RFC 6901 escaping for the message.
    std::string plain;
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size()) {
            plain += token[i + 1] == '1' ? '/' : '~';
            ++i;
        } else {
            plain += token[i];
        }
    }
    return plain;
}

} // namespace

void locateIssues(std::string_view text, std::vector<FormatIssue>& issues)
{
    // Only the pointers asked about (and their parents, for fields that are missing) are kept.
    std::unordered_map<std::string, int> lines;
    for (const FormatIssue& issue : issues) {
        if (issue.line != 0 || issue.pointer.empty()) {
            continue;
        }
        for (std::string pointer = issue.pointer;;) {
            lines.emplace(pointer, 0);
            const auto slash = pointer.rfind('/');
            if (slash == std::string::npos) {
                break;
            }
            pointer.resize(slash);
        }
    }
    if (lines.empty()) {
        return;
    }
    JsonWalker walker(text,
                      [&](const std::string& pointer, int line) {
                          if (auto found = lines.find(pointer);
                              found != lines.end() && found->second == 0) {
                              found->second = line;
                          }
                      },
                      {});
    walker.run();
    for (FormatIssue& issue : issues) {
        if (issue.line != 0 || issue.pointer.empty()) {
            continue;
        }
        // A missing field has no line of its own: use the object that should hold it.
        std::string pointer = issue.pointer;
        while (true) {
            if (auto found = lines.find(pointer); found != lines.end() && found->second != 0) {
                issue.line = found->second;
                break;
            }
            const auto slash = pointer.rfind('/');
            if (slash == std::string::npos) {
                break;
            }
            pointer.resize(slash);
        }
    }
}

std::vector<FormatIssue> duplicateKeys(std::string_view text)
{
    std::vector<FormatIssue> issues;
    JsonWalker walker(text, {}, [&](const std::string& pointer, int line) {
        FormatIssue issue = formatIssue(pointer, "field.duplicate", {lastToken(pointer)});
        issue.line = line;
        issues.push_back(std::move(issue));
    });
    walker.run();
    return issues;
}

void sortByLine(std::vector<FormatIssue>& issues)
{
    // Document order reads best; issues without a line (rare) keep their place at the end.
    std::stable_sort(issues.begin(), issues.end(), [](const FormatIssue& a, const FormatIssue& b) {
        return (a.line == 0 ? INT_MAX : a.line) < (b.line == 0 ? INT_MAX : b.line);
    });
}

void fail(std::string_view text, std::vector<FormatIssue> issues)
{
    locateIssues(text, issues);
    sortByLine(issues);
    throw FormatError(std::move(issues));
}

} // namespace glidepath::io::detail
