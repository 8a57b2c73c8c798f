#pragma once

// Private to glidepath_io: the text a streaming reader parses, either held whole or read from a
// file a piece at a time (issue 12: a 15 MB library import held the whole file in memory), with
// the line of the parser's position counted as it goes.

#include <cstddef>
#include <fstream>
#include <iterator>
#include <string_view>
#include <vector>

namespace glidepath::io::detail {

class TextCursor
{
public:
    // The whole text, already in memory.
    explicit TextCursor(std::string_view text) : m_view(text) {}
    // The rest of a file from where in stands, read in pieces of bufferSize bytes; path names it
    // in a read error (FormatError).
    TextCursor(std::ifstream& in, std::string path, std::size_t bufferSize = std::size_t{1} << 16);

    bool atEnd() { return m_pos == m_view.size() && !refill(); }
    char current() const { return m_view[m_pos]; }
    void advance()
    {
        if (m_view[m_pos] == '\n') {
            ++m_line;
        }
        ++m_pos;
    }
    // The line (from 1) of the next character to be read.
    int line() const { return m_line; }

private:
    bool refill();

    std::string_view m_view;
    std::size_t m_pos = 0;
    int m_line = 1;
    std::ifstream* m_in = nullptr;
    std::string m_path;
    std::vector<char> m_buffer;
};

// An input iterator over a TextCursor for nlohmann's parser; the end iterator has no cursor.
class CursorIterator
{
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = char;

    explicit CursorIterator(TextCursor* cursor = nullptr) : m_cursor(cursor) {}

    char operator*() const { return m_cursor->current(); }
    CursorIterator& operator++()
    {
        m_cursor->advance();
        return *this;
    }
    CursorIterator operator++(int)
    {
        CursorIterator before = *this;
        m_cursor->advance();
        return before;
    }
    friend bool operator==(const CursorIterator& a, const CursorIterator& b)
    {
        return a.atEnd() == b.atEnd();
    }

private:
    bool atEnd() const { return m_cursor == nullptr || m_cursor->atEnd(); }

    TextCursor* m_cursor;
};

// Reads the file from where in stands to its end, a piece at a time, for the checks
// checkBeforeParsing makes (encoding, binary, blank, nesting depth; not the size). Returns the
// number of bytes of a UTF-8 byte order mark to skip, or -1 when a check fails: the caller then
// reads the file whole to report it as checkBeforeParsing does. Throws FormatError on a read error.
int checkFileBeforeParsing(std::ifstream& in, const std::string& path);

} // namespace glidepath::io::detail
