#pragma once

// Helpers shared by the storage tests: a private temporary folder per test, file bytes, a raw
// SQLite connection and one-number queries, the expected StorageError, and a small valid exercise
// to start from.

#include <glidepath/core/exercise.h>
#include <glidepath/storage/storage_error.h>

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>

namespace glidepath::test {

class TempDir
{
public:
    TempDir()
    {
        std::random_device entropy;
        const auto name = "glidepath-storage-test-" + std::to_string(::getpid()) + "-" +
                          std::to_string(entropy()) + std::to_string(entropy());
        m_path = std::filesystem::temp_directory_path() / name;
        std::filesystem::create_directories(m_path);
    }
    ~TempDir()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path file(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

inline std::string readBytes(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void writeBytes(const std::filesystem::path& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// The first column of the first row sql returns; -1 when there is no row.
inline std::int64_t queryInt(sqlite3* db, const std::string& sql)
{
    sqlite3_stmt* stmt = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK) << sql;
    std::int64_t value = -1;
    if (sqlite3_step(stmt) == SQLITE_ROW) {
        value = sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
    return value;
}

// Expects work to throw a StorageError of the given kind, and returns it.
template <typename Work>
storage::StorageError expectError(storage::StorageError::Kind kind, Work&& work)
{
    try {
        work();
    } catch (const storage::StorageError& error) {
        EXPECT_EQ(error.kind(), kind) << error.what();
        return error;
    }
    ADD_FAILURE() << "expected a StorageError";
    return storage::StorageError(storage::StorageError::Kind::Io, "none");
}

// A raw connection, as an older Glidepath release would have had: for writing old schemas and
// peeking at what the repositories stored.
class RawDb
{
public:
    explicit RawDb(const std::filesystem::path& path)
    {
        EXPECT_EQ(sqlite3_open(path.c_str(), &m_db), SQLITE_OK);
        exec("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON");
    }
    ~RawDb() { sqlite3_close(m_db); }
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;
    sqlite3* get() const { return m_db; }
    void exec(const std::string& sql)
    {
        char* error = nullptr;
        const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error);
        EXPECT_EQ(rc, SQLITE_OK) << (error ? error : "") << "\n" << sql;
        sqlite3_free(error);
    }
    std::int64_t integer(const std::string& sql) { return queryInt(m_db, sql); }

private:
    sqlite3* m_db = nullptr;
};

inline core::Exercise sampleExercise(const std::string& id, const std::string& name)
{
    using namespace core;
    Exercise e;
    e.id = id;
    e.name = name;
    e.summary = "Wakes up the side of the hip with the knee kept comfortable.";
    e.instructions = {"Lie on your side with the knees bent.", "Lift the top knee, then lower."};
    e.cues = {"Keep the pelvis still", "Move slowly"};
    e.category = Category::Activation;
    e.phaseMin = 1;
    e.phaseMax = 2;
    e.position = Position::SideLying;
    e.regions = {Region::Hip};
    e.muscles = {Muscle::GluteMed, Muscle::DeepRotators};
    e.kneeFlexion = KneeFlexion::Low;
    e.impact = Impact::None;
    e.equipment = {Equipment::Mat};
    e.laterality = Laterality::Unilateral;
    e.dose = {3, 12, 0, "2-1-3", 30};
    e.limits = {1, 3, 8, 15, 0, 0};
    return e;
}

} // namespace glidepath::test
