#pragma once

// Shared by the whole-process benchmarks (cli_bench, startup_bench): run a program as a child
// with its output discarded and read its wall time, CPU time and peak memory from wait4; and a
// temporary folder for their databases, removed at exit.

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <string>
#include <system_error>
#include <vector>

extern char** environ;

namespace glidepath::bench {

struct ChildUsage
{
    double wallMs = 0;
    double cpuMs = 0;
    double peakMiB = 0;
};

// env: "NAME=value" entries for the child; empty means this process's environment.
inline ChildUsage runChild(const std::vector<std::string>& args, std::vector<std::string> env = {})
{
    std::vector<char*> argv;
    for (const auto& arg : args) {
        argv.push_back(const_cast<char*>(arg.c_str()));
    }
    argv.push_back(nullptr);
    std::vector<char*> envp;
    for (auto& entry : env) {
        envp.push_back(entry.data());
    }
    envp.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), env.empty() ? environ : envp.data());
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    const auto end = std::chrono::steady_clock::now();
    const auto ms = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3;
    };
    return {std::chrono::duration<double, std::milli>(end - start).count(),
            ms(usage.ru_utime) + ms(usage.ru_stime), static_cast<double>(usage.ru_maxrss) / 1024};
}

// A folder under the system's temporary folder, made on first use and removed with its content.
class TempFolder
{
public:
    explicit TempFolder(std::string prefix) : m_prefix(std::move(prefix)) {}
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    ~TempFolder()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_dir, ignored);
    }

    const std::filesystem::path& dir()
    {
        if (m_dir.empty()) {
            std::random_device entropy;
            m_dir = std::filesystem::temp_directory_path() /
                    (m_prefix + std::to_string(::getpid()) + "-" + std::to_string(entropy()));
            std::filesystem::create_directories(m_dir);
        }
        return m_dir;
    }

private:
    std::string m_prefix;
    std::filesystem::path m_dir;
};

} // namespace glidepath::bench
