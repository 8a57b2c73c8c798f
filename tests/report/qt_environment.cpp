// Every report test needs a QGuiApplication (fonts come from it). gtest_main owns main(), so the
// application is created by a global test environment registered at static-initialisation time.

#include <QGuiApplication>

#include <gtest/gtest.h>

#include <memory>

namespace {

class QtGuiEnvironment : public ::testing::Environment
{
public:
    void SetUp() override
    {
        // Headless by default; a caller's explicit platform choice wins.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        m_app = std::make_unique<QGuiApplication>(m_argc, m_argv);
    }
    void TearDown() override { m_app.reset(); }

private:
    int m_argc = 1;
    char m_name[13] = "report_tests";
    char* m_argv[2] = {m_name, nullptr};
    std::unique_ptr<QGuiApplication> m_app;
};

[[maybe_unused]] ::testing::Environment* const environment =
    ::testing::AddGlobalTestEnvironment(new QtGuiEnvironment);

} // namespace
