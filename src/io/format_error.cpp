#include <glidepath/io/format_error.h>

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace glidepath::io {

namespace {

std::string summarise(const std::vector<FormatIssue>& issues)
{
    if (issues.empty()) {
        return "invalid document";
    }
    std::string text = describe(issues.front());
    if (issues.size() > 1) {
        text += " (and " + std::to_string(issues.size() - 1) + " more problem" +
                (issues.size() == 2 ? "" : "s") + ")";
    }
    return text;
}

std::string systemReason(int error)
{
    return std::generic_category().message(error);
}

} // namespace

FormatError::FormatError(std::vector<FormatIssue> issues)
    : std::runtime_error(summarise(issues)), m_issues(std::move(issues))
{}

std::string describe(const FormatIssue& issue)
{
    std::string text;
    if (!issue.pointer.empty()) {
        text = issue.pointer + ": " + issue.message;
        if (issue.line > 0) {
            text += " (line " + std::to_string(issue.line) + ")";
        }
        return text;
    }
    if (issue.line > 0) {
        text = "line " + std::to_string(issue.line);
        if (issue.column > 0) {
            text += ", column " + std::to_string(issue.column);
        }
        return text + ": " + issue.message;
    }
    return issue.message;
}

std::string readTextFile(const std::string& path)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        throw std::runtime_error("cannot read " + path + ": it is a folder, not a file");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw std::runtime_error("cannot read " + path + ": " + systemReason(errno));
    }
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad()) {
        throw std::runtime_error("cannot read " + path + ": " + systemReason(errno));
    }
    return std::move(content).str();
}

void writeTextFileAtomically(const std::string& path, const std::string& text)
{
    const std::filesystem::path target(path);
    if (target.filename().empty()) {
        throw std::runtime_error("cannot write " + path + ": not a file name");
    }
    // The temporary file sits beside the target so that the rename stays on one file system.
    // open(O_EXCL) with mode 0666 lets the umask decide the permissions, as for any new file.
    static std::atomic<unsigned> counter{0};
    std::string tempPath;
    int fd = -1;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        // Built with append: GCC 12 warns wrongly (-Wrestrict) about "." + std::string at -O3.
        std::string name(".");
        name.append(target.filename().string())
            .append(".tmp-")
            .append(std::to_string(::getpid()))
            .append("-")
            .append(std::to_string(counter++));
        tempPath = (target.parent_path() / name).string();
        fd = ::open(tempPath.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST) {
            break;
        }
    }
    if (fd < 0) {
        throw std::runtime_error("cannot write " + path + ": " + systemReason(errno));
    }
    auto fail = [&](int error) {
        ::close(fd);
        ::unlink(tempPath.c_str());
        throw std::runtime_error("cannot write " + path + ": " + systemReason(error));
    };

    const char* data = text.data();
    std::size_t left = text.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, left);
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            fail(errno);
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
    if (::fsync(fd) != 0) {
        fail(errno);
    }
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(tempPath.c_str());
        throw std::runtime_error("cannot write " + path + ": " + systemReason(error));
    }
    if (::rename(tempPath.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(tempPath.c_str());
        throw std::runtime_error("cannot write " + path + ": " + systemReason(error));
    }
}

} // namespace glidepath::io
