#pragma once

// Private to glidepath_storage: the SQL of each schema step, kept apart from the runner
// (migrations.cpp) because it is most of the schema's text and is never edited once released.
// migration_sql_v1_v3.cpp holds the first schema (library, clients, tracking),
// migration_sql_v4_v16.cpp the steps added since.

#include <string_view>

namespace glidepath::storage::detail::migration_sql {

extern const std::string_view kVersion1;
extern const std::string_view kVersion2;
extern const std::string_view kVersion3;
extern const std::string_view kVersion4;
extern const std::string_view kVersion5;
extern const std::string_view kVersion6;
extern const std::string_view kVersion7;
extern const std::string_view kVersion8;
extern const std::string_view kVersion9;
extern const std::string_view kVersion10;
extern const std::string_view kVersion11;
extern const std::string_view kVersion12;
extern const std::string_view kVersion13;
extern const std::string_view kVersion14;
extern const std::string_view kVersion15;
extern const std::string_view kVersion16;

} // namespace glidepath::storage::detail::migration_sql
