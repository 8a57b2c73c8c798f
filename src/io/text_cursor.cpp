#include "text_cursor.h"

#include "json_reader.h"

#include <glidepath/io/format_error.h>

#include <cerrno>
#include <cstring>

namespace glidepath::io::detail {

namespace {

[[noreturn]] void throwReadError(const std::string& path, int error)
{
    throw FormatError({{"", "could not read " + path + ": " + std::strerror(error), 0, 0}});
}

} // namespace

TextCursor::TextCursor(std::ifstream& in, std::string path, std::size_t bufferSize)
    : m_in(&in), m_path(std::move(path)), m_buffer(bufferSize)
{}

bool TextCursor::refill()
{
    if (m_in == nullptr || !*m_in) {
        return false;
    }
    m_in->read(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
    if (m_in->bad()) {
        throwReadError(m_path, errno);
    }
    m_view = std::string_view(m_buffer.data(), static_cast<std::size_t>(m_in->gcount()));
    m_pos = 0;
    return !m_view.empty();
}

int checkFileBeforeParsing(std::ifstream& in, const std::string& path)
{
    char first[4] = {};
    in.read(first, sizeof first);
    if (in.bad()) {
        throwReadError(path, errno);
    }
    const std::string_view head(first, static_cast<std::size_t>(in.gcount()));
    if (otherEncoding(head)) {
        return -1;
    }
    const int bom = head.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    // checkBeforeParsing's blank and depth checks over the text after the mark, their state kept
    // from piece to piece.
    bool blank = true;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    const auto scan = [&](std::string_view piece) {
        for (const char c : piece) {
            if (c == '\0') {
                return false; // not text: read whole, checkBeforeParsing says what it is
            }
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                blank = false;
            }
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > kMaxNestingDepth) {
                    return false;
                }
            } else if (c == '}' || c == ']') {
                --depth;
            }
        }
        return true;
    };
    if (!scan(head.substr(static_cast<std::size_t>(bom)))) {
        return -1;
    }
    std::vector<char> buffer(std::size_t{1} << 16);
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        if (in.bad()) {
            throwReadError(path, errno);
        }
        if (!scan(std::string_view(buffer.data(), static_cast<std::size_t>(in.gcount())))) {
            return -1;
        }
    }
    return blank ? -1 : bom;
}

} // namespace glidepath::io::detail
