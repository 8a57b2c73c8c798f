#include <glidepath/storage/server_url.h>
#include <glidepath/storage/storage_error.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

namespace glidepath::storage {

namespace {

constexpr std::array<std::string_view, 2> kSchemes{"postgresql://", "postgres://"};

// The parameters libpq takes that a desk may need; anything else is more likely a typo than a
// wish, and libpq's own complaint would not say which URL it came from.
constexpr std::array<std::string_view, 14> kKnownParameters{"sslmode",
                                                            "sslrootcert",
                                                            "sslcert",
                                                            "sslkey",
                                                            "sslcrl",
                                                            "sslcompression",
                                                            "connect_timeout",
                                                            "application_name",
                                                            "host",
                                                            "port",
                                                            "target_session_attrs",
                                                            "passfile",
                                                            "gssencmode",
                                                            "keepalives"};

constexpr std::array<std::string_view, 6> kSslModes{"disable", "allow",     "prefer",
                                                    "require", "verify-ca", "verify-full"};

// The text without its query string (it may hold key file paths) and without a password.
std::string withoutSecrets(std::string_view text)
{
    std::string shown(text.substr(0, text.find('?')));
    const auto start = shown.find("://");
    const auto at = shown.rfind('@');
    if (start != std::string::npos && at != std::string::npos && at > start) {
        const auto colon = shown.find(':', start + 3);
        if (colon < at) {
            shown.erase(colon, at - colon);
        }
    }
    return shown;
}

[[noreturn]] void invalid(std::string_view text, const std::string& why)
{
    throw StorageError(StorageError::Kind::Invalid,
                       "the clinic server address \"" + withoutSecrets(text) + "\" " + why);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower >= 'a' && lower <= 'f') {
        return lower - 'a' + 10;
    }
    return -1;
}

std::string decode(std::string_view text, std::string_view part, std::string_view whole)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out += text[i];
            continue;
        }
        const int high = i + 2 < text.size() ? hexValue(text[i + 1]) : -1;
        const int low = i + 2 < text.size() ? hexValue(text[i + 2]) : -1;
        if (high < 0 || low < 0) {
            invalid(whole, "has a broken %-escape in its " + std::string(part));
        }
        out += static_cast<char>(high * 16 + low);
        i += 2;
    }
    if (out.find('\0') != std::string::npos) {
        invalid(whole, "has a NUL character in its " + std::string(part));
    }
    return out;
}

std::string encode(std::string_view text, bool keepSlash = false)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || c == '-' || c == '.' || c == '_' || c == '~' ||
            (keepSlash && c == '/')) {
            out += c;
        } else {
            out += '%';
            out += kHex[u >> 4];
            out += kHex[u & 0x0F];
        }
    }
    return out;
}

bool startsWithNoCase(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() &&
           std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) ==
                      std::tolower(static_cast<unsigned char>(b));
           });
}

void checkPort(std::string_view port, std::string_view whole)
{
    int value = 0;
    const auto [end, error] = std::from_chars(port.data(), port.data() + port.size(), value);
    if (port.empty() || error != std::errc() || end != port.data() + port.size() || value < 1 ||
        value > 65535) {
        invalid(whole, "has the port \"" + std::string(port) +
                           "\"; a port is a number from 1 to "
                           "65535");
    }
}

} // namespace

std::string ServerUrl::parameter(std::string_view key) const
{
    for (const auto& [name, value] : parameters) {
        if (name == key) {
            return value;
        }
    }
    return {};
}

std::string ServerUrl::toString() const
{
    std::string out = "postgresql://";
    if (!user.empty()) {
        out += encode(user) + "@";
    }
    if (host.find(':') != std::string::npos && host.front() != '/') {
        out += "[" + host + "]"; // an IPv6 address
    } else {
        out += encode(host);
    }
    if (!port.empty()) {
        out += ":" + port;
    }
    out += "/" + encode(database);
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        out += (i == 0 ? "?" : "&") + encode(parameters[i].first) + "=" +
               encode(parameters[i].second, true);
    }
    return out;
}

ServerUrl ServerUrl::withDatabase(std::string name) const
{
    ServerUrl copy = *this;
    copy.database = std::move(name);
    return copy;
}

