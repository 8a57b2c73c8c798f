#pragma once

// Private to glidepath_storage: the parts of a client profile added with the post-surgery pathway
// (schema version 6) - the surgery record and its clearances, the client's precautions and the
// hip-balance self-check. Kept apart from client_repository.cpp so each file keeps one job.

#include <glidepath/core/client.h>

#include <cstdint>
#include <vector>

namespace glidepath::storage::detail {

class Session;

// What storage refuses in these fields (a value it could not read back, a repeated entry), named
// by their JSON spelling ("surgery/clearances/1", "precautions/0").
std::vector<core::FieldIssue> validateProfileExtras(const core::ClientProfile& profile);

// Replaces the client's stored surgery, precautions and hip-balance answers; inside the caller's
// transaction.
void writeProfileExtras(Session* db, std::int64_t clientId, const core::ClientProfile& profile);
void readProfileExtras(Session* db, std::int64_t clientId, core::ClientProfile& profile);

} // namespace glidepath::storage::detail
