#include <glidepath/storage/server_login.h>

namespace glidepath::storage {

std::vector<std::pair<std::string, std::string>> libpqSettings(const ServerLogin& login)
{
    std::vector<std::pair<std::string, std::string>> settings;
    const auto add = [&](const char* key, const std::string& value) {
        if (!value.empty()) {
            settings.emplace_back(key, value);
        }
    };
    add("user", login.url.user);
    add("host", login.url.host);
    add("port", login.url.port);
    add("dbname", login.url.database);
    for (const auto& parameter : login.url.parameters) {
        settings.push_back(parameter);
    }
    add("password", login.password);
    settings.emplace_back("fallback_application_name", "Glidepath");
    // The client's text is UTF-8 whatever the locale, as SQLite's is.
    settings.emplace_back("client_encoding", "UTF8");
    return settings;
}

} // namespace glidepath::storage
