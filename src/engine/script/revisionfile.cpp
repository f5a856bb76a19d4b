#include "script/revisionheader.h"

#include <QFile>
#include <QStringDecoder>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

// Reading a revision file: bytes, BOM, PEP 263 coding cookie, UTF-8 validation. Split from
// revisionheader.cpp (statement scanning). Reentrant.

namespace retort {

namespace {

// PEP 263: a coding cookie in one of the first two lines. Returns the lowercased name or "".
QString codingCookie(const QByteArray &bytes)
{
    qsizetype pos = 0;
    for (int lineNo = 0; lineNo < 2 && pos < bytes.size(); ++lineNo) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        const QByteArray line = bytes.mid(pos, end - pos).trimmed();
        pos = end + 1;
        if (!line.startsWith('#'))
            continue;
        const qsizetype c = line.indexOf("coding");
        if (c < 0 || c + 6 >= line.size() || (line[c + 6] != ':' && line[c + 6] != '='))
            continue;
        qsizetype s = c + 7;
        while (s < line.size() && (line[s] == ' ' || line[s] == '\t'))
            ++s;
        qsizetype t = s;
        while (t < line.size() && (std::isalnum(uchar(line[t])) || line[t] == '-' || line[t] == '_' || line[t] == '.'))
            ++t;
        return QString::fromLatin1(line.mid(s, t - s)).toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    }
    return {};
}

// Reads a whole file into `out` (reusing its capacity). Plain POSIX reads: a scan reads thousands of
// small files, and QFile's per-file overhead (stat calls, buffers) was a third of the scan time.
bool readWholeFile(const QString &path, QByteArray &out, QString *error)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    if (out.capacity() < 16384)
        out.reserve(16384);
    out.resize(out.capacity());
    qsizetype used = 0;
    for (;;) {
        if (used == out.size())
            out.resize(out.size() * 2);
        const ssize_t n = ::read(fd, out.data() + used, size_t(out.size() - used));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *error = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            return false;
        }
        if (n == 0)
            break;
        used += n;
    }
    ::close(fd);
    out.resize(used);
    return true;
#else
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    out = file.readAll();
    return true;
#endif
}

} // namespace

namespace {

// Decodes a file's bytes like Python: UTF-8 (a BOM is skipped), or latin-1 when a PEP 263 cookie
// says so. `problem` is set when the bytes are not valid in that encoding or the encoding is unknown.
QString decodeSource(const QByteArray &bytes, QString *problem)
{
    const qsizetype skip = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const QString cookie = codingCookie(bytes);
    if (cookie.isEmpty() || cookie == u"utf-8" || cookie == u"utf8" || cookie.startsWith(u"utf-8-")
        || cookie == u"ascii" || cookie == u"us-ascii") {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString source = decoder(QByteArrayView(bytes).sliced(skip));
        if (decoder.hasError())
            *problem = QStringLiteral("the file is not valid UTF-8");
        return source;
    }
    if (cookie == u"latin-1" || cookie == u"iso-8859-1" || cookie == u"iso-latin-1" || cookie == u"l1"
        || cookie == u"latin1" || cookie.startsWith(u"latin-1-") || cookie.startsWith(u"iso-8859-1-"))
        return QString::fromLatin1(QByteArrayView(bytes).sliced(skip));
    *problem = QStringLiteral("unsupported source encoding '%1'").arg(cookie);
    return QString::fromUtf8(QByteArrayView(bytes).sliced(skip));
}

} // namespace

Revision readRevisionFile(const QString &path)
{
    thread_local QByteArray bytes;   // reused: one buffer per scanning thread
    QString readError;
    if (!readWholeFile(path, bytes, &readError)) {
        Revision rev;
        rev.path = path;
        rev.diagnostics.append(Diagnostic{Diagnostic::Severity::Error, path, 0, 0,
                                          QStringLiteral("cannot read the file: %1").arg(readError)});
        return rev;
    }
    QString problem;
    const QString source = decodeSource(bytes, &problem);
    Revision rev = readRevisionSource(source, path);
    if (!problem.isEmpty())
        rev.diagnostics.prepend(Diagnostic{Diagnostic::Severity::Error, path, 0, 0, problem});
    return rev;
}

Result<QString> readPythonSource(const QString &path)
{
    thread_local QByteArray bytes;
    QString problem;
    if (!readWholeFile(path, bytes, &problem))
        return makeError(ErrorCode::Io, QStringLiteral("Can't read %1: %2").arg(path, problem), path);
    QString source = decodeSource(bytes, &problem);
    if (!problem.isEmpty())
        return makeError(ErrorCode::Io, QStringLiteral("Can't read %1: %2").arg(path, problem), path);
    return source;
}

} // namespace retort
