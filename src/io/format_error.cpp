#include <glidepath/io/format_error.h>

#include <fcntl.h>
#include <sys/stat.h>
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

// A hostile file can hold a hundred thousand mistakes; nobody reads past the first few dozen.
std::vector<FormatIssue> listed(std::vector<FormatIssue> issues)
{
    if (issues.size() > kMaxListedIssues) {
        const std::size_t more = issues.size() - kMaxListedIssues;
        issues.resize(kMaxListedIssues);
        issues.push_back(
            more == 1 ? formatIssue("", "issues.more_one", {std::to_string(kMaxListedIssues)})
                      : formatIssue("", "issues.more",
                                    {std::to_string(more), std::to_string(kMaxListedIssues)}));
    }
    return issues;
}

std::string systemReason(int error)
{
    return std::generic_category().message(error);
}

std::string fileErrorWords(const std::string& path, bool writing, FileError::Reason reason,
                           int error, std::size_t maxBytes)
{
    std::string words = (writing ? "cannot write " : "cannot read ") + path + ": ";
    switch (reason) {
    case FileError::Reason::Folder:
        return words + "it is a folder, not a file";
    case FileError::Reason::TooLarge:
        return words + "the file is larger than " + std::to_string(maxBytes >> 20) +
               " MB, the most Glidepath reads";
    case FileError::Reason::NotAFileName:
        return words + "not a file name";
    case FileError::Reason::System:
        break;
    }
    return words + systemReason(error);
}

} // namespace

FileError::FileError(std::string path, bool writing, Reason reason, int systemError,
                     std::size_t maxBytes)
    : std::runtime_error(fileErrorWords(path, writing, reason, systemError, maxBytes)),
      m_path(std::move(path)), m_writing(writing), m_reason(reason), m_systemError(systemError),
      m_maxBytes(maxBytes)
{}

FormatError::FormatError(std::vector<FormatIssue> issues)
    : std::runtime_error(summarise(issues)), m_total(issues.size())
{
    m_issues = listed(std::move(issues));
}

std::string describe(const FormatIssue& issue)
{
    std::string text;
    if (!issue.pointer.empty()) {
        text = issue.pointer;
        if (!issue.subject.empty()) {
            text += " (\u201C" + issue.subject + "\u201D)";
        }
        text += ": " + issue.message;
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

std::string readTextFile(const std::string& path, std::size_t maxBytes)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        throw FileError(path, false, FileError::Reason::Folder);
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw FileError(path, false, FileError::Reason::System, errno);
    }
    // Read at most one byte past the limit: a huge file (or /dev/zero) is refused without
    // reading it all into memory.
    std::string content;
    // One allocation of the file's size: growing the text as it comes costs copies and, for a
    // moment, the old and the new buffer together (a 15 MB library import).
    if (const auto size = std::filesystem::file_size(path, ec); !ec && size <= maxBytes) {
        content.reserve(static_cast<std::size_t>(size) + 1);
    }
    char buffer[1 << 16];
    while (in && content.size() <= maxBytes) {
        in.read(buffer, sizeof buffer);
        content.append(buffer, static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) {
        throw FileError(path, false, FileError::Reason::System, errno);
    }
    if (content.size() > maxBytes) {
        throw FileError(path, false, FileError::Reason::TooLarge, 0, maxBytes);
    }
    return content;
}

void writeTextFileAtomically(const std::string& path, const std::string& text)
{
    const std::filesystem::path target(path);
    if (target.filename().empty()) {
        throw FileError(path, true, FileError::Reason::NotAFileName);
    }
    // The temporary file sits beside the target so that the rename stays on one file system.
    // Created 0600 and set again with fchmod, so no umask (not even 000) lets others read it.
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
        fd = ::open(tempPath.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST) {
            break;
        }
    }
    if (fd < 0) {
        throw FileError(path, true, FileError::Reason::System, errno);
    }
    auto fail = [&](int error) {
        ::close(fd);
        ::unlink(tempPath.c_str());
        throw FileError(path, true, FileError::Reason::System, error);
    };
    if (::fchmod(fd, 0600) != 0) {
        fail(errno);
    }

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
        throw FileError(path, true, FileError::Reason::System, error);
    }
    if (::rename(tempPath.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(tempPath.c_str());
        throw FileError(path, true, FileError::Reason::System, error);
    }
}

} // namespace glidepath::io
