#pragma once

// A CLI test in a folder of its own: its own database (made on first use), HOME and data folder
// there, GLIDEPATH_DB unset, so nothing of the machine's or another test's leaks in.

#include "support/process_runner.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace glidepath::test {

class CliFolderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        m_dir = std::filesystem::temp_directory_path() /
                ("glidepath-cli-test-" + std::to_string(::getpid()) + "-" +
                 info->test_suite_name() + "-" + info->name());
        std::filesystem::remove_all(m_dir);
        std::filesystem::create_directories(m_dir);
        m_db = m_dir / "test.db";
    }
    void TearDown() override { std::filesystem::remove_all(m_dir); }

    ProcessResult run(std::vector<std::string> args) const
    {
        args.insert(args.begin(), {"--database", m_db.string(), "--create"});
        return runProcess(GLIDEPATH_CLI_PATH, args,
                          {{"GLIDEPATH_DB", std::nullopt},
                           {"HOME", m_dir.string()},
                           {"XDG_DATA_HOME", (m_dir / "xdg").string()}});
    }

    std::string writeFile(const std::string& name, const std::string& text) const
    {
        const std::filesystem::path path = m_dir / name;
        std::ofstream(path, std::ios::binary) << text;
        return path.string();
    }

    std::filesystem::path m_dir;
    std::filesystem::path m_db;
};

} // namespace glidepath::test
