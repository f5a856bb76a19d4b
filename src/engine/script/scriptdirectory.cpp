#include "script/scriptdirectory.h"

#include "script/revisionheader.h"

#include <QDir>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

namespace retort {

namespace fs = std::filesystem;

namespace {

bool endsWith(const std::string &s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// One directory, like Alembic's _list_py_dir over os.walk(top_down, followlinks=False).
void listDirectory(const fs::path &dir, bool recursive, std::vector<std::string> &out)
{
    std::error_code ec;
    if (endsWith(dir.filename().string(), "__pycache__"))
        return;
    struct File {
        std::string name;
        bool symlink;
    };
    std::vector<File> files;
    std::vector<std::string> dirs;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::directory_entry &entry = *it;
        std::error_code e;
        const bool symlink = entry.is_symlink(e);
        if (entry.is_directory(e)) {
            if (!symlink)
                dirs.push_back(entry.path().filename().string());
            continue;
        }
        files.push_back({entry.path().filename().string(), symlink});
    }
    std::sort(files.begin(), files.end(), [](const File &a, const File &b) { return a.name < b.name; });
    if (!files.empty()) {
        std::error_code e;
        fs::path realDir = fs::canonical(dir, e);
        if (e)
            realDir = fs::absolute(dir, e);
        for (const File &f : files) {
            if (f.symlink) {
                std::error_code e2;
                fs::path real = fs::weakly_canonical(dir / f.name, e2);
                out.push_back(e2 ? (dir / f.name).string() : real.string());
            } else {
                out.push_back((realDir / f.name).string());
            }
        }
    }
    if (!recursive)
        return;
    std::sort(dirs.begin(), dirs.end());
    for (const std::string &d : dirs)
        listDirectory(dir / d, recursive, out);
}

} // namespace

Diagnostics ScanResult::allDiagnostics() const
{
    Diagnostics all = diagnostics;
    for (const Revision &r : revisions)
        all += r.diagnostics;
    return all;
}

bool ScriptDirectory::isCandidateName(QStringView name)
{
    return name.endsWith(u".py") && !name.startsWith(u".#") && !name.startsWith(u"__init__");
}

QStringList ScriptDirectory::candidateFiles(const QStringList &versionLocations, bool recursive,
                                            Diagnostics *diagnostics)
{
    QStringList result;
    QSet<QString> seen;
    std::vector<std::string> files;
    for (const QString &location : versionLocations) {
        const fs::path dir = QDir::current().absoluteFilePath(location).toStdString();
        std::error_code ec;
        if (!fs::exists(dir, ec))
            continue;   // Alembic skips missing locations silently
        files.clear();
        listDirectory(dir, recursive, files);
        result.reserve(result.size() + qsizetype(files.size()));
        for (const std::string &f : files) {
            const QString real = QString::fromStdString(f);
            if (seen.contains(real)) {
                if (diagnostics)
                    diagnostics->append(Diagnostic{Diagnostic::Severity::Warning, real, 0, 0,
                                                   QStringLiteral("File %1 loaded twice! ignoring. Please ensure "
                                                                  "version_locations is unique.")
                                                       .arg(real)});
                continue;
            }
            seen.insert(real);
            const qsizetype slash = real.lastIndexOf(QLatin1Char('/'));
            if (isCandidateName(QStringView(real).mid(slash + 1)))
                result.append(real);
        }
    }
    return result;
}

ScanResult ScriptDirectory::scan(const QStringList &versionLocations, bool recursive)
{
    ScanResult result;
    const QStringList files = candidateFiles(versionLocations, recursive, &result.diagnostics);
    const qsizetype n = files.size();
    result.revisions.resize(n);
    Revision *out = result.revisions.data();
    std::atomic<qsizetype> next{0};
    auto work = [&files, out, n, &next] {
        constexpr qsizetype Batch = 8;
        for (;;) {
            const qsizetype start = next.fetch_add(Batch, std::memory_order_relaxed);
            if (start >= n)
                return;
            const qsizetype stop = std::min(n, start + Batch);
            for (qsizetype i = start; i < stop; ++i)
                out[i] = readRevisionFile(files.at(i));
        }
    };
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const qsizetype threads = std::min<qsizetype>(qsizetype(cores), (n + 31) / 32);
    std::vector<std::thread> pool;
    for (qsizetype t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    return result;
}

} // namespace retort
