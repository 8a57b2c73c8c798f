#pragma once

// Runs a program to completion and captures what it printed, for tests of the real binaries.
// Header-only and POSIX-only: posix_spawn with stdout and stderr sent to temporary files, so a
// chatty child can never block on a full pipe.

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

extern char** environ;

namespace glidepath::test {

struct ProcessResult
{
    int exitCode = -1; // -1 when the program did not exit normally
    std::string out;
    std::string err;
};

// Environment changes for the child: a value sets the variable, nullopt removes it.
using EnvironmentChanges = std::map<std::string, std::optional<std::string>>;

namespace detail {

inline std::string readWholeFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

inline std::string makeTempFile()
{
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/glidepath-proc-XXXXXX";
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) {
        throw std::runtime_error("cannot create a temporary file for process output");
    }
    ::close(fd);
    return pattern;
}

} // namespace detail

inline ProcessResult runProcess(const std::string& program, const std::vector<std::string>& args,
                                const EnvironmentChanges& changes = {})
{
    // The programs speak the system's language: a test runs them in English unless it names
    // one, so that a German desktop running the tests gets the same results.
    EnvironmentChanges environment{{"LANGUAGE", std::nullopt},
                                   {"LC_ALL", std::nullopt},
                                   {"LC_MESSAGES", std::nullopt},
                                   {"LANG", "C.UTF-8"}};
    for (const auto& [name, value] : changes) {
        environment[name] = value;
    }
    std::vector<std::string> envStrings;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        const std::string text(*entry);
        const std::string name = text.substr(0, text.find('='));
        if (environment.count(name) == 0) {
            envStrings.push_back(text);
        }
    }
    for (const auto& [name, value] : environment) {
        if (value) {
            envStrings.push_back(name + "=" + *value);
        }
    }
    std::vector<char*> envp;
    for (std::string& entry : envStrings) {
        envp.push_back(entry.data());
    }
    envp.push_back(nullptr);

    std::vector<std::string> argStrings{program};
    argStrings.insert(argStrings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& arg : argStrings) {
        argv.push_back(arg.data());
    }
    argv.push_back(nullptr);

    const std::string outPath = detail::makeTempFile();
    const std::string errPath = detail::makeTempFile();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, outPath.c_str(), O_WRONLY | O_TRUNC,
                                     0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errPath.c_str(), O_WRONLY | O_TRUNC,
                                     0);
    pid_t pid = 0;
    const int spawned =
        posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);

    ProcessResult result;
    if (spawned != 0) {
        std::remove(outPath.c_str());
        std::remove(errPath.c_str());
        throw std::runtime_error("cannot start " + program);
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            std::remove(outPath.c_str());
            std::remove(errPath.c_str());
            throw std::runtime_error("cannot wait for " + program + ": errno " +
                                     std::to_string(errno));
        }
    }
    if (WIFEXITED(status)) {
        result.exitCode = WEXITSTATUS(status);
    }
    result.out = detail::readWholeFile(outPath);
    result.err = detail::readWholeFile(errPath);
    std::remove(outPath.c_str());
    std::remove(errPath.c_str());
    return result;
}

} // namespace glidepath::test
