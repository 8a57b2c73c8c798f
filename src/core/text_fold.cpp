#include <glidepath/core/text_fold.h>

#include <cstdint>

namespace glidepath::core {

namespace {

// Base letters of U+00C0..U+00FF; '\0' marks a code point handled on its own (ligatures, the
// signs × and ÷, thorn and sharp s).
constexpr std::string_view kLatin1 = std::string_view("aaaaaa\0ceeeeiiii"
                                                      "dnooooo\0ouuuuy\0\0"
                                                      "aaaaaa\0ceeeeiiii"
                                                      "dnooooo\0ouuuuy\0y",
                                                      64);

// Base letters of Latin Extended-A, U+0100..U+017F (the ligatures IJ and OE are handled apart).
constexpr std::string_view kLatinExtendedA = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii"
                                             "iijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssss"
                                             "ttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(kLatinExtendedA.size() == 0x80);

void appendUtf8(std::string& out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Appends the folded form of one code point.
void appendFolded(std::string& out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp);
        return;
    }
    if (cp >= 0xC0 && cp <= 0xFF) {
        const char base = kLatin1[cp - 0xC0];
        if (base != '\0') {
            out += base;
            return;
        }
        switch (cp) {
        case 0xC6:
        case 0xE6:
            out += "ae";
            return;
        case 0xDE:
        case 0xFE:
            out += "th";
            return;
        case 0xDF:
            out += "ss";
            return;
        default:
            appendUtf8(out, cp); // the signs × and ÷
            return;
        }
    }
    if (cp >= 0x100 && cp <= 0x17F) {
        if (cp == 0x132 || cp == 0x133) {
            out += "ij";
        } else if (cp == 0x152 || cp == 0x153) {
            out += "oe";
        } else {
            out += kLatinExtendedA[cp - 0x100];
        }
        return;
    }
    if (cp >= 0x300 && cp <= 0x36F) {
        return; // a combining accent: the letter before it already stands for both
    }
    if ((cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) || (cp >= 0x410 && cp <= 0x42F)) {
        appendUtf8(out, cp + 0x20); // Greek and Cyrillic capitals
        return;
    }
    if (cp >= 0x400 && cp <= 0x40F) {
        appendUtf8(out, cp + 0x50);
        return;
    }
    appendUtf8(out, cp);
}

} // namespace

Utf8Char decodeUtf8At(std::string_view text, std::size_t i)
{
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    std::uint32_t cp = 0;
    if (lead < 0x80) {
        length = 1;
        cp = lead;
    } else if ((lead & 0xE0) == 0xC0) {
        length = 2;
        cp = lead & 0x1Fu;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        cp = lead & 0x0Fu;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        cp = lead & 0x07u;
    }
    bool valid = length > 0 && i + length <= text.size();
    for (std::size_t k = 1; valid && k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[i + k]);
        valid = (next & 0xC0) == 0x80;
        cp = (cp << 6) | (next & 0x3Fu);
    }
    return valid ? Utf8Char{cp, length} : Utf8Char{0, 0};
}

std::string foldForSorting(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool pendingSpace = false;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto [cp, length] = decodeUtf8At(text, i);
        if (length == 0) {
            ++i;
            continue;
        }
        i += length;
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) {
            out += ' ';
            pendingSpace = false;
        }
        appendFolded(out, cp);
    }
    return out;
}

} // namespace glidepath::core
