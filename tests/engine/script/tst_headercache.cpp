// The header cache behind every project scan: unchanged files come from it, edited, added and
// removed files are noticed, a corrupt or truncated cache is rebuilt, loading marks a cache used,
// and the cache folder is pruned (temporary projects would otherwise leave a file each, forever).
#include "script/headercache.h"
#include "script/scriptdirectory.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace retort;

namespace {

QString header(const QString &id, const QString &down = {}, const QString &message = QStringLiteral("step"))
{
    return QStringLiteral("\"\"\"%3\n\nRevision ID: %1\n\"\"\"\nrevision = '%1'\ndown_revision = %2\n\n\n"
                          "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n")
        .arg(id, down.isEmpty() ? QStringLiteral("None") : QStringLiteral("'%1'").arg(down), message);
}

// Sets a file's modification time to `secondsAgo` before now.
bool age(const QString &path, qint64 secondsAgo)
{
    struct timespec times[2];
    times[0].tv_sec = times[1].tv_sec = QDateTime::currentSecsSinceEpoch() - secondsAgo;
    times[0].tv_nsec = times[1].tv_nsec = 0;
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList ids(const ScanResult &r)
{
    QStringList out;
    for (const Revision &rev : r.revisions)
        out << rev.id;
    return out;
}

} // namespace

class TestHeaderCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void unchangedFilesComeFromTheCache();
    void editedAddedAndRemovedFilesAreNoticed();
    void brokenCacheIsRebuilt_data();
    void brokenCacheIsRebuilt();
    void loadingMarksTheCacheUsed();
    void folderKeepsTheCachesUsedLast();

private:
    QString versions() const { return m_project->filePath(QStringLiteral("versions")); }
    QString file(const QString &name) const { return versions() + QLatin1Char('/') + name; }
    ScanResult scan() const { return ScriptDirectory::scan({versions()}, false, m_cacheFile); }

    std::unique_ptr<QTemporaryDir> m_project;
    std::unique_ptr<QTemporaryDir> m_cacheDir;
    QString m_cacheFile;
};

void TestHeaderCache::init()
{
    m_project = std::make_unique<QTemporaryDir>();
    m_cacheDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_project->isValid() && m_cacheDir->isValid());
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cacheDir->path()));
    m_cacheFile = HeaderCache::defaultPath({versions()});
    QVERIFY(m_cacheFile.startsWith(m_cacheDir->path() + QStringLiteral("/retort/headers-")));
    QVERIFY(test::writeFile(file(QStringLiteral("a1_first.py")), header(QStringLiteral("a1"))));
    QVERIFY(test::writeFile(file(QStringLiteral("b2_second.py")), header(QStringLiteral("b2"), QStringLiteral("a1"))));
    QVERIFY(test::writeFile(file(QStringLiteral("c3_third.py")), header(QStringLiteral("c3"), QStringLiteral("b2"))));
}

void TestHeaderCache::unchangedFilesComeFromTheCache()
{
    const ScanResult first = scan();
    QCOMPARE(ids(first), (QStringList{"a1", "b2", "c3"}));
    QVERIFY(QFileInfo::exists(m_cacheFile));
    const QByteArray written = bytesOf(m_cacheFile);
    const quint64 inode = HeaderCache::FileStamp::of(m_cacheFile).inode;   // a rewrite renames a new file in

    HeaderCache cache;
    cache.load(m_cacheFile);
    QCOMPARE(cache.loadedCount(), 3);
    for (const Revision &expected : first.revisions) {
        Revision cached;
        QVERIFY(cache.lookup(expected.path, HeaderCache::FileStamp::of(expected.path), &cached));
        QCOMPARE(cached.id, expected.id);
        QCOMPARE(cached.path, expected.path);   // stored once, as the key
        QCOMPARE(cached.downRevisions, expected.downRevisions);
        QCOMPARE(cached.longDoc, expected.longDoc);
        QCOMPARE(cached.doc, expected.doc);
        QCOMPARE(cached.upgradeLine, expected.upgradeLine);
    }
    // A stamp that differs in anything is a miss.
    HeaderCache::FileStamp other = HeaderCache::FileStamp::of(file(QStringLiteral("a1_first.py")));
    other.mtimeNs += 1;
    Revision unused;
    QVERIFY(!cache.lookup(file(QStringLiteral("a1_first.py")), other, &unused));

    // Nothing changed: the same revisions, and the cache is not rewritten.
    const ScanResult second = scan();
    QCOMPARE(ids(second), ids(first));
    QCOMPARE(second.revisions.at(1).longDoc, first.revisions.at(1).longDoc);
    QCOMPARE(bytesOf(m_cacheFile), written);
    QCOMPARE(HeaderCache::FileStamp::of(m_cacheFile).inode, inode);
}

