#include "script/headercache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <fcntl.h>
#include <sys/stat.h>

#include <cstring>

namespace retort {

namespace {

constexpr quint32 kMagic = 0x52544843;   // "RTHC"
constexpr quint32 kFormat = 4;           // bump when Revision or the header reader changes

// A flat little-endian format read straight from memory (QDataStream's per-field device reads
// cost more than reading the headers themselves on big projects).
class Writer {
public:
    void u32(quint32 v) { m_out.append(reinterpret_cast<const char *>(&v), sizeof v); }
    void i64(qint64 v) { m_out.append(reinterpret_cast<const char *>(&v), sizeof v); }
    void str(const QString &v)   // UTF-16 as in memory: reading it back is a copy, not a decode
    {
        u32(quint32(v.size()));
        m_out.append(reinterpret_cast<const char *>(v.constData()), v.size() * qsizetype(sizeof(QChar)));
    }
    void list(const QStringList &v)
    {
        u32(quint32(v.size()));
        for (const QString &x : v)
            str(x);
    }
    QByteArray m_out;
};

class Reader {
public:
    explicit Reader(const QByteArray &in) : m_p(in.constData()), m_end(in.constData() + in.size()) {}
    bool ok() const { return m_ok; }
    quint32 u32() { quint32 v = 0; take(&v, sizeof v); return v; }
    qint64 i64() { qint64 v = 0; take(&v, sizeof v); return v; }
    QString str()
    {
        const quint32 n = u32();
        const qint64 bytes = qint64(n) * qint64(sizeof(QChar));
        if (!m_ok || bytes > m_end - m_p) {
            m_ok = false;
            return {};
        }
        QString v(qsizetype(n), Qt::Uninitialized);
        memcpy(v.data(), m_p, size_t(bytes));
        m_p += bytes;
        return v;
    }
    QStringList list()
    {
        const quint32 n = u32();
        QStringList v;
        for (quint32 i = 0; i < n && m_ok; ++i)
            v.append(str());
        return v;
    }

private:
    void take(void *to, size_t n)
    {
        if (!m_ok || qint64(n) > m_end - m_p) {
            m_ok = false;
            return;
        }
        memcpy(to, m_p, n);
        m_p += n;
    }
    const char *m_p;
    const char *m_end;
    bool m_ok = true;
};

// `file` is the entry's key: a path equal to it (the usual case) is stored as "".
void write(Writer &w, const Revision &r, const QString &file)
{
    w.str(r.id);
    w.list(r.downRevisions);
    w.list(r.branchLabels);
    w.list(r.dependsOn);
    w.str(r.longDoc);
    w.str(r.doc);
    w.str(r.createDate);
    w.str(r.path == file ? QString() : r.path);
    w.u32(quint32(r.revisionLine));
    w.u32(quint32(r.downRevisionLine));
    w.u32(quint32(r.upgradeLine));
    w.u32(quint32(r.downgradeLine));
    w.u32(quint32(r.diagnostics.size()));
    for (const Diagnostic &d : r.diagnostics) {
        w.u32(quint32(d.severity));
        w.str(d.file);
        w.u32(quint32(d.line));
        w.u32(quint32(d.column));
        w.str(d.message);
    }
}

void read(Reader &in, Revision &r, const QString &file)
{
    r.id = in.str();
    r.downRevisions = in.list();
    r.branchLabels = in.list();
    r.dependsOn = in.list();
    r.longDoc = in.str();
    r.doc = in.str();
    r.createDate = in.str();
    r.path = in.str();
    if (r.path.isEmpty())
        r.path = file;
    r.revisionLine = int(in.u32());
    r.downRevisionLine = int(in.u32());
    r.upgradeLine = int(in.u32());
    r.downgradeLine = int(in.u32());
    const quint32 count = in.u32();
    r.diagnostics.clear();
    for (quint32 i = 0; i < count && in.ok(); ++i) {
        Diagnostic d;
        d.severity = Diagnostic::Severity(in.u32());
        d.file = in.str();
        d.line = int(in.u32());
        d.column = int(in.u32());
        d.message = in.str();
        r.diagnostics.append(d);
    }
}

} // namespace

HeaderCache::FileStamp HeaderCache::FileStamp::of(const QString &path)
{
    struct stat st;
    FileStamp stamp;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return stamp;
    stamp.size = qint64(st.st_size);
    stamp.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    stamp.ctimeNs = qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
    stamp.inode = quint64(st.st_ino);
    return stamp;
}

QString HeaderCache::defaultPath(const QStringList &versionLocations)
{
    if (qEnvironmentVariableIntValue("RETORT_NO_HEADER_CACHE") != 0)
        return {};
    QString base = qEnvironmentVariable("XDG_CACHE_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.cache");
    QStringList absolute;
    for (const QString &l : versionLocations)
        absolute << QDir::current().absoluteFilePath(l);
    const QByteArray key = QCryptographicHash::hash(absolute.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha1).toHex();
    return base + QStringLiteral("/retort/headers-") + QString::fromLatin1(key.left(20)) + QStringLiteral(".bin");
}

void HeaderCache::load(const QString &cacheFile)
{
    m_loaded.clear();
    QFile file(cacheFile);
    if (cacheFile.isEmpty() || !file.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = file.readAll();
    Reader in(bytes);
    if (in.u32() != kMagic || in.u32() != kFormat)
        return;
    const quint32 count = in.u32();
    if (!in.ok() || count > 10000000)
        return;
    m_loaded.reserve(qsizetype(count));
    for (quint32 i = 0; i < count && in.ok(); ++i) {
        const QString path = in.str();
        Entry e;
        e.stamp.size = in.i64();
        e.stamp.mtimeNs = in.i64();
        e.stamp.ctimeNs = in.i64();
        e.stamp.inode = quint64(in.i64());
        read(in, e.revision, path);
        m_loaded.insert(path, std::move(e));
    }
    if (!in.ok()) {
        m_loaded.clear();   // truncated or corrupt: rebuild
        return;
    }
    // In use: pruneFolder() keeps the caches written or read most recently.
    ::utimensat(AT_FDCWD, QFile::encodeName(cacheFile).constData(), nullptr, 0);
}

bool HeaderCache::lookup(const QString &file, const FileStamp &stamp, Revision *out) const
{
    const auto it = m_loaded.constFind(file);
    if (it == m_loaded.cend() || !stamp.valid() || !(it->stamp == stamp))
        return false;
    *out = it->revision;
    return true;
}

void HeaderCache::store(const QString &file, const FileStamp &stamp, const Revision &revision)
{
    if (stamp.valid())
        m_current.insert(file, Entry{stamp, revision});
}

bool HeaderCache::save(const QString &cacheFile) const
{
    if (cacheFile.isEmpty() || !QDir().mkpath(QFileInfo(cacheFile).absolutePath()))
        return false;
    Writer w;
    w.u32(kMagic);
    w.u32(kFormat);
    w.u32(quint32(m_current.size()));
    for (auto it = m_current.cbegin(); it != m_current.cend(); ++it) {
        w.str(it.key());
        w.i64(it->stamp.size);
        w.i64(it->stamp.mtimeNs);
        w.i64(it->stamp.ctimeNs);
        w.i64(qint64(it->stamp.inode));
        write(w, it->revision, it.key());
    }
    QSaveFile file(cacheFile);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    if (file.write(w.m_out) != w.m_out.size() || !file.commit())
        return false;
    pruneFolder(QFileInfo(cacheFile).absolutePath());
    return true;
}

void HeaderCache::pruneFolder(const QString &folder, int keepFiles, int maxAgeDays)
{
    QDir dir(folder);
    const QFileInfoList caches = dir.entryInfoList({QStringLiteral("headers-*.bin")}, QDir::Files, QDir::Time);
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addDays(-maxAgeDays);
    for (qsizetype i = 0; i < caches.size(); ++i) {
        if (i >= keepFiles || caches.at(i).lastModified().toUTC() < oldest)
            QFile::remove(caches.at(i).absoluteFilePath());
    }
}

} // namespace retort
