#pragma once

// The set-up the tests of a client's records share on both backends (stale saves, the change
// history): dates written as ISO text, a client and a check-in with the fields those tests read,
// and the fixture they derive from.

#include "backend_fixture.h"

#include <glidepath/core/client.h>
#include <glidepath/core/date.h>
#include <glidepath/storage/client_repository.h>

#include <string>

namespace glidepath::test::records {

inline core::Date day(const char* iso)
{
    return *core::parseIsoDate(iso);
}

// A client with one condition and nothing else: enough to hang records on.
inline storage::ClientRecord client(const std::string& name,
                                    core::Condition condition = core::Condition::PatellofemoralPain)
{
    storage::ClientRecord c;
    c.profile.name = name;
    c.profile.conditions = {condition};
    return c;
}

inline core::CheckIn checkIn(const char* date, int painActivity)
{
    core::CheckIn c;
    c.date = day(date);
    c.painActivity = painActivity;
    c.adherence = 0.5;
    return c;
}

} // namespace glidepath::test::records

namespace glidepath::test {

// A client's records on the backend of the test's parameter (BackendTest's database).
class ClientRecordTest : public BackendTest
{};

} // namespace glidepath::test