void TestHeaderCache::editedAddedAndRemovedFilesAreNoticed()
{
    QCOMPARE(ids(scan()), (QStringList{"a1", "b2", "c3"}));
    // Same size, new content: the times (and the size, here) differ from the cached stamp.
    QVERIFY(test::writeFile(file(QStringLiteral("b2_second.py")),
                            header(QStringLiteral("b2"), QStringLiteral("a1"), QStringLiteral("renamed step"))));
    QVERIFY(test::writeFile(file(QStringLiteral("d4_fourth.py")), header(QStringLiteral("d4"), QStringLiteral("c3"))));
    QVERIFY(QFile::remove(file(QStringLiteral("a1_first.py"))));

    const ScanResult after = scan();
    QCOMPARE(ids(after), (QStringList{"b2", "c3", "d4"}));
    QCOMPARE(after.revisions.first().doc, QStringLiteral("renamed step"));
    HeaderCache cache;
    cache.load(m_cacheFile);
    QCOMPARE(cache.loadedCount(), 3);   // the removed file's entry is gone
}

void TestHeaderCache::brokenCacheIsRebuilt_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("garbage") << "garbage";
    QTest::newRow("truncated") << "truncated";
    QTest::newRow("empty") << "empty";
}

void TestHeaderCache::brokenCacheIsRebuilt()
{
    QFETCH(QString, damage);
    QCOMPARE(ids(scan()), (QStringList{"a1", "b2", "c3"}));
    QFile f(m_cacheFile);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const QByteArray bytes = f.readAll();
    f.resize(0);
    f.seek(0);
    if (damage == QLatin1String("garbage"))
        f.write(QByteArray(bytes.size(), '\x7f'));
    else if (damage == QLatin1String("truncated"))
        f.write(bytes.left(bytes.size() / 2));
    f.close();

    HeaderCache broken;
    broken.load(m_cacheFile);
    QCOMPARE(broken.loadedCount(), 0);   // nothing half-read is trusted
    const ScanResult rebuilt = scan();
    QCOMPARE(ids(rebuilt), (QStringList{"a1", "b2", "c3"}));
    QCOMPARE(rebuilt.revisions.at(2).downRevisions, QStringList{QStringLiteral("b2")});
    HeaderCache cache;
    cache.load(m_cacheFile);
    QCOMPARE(cache.loadedCount(), 3);
}

void TestHeaderCache::loadingMarksTheCacheUsed()
{
    scan();
    QVERIFY(age(m_cacheFile, 200 * 24 * 3600));
    QVERIFY(QFileInfo(m_cacheFile).lastModified().daysTo(QDateTime::currentDateTime()) >= 199);
    HeaderCache cache;
    cache.load(m_cacheFile);
    QVERIFY(QFileInfo(m_cacheFile).lastModified().secsTo(QDateTime::currentDateTime()) < 60);
}

void TestHeaderCache::folderKeepsTheCachesUsedLast()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QStringList caches;
    for (int i = 0; i < 70; ++i) {
        const QString path = folder.filePath(QStringLiteral("headers-%1.bin").arg(i, 4, 10, QLatin1Char('0')));
        QVERIFY(test::writeFile(path, QStringLiteral("x")));
        QVERIFY(age(path, qint64(i) * 60));   // headers-0000 is the newest
        caches << path;
    }
    const QString stale = folder.filePath(QStringLiteral("headers-stale.bin"));
    QVERIFY(test::writeFile(stale, QStringLiteral("x")));
    QVERIFY(age(stale, 120LL * 24 * 3600));
    const QString unrelated = folder.filePath(QStringLiteral("notes.txt"));
    QVERIFY(test::writeFile(unrelated, QStringLiteral("not a cache")));
    QVERIFY(age(unrelated, 400LL * 24 * 3600));

    HeaderCache::pruneFolder(folder.path(), 64, 90);
    for (int i = 0; i < 70; ++i)
        QCOMPARE(QFileInfo::exists(caches.at(i)), i < 64);
    QVERIFY(!QFileInfo::exists(stale));
    QVERIFY(QFileInfo::exists(unrelated));

    // Within the count, age alone prunes too.
    QVERIFY(age(caches.at(3), 91LL * 24 * 3600));
    HeaderCache::pruneFolder(folder.path(), 64, 90);
    QVERIFY(!QFileInfo::exists(caches.at(3)));
    QVERIFY(QFileInfo::exists(caches.at(4)));

    // Saving a project's cache prunes its folder.
    scan();
    const QString cacheFolder = QFileInfo(m_cacheFile).absolutePath();
    for (int i = 0; i < 80; ++i) {
        const QString path = cacheFolder + QStringLiteral("/headers-old%1.bin").arg(i);
        QVERIFY(test::writeFile(path, QStringLiteral("x")));
        QVERIFY(age(path, 3600 + i));
    }
    QVERIFY(test::writeFile(file(QStringLiteral("d4_fourth.py")), header(QStringLiteral("d4"), QStringLiteral("c3"))));
    QCOMPARE(ids(scan()), (QStringList{"a1", "b2", "c3", "d4"}));
    QCOMPARE(QDir(cacheFolder).entryList({QStringLiteral("headers-*.bin")}, QDir::Files).size(), 64);
    QVERIFY(QFileInfo::exists(m_cacheFile));
}

QTEST_GUILESS_MAIN(TestHeaderCache)
#include "tst_headercache.moc"
