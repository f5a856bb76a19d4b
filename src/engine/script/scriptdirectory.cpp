#include "script/scriptdirectory.h"

#include "core/parallelfor.h"

#include "script/headercache.h"

#include "script/revisionheader.h"

#include <QDir>

#include <dirent.h>
#include <sys/stat.h>
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
    // readdir() with d_type: no stat per entry in the common case (std::filesystem's iterator is
    // several times slower on big version folders).
    DIR *handle = ::opendir(dir.c_str());
    if (!handle)
        return;
    while (const dirent *entry = ::readdir(handle)) {
        const std::string name = entry->d_name;
        if (name == "." || name == "..")
            continue;
        unsigned char type = entry->d_type;
        bool symlink = type == DT_LNK;
        if (type == DT_UNKNOWN || symlink) {
            struct stat st;
            const std::string full = (dir / name).string();
            if (::lstat(full.c_str(), &st) == 0 && S_ISLNK(st.st_mode))
                symlink = true;
            if (::stat(full.c_str(), &st) == 0)
                type = S_ISDIR(st.st_mode) ? DT_DIR : DT_REG;
        }
        if (type == DT_DIR) {
            if (!symlink)
                dirs.push_back(name);
            continue;
        }
        files.push_back({name, symlink});
    }
    ::closedir(handle);
    std::sort(files.begin(), files.end(), [](const File &a, const File &b) { return a.name < b.name; });
    if (!files.empty()) {
        std::error_code e;
        fs::path realDir = fs::canonical(dir, e);
        if (e)
            realDir = fs::absolute(dir, e);
        std::string prefix = realDir.string();
        if (prefix.empty() || prefix.back() != '/')
            prefix += '/';
        for (const File &f : files) {
            if (f.symlink) {
                std::error_code e2;
                fs::path real = fs::weakly_canonical(dir / f.name, e2);
                out.push_back(e2 ? (dir / f.name).string() : real.string());
            } else {
                out.push_back(prefix + f.name);
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
    return scan(versionLocations, recursive, QString());
}

ScanResult ScriptDirectory::scan(const QStringList &versionLocations, bool recursive, const QString &cacheFile)
{
    ScanResult result;
    // The cache is read while the folders are listed (a warm start's two independent halves).
    HeaderCache cache;
    std::thread loader;
    if (!cacheFile.isEmpty())
        loader = std::thread([&cache, &cacheFile] { cache.load(cacheFile); });
    const QStringList all = candidateFiles(versionLocations, recursive, &result.diagnostics);
    result.revisions.resize(all.size());
    if (loader.joinable())
        loader.join();

    // With a cache: take unchanged files from it and read only the others.
    std::vector<HeaderCache::FileStamp> stamps;
    QStringList files;          // the files to read
    QList<qsizetype> slots;     // their positions in result.revisions
    if (!cacheFile.isEmpty()) {
        stamps.resize(size_t(all.size()));
        // one stat() per file: most of a warm start's time, and they run in parallel
        parallelFor(all.size(), 256, 64, [&](qsizetype i) { stamps[size_t(i)] = HeaderCache::FileStamp::of(all.at(i)); });
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (!cache.lookup(all.at(i), stamps[size_t(i)], &result.revisions[i])) {
                files.append(all.at(i));
                slots.append(i);
            }
        }
    } else {
        files = all;
    }

    const qsizetype n = files.size();
    std::vector<Revision> read(static_cast<size_t>(n));
    parallelFor(n, 32, 8, [&](qsizetype i) { read[size_t(i)] = readRevisionFile(files.at(i)); });

    for (qsizetype i = 0; i < n; ++i)
        result.revisions[cacheFile.isEmpty() ? i : slots.at(i)] = std::move(read[size_t(i)]);
    // Rewrite the cache only when a file was read or one went away.
    if (!cacheFile.isEmpty() && (n > 0 || cache.loadedCount() != all.size())) {
        for (qsizetype i = 0; i < all.size(); ++i)
            cache.store(all.at(i), stamps[size_t(i)], result.revisions.at(i));
        cache.save(cacheFile);
    }
    return result;
}

} // namespace retort
