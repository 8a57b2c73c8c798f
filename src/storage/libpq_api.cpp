#include "libpq_api.h"

#include <glidepath/storage/storage_error.h>

#include <dlfcn.h>

#include <atomic>
#include <mutex>
#include <string>

namespace glidepath::storage::detail {

namespace {

// libpq's soname has been libpq.so.5 since PostgreSQL 8.3; Debian ships it as libpq5.
constexpr const char* kLibraryName = "libpq.so.5";

std::mutex& loadMutex()
{
    static std::mutex mutex;
    return mutex;
}

Libpq& table()
{
    static Libpq functions;
    return functions;
}

std::atomic<bool>& loaded()
{
    static std::atomic<bool> flag{false};
    return flag;
}

[[noreturn]] void fail(const std::string& why)
{
    throw ServerError(StorageError::Kind::Io,
                      "A clinic server needs the PostgreSQL client library (libpq, Debian package "
                      "libpq5), which could not be loaded: " +
                          why,
                      "");
}

} // namespace

const Libpq& libpq()
{
    if (loaded().load(std::memory_order_acquire)) {
        return table();
    }
    const std::lock_guard lock(loadMutex());
    if (loaded().load(std::memory_order_relaxed)) {
        return table();
    }
    // RTLD_LOCAL: its symbols stay out of the global namespace, so nothing else binds to them by
    // accident. The handle is never closed: connections and results live until exit.
    void* handle = dlopen(kLibraryName, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char* error = dlerror();
        fail(error ? error : kLibraryName);
    }
    Libpq functions;
#define GLIDEPATH_LIBPQ_RESOLVE(name)                                                              \
    functions.name = reinterpret_cast<decltype(functions.name)>(dlsym(handle, #name));             \
    if (!functions.name) {                                                                         \
        fail(std::string(kLibraryName) + " has no " #name);                                        \
    }
    GLIDEPATH_LIBPQ_FUNCTIONS(GLIDEPATH_LIBPQ_RESOLVE)
#undef GLIDEPATH_LIBPQ_RESOLVE
    table() = functions;
    loaded().store(true, std::memory_order_release);
    return table();
}

bool libpqLoaded()
{
    return loaded().load(std::memory_order_acquire);
}

} // namespace glidepath::storage::detail
