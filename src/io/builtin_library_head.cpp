// Reads one top-level value from the head of an embedded library file and stops there, so that
// start-up does not parse (and keep) the whole built-in library just to compare its version.

#include <glidepath/io/builtin_data.h>
#include <glidepath/io/library_format.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace glidepath::io {

namespace {

// A SAX handler that stops the parse at the first top-level member named `wanted`.
class TopLevelValue : public nlohmann::json::json_sax_t
{
public:
    explicit TopLevelValue(std::string wanted) : m_wanted(std::move(wanted)) {}

    std::optional<long long> number;
    std::optional<std::string> text;

    bool null() override { return scalar(); }
    bool boolean(bool) override { return scalar(); }
    bool number_integer(number_integer_t value) override
    {
        if (m_take) {
            number = value;
        }
        return scalar();
    }
    bool number_unsigned(number_unsigned_t value) override
    {
        if (m_take) {
            number = static_cast<long long>(value);
        }
        return scalar();
    }
    bool number_float(number_float_t, const string_t&) override { return scalar(); }
    bool string(string_t& value) override
    {
        if (m_take) {
            text = value;
        }
        return scalar();
    }
    bool binary(binary_t&) override { return scalar(); }
    bool start_object(std::size_t) override { return open(); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(); }
    bool end_array() override { return close(); }
    bool key(string_t& name) override
    {
        m_take = m_depth == 1 && name == m_wanted;
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::json::exception&) override
    {
        return false;
    }

private:
    // Returning false ends the parse: the wanted value has been read.
    bool scalar() { return !m_take; }
    bool open()
    {
        if (m_take) {
            return false; // the wanted member is not a scalar
        }
        ++m_depth;
        return true;
    }
    bool close()
    {
        --m_depth;
        return true;
    }

    std::string m_wanted;
    int m_depth = 0;
    bool m_take = false;
};

TopLevelValue read(std::string_view json, const char* name)
{
    TopLevelValue value(name);
    nlohmann::json::sax_parse(json.begin(), json.end(), &value);
    return value;
}

} // namespace

int builtinLibraryVersion()
{
    static const int version = [] {
        const TopLevelValue value = read(builtinLibraryJson(), "library_version");
        // The file is ours and checked by the tests; a missing version means "parse it".
        return value.number ? static_cast<int>(*value.number) : builtinLibrary().libraryVersion;
    }();
    return version;
}

bool builtinLibraryHasTexts(std::string_view language)
{
    for (std::string_view json : builtinLibraryTextJson()) {
        const TopLevelValue value = read(json, "language");
        if (value.text && *value.text == language) {
            return true;
        }
    }
    return false;
}

} // namespace glidepath::io
