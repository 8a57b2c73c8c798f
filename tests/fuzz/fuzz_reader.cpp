// libFuzzer entry point for one JSON reader, chosen at build time. Any input must end in a
// document or a FormatError: a crash, a sanitizer report, another exception (such as nlohmann's
// own) or a hang fails the run.

#include <glidepath/io/format_error.h>
#include <glidepath/io/library_format.h>
#include <glidepath/io/plan_format.h>
#include <glidepath/io/rules_format.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
#if defined(GLIDEPATH_FUZZ_READER_library)
        (void)glidepath::io::parseLibrary(text);
#elif defined(GLIDEPATH_FUZZ_READER_plan_request)
        (void)glidepath::io::parsePlanRequest(text);
#elif defined(GLIDEPATH_FUZZ_READER_plan)
        (void)glidepath::io::parsePlan(text);
#elif defined(GLIDEPATH_FUZZ_READER_rules)
        (void)glidepath::io::parseRules(text);
#else
#error "no reader chosen"
#endif
    } catch (const glidepath::io::FormatError&) {
        // The expected answer to a bad document.
    }
    return 0;
}
