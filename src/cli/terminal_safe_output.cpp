#include "terminal_safe_output.h"

namespace glidepath::cli {

TerminalSafeBuffer::~TerminalSafeBuffer()
{
    if (m_afterC2) {
        put(static_cast<char>(0xC2));
    }
    m_target->pubsync();
}

bool TerminalSafeBuffer::put(char c)
{
    return m_target->sputc(c) != traits_type::eof();
}

bool TerminalSafeBuffer::escape(unsigned code)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const char text[] = {'\\', 'u', '0', '0', kHex[(code >> 4) & 0xF], kHex[code & 0xF]};
    return m_target->sputn(text, sizeof text) == static_cast<std::streamsize>(sizeof text);
}

TerminalSafeBuffer::int_type TerminalSafeBuffer::overflow(int_type ch)
{
    if (traits_type::eq_int_type(ch, traits_type::eof())) {
        return traits_type::not_eof(ch);
    }
    const auto byte = static_cast<unsigned char>(traits_type::to_char_type(ch));
    bool ok = true;
    if (m_afterC2) {
        m_afterC2 = false;
        if (byte >= 0x80 && byte <= 0x9F) {
            return escape(byte) ? ch : traits_type::eof();
        }
        ok = put(static_cast<char>(0xC2));
    }
    if (byte == 0xC2) {
        m_afterC2 = true;
    } else if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7F) {
        ok = ok && escape(byte);
    } else {
        ok = ok && put(static_cast<char>(byte));
    }
    return ok ? ch : traits_type::eof();
}

int TerminalSafeBuffer::sync()
{
    return m_target->pubsync();
}

TerminalSafeStream::TerminalSafeStream(std::ostream& stream)
    : m_stream(stream), m_original(stream.rdbuf()), m_buffer(m_original)
{
    m_stream.rdbuf(&m_buffer);
}

TerminalSafeStream::~TerminalSafeStream()
{
    m_stream.flush();
    m_stream.rdbuf(m_original);
}

} // namespace glidepath::cli
