#pragma once

// Data shown by the CLI (names, notes, file names, values quoted in errors) may hold control
// characters; written raw they would move the cursor, recolour or clear the user's terminal.

#include <ostream>
#include <streambuf>

namespace glidepath::cli {

// Passes text through to target, writing every control character except line feed and tab as a
// visible escape: U+001B as "\u001b", the C1 character U+009B (UTF-8 C2 9B) as "\u009b".
class TerminalSafeBuffer final : public std::streambuf
{
public:
    explicit TerminalSafeBuffer(std::streambuf* target) : m_target(target) {}
    ~TerminalSafeBuffer() override;
    TerminalSafeBuffer(const TerminalSafeBuffer&) = delete;
    TerminalSafeBuffer& operator=(const TerminalSafeBuffer&) = delete;

protected:
    int_type overflow(int_type ch) override;
    int sync() override;

private:
    bool put(char c);
    bool escape(unsigned code);

    std::streambuf* m_target;
    bool m_afterC2 = false; // the last byte was 0xC2, the lead byte of U+0080-U+00BF
};

// Routes stream through a TerminalSafeBuffer for as long as it lives.
class TerminalSafeStream
{
public:
    explicit TerminalSafeStream(std::ostream& stream);
    ~TerminalSafeStream();
    TerminalSafeStream(const TerminalSafeStream&) = delete;
    TerminalSafeStream& operator=(const TerminalSafeStream&) = delete;

private:
    std::ostream& m_stream;
    std::streambuf* m_original;
    TerminalSafeBuffer m_buffer;
};

} // namespace glidepath::cli