bool isServerUrl(std::string_view text)
{
    return std::any_of(kSchemes.begin(), kSchemes.end(),
                       [&](std::string_view scheme) { return startsWithNoCase(text, scheme); });
}

std::string shownServerAddress(std::string_view text)
{
    try {
        return parseServerUrl(text).toString();
    } catch (const StorageError&) {
        return withoutSecrets(text);
    }
}

ServerUrl parseServerUrl(std::string_view text)
{
    const auto scheme = std::find_if(kSchemes.begin(), kSchemes.end(),
                                     [&](std::string_view s) { return startsWithNoCase(text, s); });
    if (scheme == kSchemes.end()) {
        invalid(text, "does not start with postgresql:// or postgres://");
    }
    if (text.find('#') != std::string_view::npos) {
        invalid(text, "has a #fragment, which a server address cannot have");
    }
    std::string_view rest = text.substr(scheme->size());
    std::string_view query;
    if (const auto mark = rest.find('?'); mark != std::string_view::npos) {
        query = rest.substr(mark + 1);
        rest = rest.substr(0, mark);
    }
    std::string_view authority = rest;
    std::string_view path;
    if (const auto slash = rest.find('/'); slash != std::string_view::npos) {
        authority = rest.substr(0, slash);
        path = rest.substr(slash + 1);
    }

    ServerUrl url;
    if (const auto at = authority.rfind('@'); at != std::string_view::npos) {
        const std::string_view userInfo = authority.substr(0, at);
        if (userInfo.find(':') != std::string_view::npos) {
            invalid(text, "holds a password; Glidepath never keeps passwords in addresses or "
                          "settings: put it in ~/.pgpass (or the file PGPASSFILE names) instead");
        }
        url.user = decode(userInfo, "user name", text);
        authority = authority.substr(at + 1);
    }
    if (authority.find(',') != std::string_view::npos) {
        invalid(text, "names several hosts; give one server");
    }
    if (!authority.empty() && authority.front() == '[') {
        const auto close = authority.find(']');
        if (close == std::string_view::npos) {
            invalid(text, "has an IPv6 address without its closing ]");
        }
        url.host = std::string(authority.substr(1, close - 1));
        authority = authority.substr(close + 1);
        if (!authority.empty()) {
            if (authority.front() != ':') {
                invalid(text, "has text after its IPv6 address");
            }
            url.port = std::string(authority.substr(1));
            checkPort(url.port, text);
        }
    } else {
        const auto colon = authority.find(':');
        url.host = decode(authority.substr(0, colon), "host", text);
        if (colon != std::string_view::npos) {
            url.port = std::string(authority.substr(colon + 1));
            checkPort(url.port, text);
        }
    }
    if (path.find('/') != std::string_view::npos) {
        invalid(text, "has a \"/\" in its database name");
    }
    url.database = decode(path, "database name", text);

    while (!query.empty()) {
        const auto amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        if (pair.empty()) {
            continue;
        }
        const auto equals = pair.find('=');
        if (equals == std::string_view::npos) {
            invalid(text, "has the setting \"" + std::string(pair) + "\" without a value");
        }
        std::string key = decode(pair.substr(0, equals), "settings", text);
        std::string value = decode(pair.substr(equals + 1), "settings", text);
        if (key == "password") {
            invalid(text, "holds a password; Glidepath never keeps passwords in addresses or "
                          "settings: put it in ~/.pgpass (or the file PGPASSFILE names) instead");
        }
        if (std::find(kKnownParameters.begin(), kKnownParameters.end(), key) ==
            kKnownParameters.end()) {
            invalid(text, "has the unknown setting \"" + key + "\"");
        }
        if (key == "sslmode" &&
            std::find(kSslModes.begin(), kSslModes.end(), value) == kSslModes.end()) {
            invalid(text, "has sslmode=" + value +
                              "; it must be disable, allow, prefer, require, verify-ca or "
                              "verify-full");
        }
        if (key == "port") {
            checkPort(value, text);
        }
        url.parameters.emplace_back(std::move(key), std::move(value));
    }
    return url;
}

} // namespace glidepath::storage
