#pragma once

// Helpers shared by the storage tests: a private temporary folder per test, file bytes, and a
// small valid exercise to start from.

#include <glidepath/core/exercise.h>

#include <unistd.h>

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
