// RevisionWriter where Alembic 1.8.1 cannot be the oracle: current Alembic's rules (':' in ids,
// merge --splice, timezones through zoneinfo, post-write hooks of type exec/module, their
// texts) and Retort's own safety rules (never overwrite, atomic writes, clear errors).
#include "writertestutil.h"

#include "script/postwritehookrunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace retort::writertest;

namespace {

// 2026-11-21 04:45:33.510614 UTC
const auto kClock = std::chrono::system_clock::time_point(std::chrono::microseconds(1795236333LL * 1000000 + 510614));

struct Run {
    Result<WrittenRevision> result = makeError(ErrorCode::Internal, QStringLiteral("not run"));
    QString out;
    QString notes;
};

Run write(const QString &dir, const QStringList &args, bool fixedClock = true)
{
    Run run;
    Result<OpenedProject> project = openProject(dir);
    if (!project) {
        run.result = project.error();
        return run;
    }
    RevisionWriter::Options options;
    options.out = [&run](const QString &t) { run.out += t; };
    options.note = [&run](const QString &t) { run.notes += t; };
    options.captureHookOutput = true;
    if (fixedClock)
        options.now = kClock;
    run.result = RevisionWriter(project->config, project->map, options).write(parseRequest(args));
    return run;
}

QString hookScript(const QString &dir, int exitCode)
{
    const QString path = QDir(dir).filePath(QStringLiteral("hook.sh"));
    test::writeFile(path, QStringLiteral("#!/bin/sh\necho \"hook called with: $*\"\necho \"cwd: $(pwd)\"\n"
                                         "printf '# formatted\\n' >> \"$1\"\nexit %1\n").arg(exitCode));
    QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ExeOwner);
    return path;
}

} // namespace

class TestRevisionWriterRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void timezones_data();
    void timezones();
    void errors_data();
    void errors();
    void mergeSplice();
    void neverOverwritesAFile();
    void neverReusesAnId();
    void atomicWriteFailure();
    void execHook();
    void hookFailures_data();
    void hookFailures();
    void moduleAndConsoleScriptsHooks();
    void subdirectoryTemplate();
    void outputEncoding();
    void revisionEnvironmentNote();
    void unreadableResult();
};

void TestRevisionWriterRules::timezones_data()
{
    QTest::addColumn<QString>("timezone");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("createDate");
    QTest::newRow("UTC") << "UTC" << "2026_11_21_0445-1a1a1a1a1a1a_this_is_a_very_long_.py"
                         << "Create Date: 2026-11-21 04:45:33.510614+00:00\n";
    QTest::newRow("upper-cased retry") << "utc" << "2026_11_21_0445-1a1a1a1a1a1a_this_is_a_very_long_.py"
                                       << "Create Date: 2026-11-21 04:45:33.510614+00:00\n";
    QTest::newRow("Kolkata") << "Asia/Kolkata" << "2026_11_21_1015-1a1a1a1a1a1a_this_is_a_very_long_.py"
                             << "Create Date: 2026-11-21 10:15:33.510614+05:30\n";
}

void TestRevisionWriterRules::timezones()
{
    QFETCH(QString, timezone);
    QFETCH(QString, fileName);
    QFETCH(QString, createDate);
    QTemporaryDir tmp;
    ProjectSpec spec;
    spec.templateName = QStringLiteral("typed");
    spec.iniLines << QStringLiteral("file_template = %%(year)d_%%(month).2d_%%(day).2d_%%(hour).2d%%(minute).2d-%%(rev)s_%%(slug)s")
                  << QStringLiteral("truncate_slug_length = 20") << QStringLiteral("timezone = ") + timezone;
    QVERIFY(buildProject(tmp.path(), spec));
    const Run r = write(tmp.path(), {"revision", "-m", "This is a Very Long message: with punctuation & stuff!! ok",
                                     "--head", "f6a7", "--rev-id", "1a1a1a1a1a1a"});
    QVERIFY2(r.result.ok(), qPrintable(r.result.ok() ? QString() : r.result.error().toString()));
    const QString path = tmp.filePath(QStringLiteral("migrations/versions/") + fileName);
    QCOMPARE(r.result->absolutePath, path);
    QCOMPARE(r.out, QStringLiteral("Generating %1 ...  done\n").arg(path));
    QVERIFY2(test::readFile(path).contains(createDate), qPrintable(test::readFile(path)));
    QCOMPARE(r.result->revision.createDate, createDate.mid(13).trimmed());
}

void TestRevisionWriterRules::errors_data()
{
    QTest::addColumn<QStringList>("iniLines");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown timezone") << QStringList{"timezone = Mars/Olympus"}
                                      << QStringList{"revision", "--head", "f6a7"} << "Can't locate timezone: Mars/Olympus";
    QTest::newRow("colon in id (1.17.1+)") << QStringList{} << QStringList{"revision", "--head", "f6a7", "--rev-id", "a:b"}
                                           << "Character(s) ':' not allowed in revision identifier 'a:b'";
    QTest::newRow("autogenerate") << QStringList{} << QStringList{"revision", "--autogenerate", "-m", "x"}
                                  << "--autogenerate needs the schema comparison (autogenerate) feature, which is not "
                                     "available in this version of Retort yet; create the revision without --autogenerate "
                                     "and write its operations by hand, or run `alembic revision --autogenerate`";
    QTest::newRow("bad file_template") << QStringList{"file_template = %%(rev)s_%%(name)s"}
                                       << QStringList{"revision", "--head", "f6a7", "--rev-id", "abc"}
                                       << "file_template '%(rev)s_%(name)s': KeyError: 'name' (tokens: rev, slug, epoch, "
                                          "year, month, day, hour, minute, second)";
    QTest::newRow("unknown encoding") << QStringList{"output_encoding = klingon-8"}
                                      << QStringList{"revision", "--head", "f6a7", "--rev-id", "abc"}
                                      << "LookupError: unknown encoding: klingon-8 (output_encoding)";
    QTest::newRow("depends on base") << QStringList{} << QStringList{"revision", "--head", "f6a7", "--depends-on", "base"}
                                     << "--depends-on 'base' does not name a revision";
}

void TestRevisionWriterRules::errors()
{
    QFETCH(QStringList, iniLines);
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    QTemporaryDir tmp;
    ProjectSpec spec;
    spec.iniLines = iniLines;
    QVERIFY(buildProject(tmp.path(), spec));
    const QMap<QString, QByteArray> before = snapshot(tmp.path());
    const Run r = write(tmp.path(), args);
    QVERIFY(!r.result.ok());
    QCOMPARE(r.result.error().message, error);
    QCOMPARE(r.result.error().code, ErrorCode::Command);
    QCOMPARE(snapshot(tmp.path()), before);   // nothing written
}

void TestRevisionWriterRules::mergeSplice()
{
    QTemporaryDir tmp;
    QVERIFY(buildProject(tmp.path(), ProjectSpec{}));
    const Run r = write(tmp.path(), {"merge", "-m", "odd merge", "--splice", "a1b2", "c3d4e5", "--rev-id", "abcdef012345"});
    QVERIFY2(r.result.ok(), qPrintable(r.result.ok() ? QString() : r.result.error().toString()));
    const QString text = test::readFile(r.result->absolutePath);
    QVERIFY(text.contains(QStringLiteral("Revises: a1b2c3d4e5f6, c3d4e5f6a7b8\n")));
    QVERIFY(text.contains(QStringLiteral("down_revision = ('a1b2c3d4e5f6', 'c3d4e5f6a7b8')\n")));
    QCOMPARE(r.result->revision.downRevisions, QStringList({"a1b2c3d4e5f6", "c3d4e5f6a7b8"}));
}

void TestRevisionWriterRules::neverOverwritesAFile()
{
    QTemporaryDir tmp;
    QVERIFY(buildProject(tmp.path(), ProjectSpec{}));
    // a stray file appears where the new revision would go after the project was read
    const QString target = tmp.filePath(QStringLiteral("migrations/versions/1a1a1a1a1a1a_next.py"));
    Result<OpenedProject> project = openProject(tmp.path());
    QVERIFY(project.ok());
    QVERIFY(test::writeFile(target, QStringLiteral("# someone's notes\n")));
    QString out;
    RevisionWriter::Options options;
    options.out = [&out](const QString &t) { out += t; };
    Result<WrittenRevision> r = RevisionWriter(project->config, project->map, options)
                                    .write(parseRequest({"revision", "-m", "next", "--head", "f6a7", "--rev-id", "1a1a1a1a1a1a"}));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, QStringLiteral("File %1 already exists; Retort never overwrites a file (choose another "
                                               "--rev-id or message)").arg(target));
    QCOMPARE(test::readFile(target), QStringLiteral("# someone's notes\n"));
    QVERIFY(out.isEmpty());
}

void TestRevisionWriterRules::neverReusesAnId()
{
    QTemporaryDir tmp;
    QVERIFY(buildProject(tmp.path(), ProjectSpec{}));
    const QMap<QString, QByteArray> before = snapshot(tmp.path());
    // Alembic would silently write a second f6a7b8c9d0e1 (a duplicate revision)
    const Run r = write(tmp.path(), {"revision", "-m", "again", "--head", "f6a7", "--splice", "--rev-id", "f6a7b8c9d0e1"});
    QVERIFY(!r.result.ok());
    QCOMPARE(r.result.error().message,
             QStringLiteral("Revision f6a7b8c9d0e1 is already present in %1; choose another --rev-id")
                 .arg(QFileInfo(tmp.filePath(QStringLiteral("migrations/versions/f6a7b8c9d0e1_audit_log_table.py"))).canonicalFilePath()));
    QCOMPARE(snapshot(tmp.path()), before);
}

void TestRevisionWriterRules::atomicWriteFailure()
{
    QTemporaryDir tmp;
    QVERIFY(buildProject(tmp.path(), ProjectSpec{}));
    const QString versions = tmp.filePath(QStringLiteral("migrations/versions"));
    const QMap<QString, QByteArray> before = snapshot(tmp.path());
    // a file name longer than the file system allows: the write itself fails (also as root)
    const QString longId = QString(300, QLatin1Char('a'));
    const Run r = write(tmp.path(), {"revision", "-m", "next", "--head", "f6a7", "--rev-id", longId});
    QVERIFY(!r.result.ok());
    QCOMPARE(r.result.error().code, ErrorCode::Io);
    const QString target = QStringLiteral("%1/%2_next.py").arg(versions, longId);
    QVERIFY2(r.result.error().message.startsWith(QStringLiteral("Cannot write %1: ").arg(target)),
             qPrintable(r.result.error().message));
    QCOMPARE(r.out, QStringLiteral("Generating %1 ...  FAILED\n").arg(target));
    QCOMPARE(snapshot(tmp.path()), before);   // no partial file, no temporary left behind

    // a successful write leaves exactly one new file (no temporary next to it)
    const Run ok = write(tmp.path(), {"revision", "-m", "next", "--head", "f6a7", "--rev-id", "1a1a1a1a1a1a"});
    QVERIFY(ok.result.ok());
    const QMap<QString, QByteArray> after = snapshot(tmp.path());
    QCOMPARE(after.size(), before.size() + 1);
    QVERIFY(after.contains(QStringLiteral("migrations/versions/1a1a1a1a1a1a_next.py")));
}

void TestRevisionWriterRules::execHook()
{
    QTemporaryDir tmp;
    ProjectSpec spec;
    spec.extraIni = QStringLiteral("[post_write_hooks]\nhooks = myhook\nmyhook.type = exec\n"
                                   "myhook.executable = %1\nmyhook.options = REVISION_SCRIPT_FILENAME --flag\n"
                                   "myhook.cwd = %2\n")
                        .arg(hookScript(tmp.path(), 3), QStringLiteral("."));
    QVERIFY(buildProject(tmp.path(), spec));
    const Run r = write(tmp.path(), {"revision", "-m", "second", "--head", "f6a7", "--rev-id", "9999aaaa0002",
                                     "--version-path", "migrations/versions"});
    QVERIFY2(r.result.ok(), qPrintable(r.result.ok() ? QString() : r.result.error().toString()));
    const QString abs = tmp.filePath(QStringLiteral("migrations/versions/9999aaaa0002_second.py"));
    // the hook gets the path as computed (relative, because --version-path was); its exit status 3 is ignored
    QCOMPARE(r.out, QStringLiteral("Generating %1 ...  done\nRunning post write hook 'myhook' ...\n"
                                   "hook called with: migrations/versions/9999aaaa0002_second.py --flag\n"
                                   "cwd: %2\n  done\n")
                        .arg(abs, tmp.path()));
    QCOMPARE(r.result->path, QStringLiteral("migrations/versions/9999aaaa0002_second.py"));
    QVERIFY(test::readFile(abs).endsWith(QStringLiteral("    pass\n# formatted\n")));
    QCOMPARE(r.result->revision.id, QStringLiteral("9999aaaa0002"));
}

void TestRevisionWriterRules::hookFailures_data()
{
    QTest::addColumn<QString>("hooks");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("announced");   // "Running post write hook ..." printed before the error
    QTest::newRow("no type") << "hooks = fmt\nfmt.executable = true\n"
                             << "Key 'fmt.type' (or 'type' in toml) is required for post write hook 'fmt'" << false;
    QTest::newRow("unknown type") << "hooks = fmt\nfmt.type = shell\n" << "No formatter with name 'shell' registered" << true;
    QTest::newRow("no executable") << "hooks = fmt\nfmt.type = exec\n"
                                   << "Key fmt.executable is required for post write hook 'fmt'" << true;
    QTest::newRow("missing program") << "hooks = fmt\nfmt.type = exec\nfmt.executable = /nonexistent/formatter\n"
                                     << "Post write hook 'fmt' could not run '/nonexistent/formatter': " << true;
    QTest::newRow("bad options") << "hooks = fmt\nfmt.type = exec\nfmt.executable = true\nfmt.options = \"unclosed\n"
                                 << "post write hook 'fmt': options 'REVISION_SCRIPT_FILENAME \"unclosed': No closing quotation" << true;
    QTest::newRow("console script not installed") << "hooks = fmt\nfmt.type = console_scripts\nfmt.entrypoint = nosuch_formatter_xyz\n"
                                                  << "Could not find entrypoint console_scripts.nosuch_formatter_xyz" << true;
    QTest::newRow("module not installed") << "hooks = fmt\nfmt.type = module\nfmt.module = nosuch_module_xyz\n"
                                          << "Could not find module nosuch_module_xyz" << true;
}

void TestRevisionWriterRules::hookFailures()
{
    QFETCH(QString, hooks);
    QFETCH(QString, error);
    QFETCH(bool, announced);
    QTemporaryDir tmp;
    ProjectSpec spec;
    spec.extraIni = QStringLiteral("[post_write_hooks]\n") + hooks;
    QVERIFY(buildProject(tmp.path(), spec));
    const Run r = write(tmp.path(), {"revision", "-m", "x", "--head", "f6a7", "--rev-id", "1a1a1a1a1a1a"});
    QVERIFY(!r.result.ok());
    QVERIFY2(r.result.error().message.startsWith(error), qPrintable(r.result.error().message));
    const QString generated = QStringLiteral("Generating %1 ...  done\n").arg(tmp.filePath(QStringLiteral("migrations/versions/1a1a1a1a1a1a_x.py")));
    QCOMPARE(r.out, announced ? generated + QStringLiteral("Running post write hook 'fmt' ...\n  FAILED\n") : generated);
    QVERIFY(QFile::exists(tmp.filePath(QStringLiteral("migrations/versions/1a1a1a1a1a1a_x.py"))));   // written before hooks
}

void TestRevisionWriterRules::moduleAndConsoleScriptsHooks()
{
    QTemporaryDir tmp;
    ProjectSpec spec;
    // `true` ignores its arguments; `python3 -m py_compile FILE` checks the new file compiles
    spec.extraIni = QStringLiteral("[post_write_hooks]\nhooks = a, b\na.type = console_scripts\na.entrypoint = true\n"
                                   "a.options = --check REVISION_SCRIPT_FILENAME\nb.type = module\nb.module = py_compile\n");
    QVERIFY(buildProject(tmp.path(), spec));
    Result<OpenedProject> project = openProject(tmp.path());
    QVERIFY(project.ok());
    const QString path = tmp.filePath(QStringLiteral("migrations/versions/x.py"));
    Result<QStringList> a = PostWriteHookRunner::commandLine(project->config.postWriteHooks().at(0), path, {});
    QVERIFY(a.ok());
    QCOMPARE(*a, QStringList({"/usr/bin/env", "true", "--check", path}));
    Result<QStringList> b = PostWriteHookRunner::commandLine(project->config.postWriteHooks().at(1), path, {});
    QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().message));
    QCOMPARE(b->mid(1), QStringList({"-m", "py_compile", path}));
    const Run r = write(tmp.path(), {"revision", "-m", "hooked", "--head", "f6a7", "--rev-id", "1a1a1a1a1a1a"});
    QVERIFY2(r.result.ok(), qPrintable(r.result.ok() ? QString() : r.result.error().toString()));
    QVERIFY(r.out.endsWith(QStringLiteral("Running post write hook 'a' ...\n  done\nRunning post write hook 'b' ...\n  done\n")));
}

void TestRevisionWriterRules::subdirectoryTemplate()
{
    QTemporaryDir tmp;
    ProjectSpec spec;
    spec.iniLines << QStringLiteral("file_template = %%(year)d/%%(month).2d/%%(rev)s_%%(slug)s")
                  << QStringLiteral("timezone = UTC");
    QVERIFY(buildProject(tmp.path(), spec));
    const Run r = write(tmp.path(), {"revision", "-m", "in sub dir", "--head", "f6a7", "--rev-id", "1a1a1a1a1a1a"});
    QVERIFY2(r.result.ok(), qPrintable(r.result.ok() ? QString() : r.result.error().toString()));
    const QString dir = tmp.filePath(QStringLiteral("migrations/versions/2026/11"));
    QCOMPARE(r.out, QStringLiteral("Creating directory %1 ...  done\nGenerating %1/1a1a1a1a1a1a_in_sub_dir.py ...  done\n").arg(dir));
    QVERIFY(r.notes.contains(QStringLiteral("recursive_version_locations = true")));
}

void TestRevisionWriterRules::outputEncoding()
{
    QTemporaryDir tmp;
    ProjectSpec spec;
    spec.iniLines << QStringLiteral("output_encoding = latin-1");
    QVERIFY(buildProject(tmp.path(), spec));
    const Run r = write(tmp.path(), {"revision", "-m", "caf\u00e9", "--head", "f6a7", "--rev-id", "1a1a1a1a1a1a"});
    QVERIFY(r.result.ok() || r.result.error().message.contains(QStringLiteral("header")));
    QFile f(tmp.filePath(QStringLiteral("migrations/versions/1a1a1a1a1a1a_caf\u00e9.py")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("\"\"\"caf\xe9\n"));

    QTemporaryDir tmp2;
    ProjectSpec ascii;
    ascii.iniLines << QStringLiteral("output_encoding = ascii");
    QVERIFY(buildProject(tmp2.path(), ascii));
    const Run bad = write(tmp2.path(), {"revision", "-m", "caf\u00e9", "--head", "f6a7", "--rev-id", "1a1a1a1a1a1a"});
    QVERIFY(!bad.result.ok());
    QCOMPARE(bad.result.error().message, QStringLiteral("Template rendering failed: 'ascii' codec can't encode character "
                                                        "'\u00e9' in position 6 (output_encoding = ascii)"));
    QVERIFY(bad.out.endsWith(QStringLiteral("...  FAILED\n")));
}

void TestRevisionWriterRules::revisionEnvironmentNote()
{
    QTemporaryDir tmp;
    ProjectSpec spec;
    spec.iniLines << QStringLiteral("revision_environment = true");
    QVERIFY(buildProject(tmp.path(), spec));
    // with revision_environment, --sql is accepted (Alembic would run env.py offline)
    const Run r = write(tmp.path(), {"revision", "--sql", "-m", "x", "--head", "f6a7", "--rev-id", "1a1a1a1a1a1a"});
    QVERIFY(r.result.ok());
    QVERIFY(r.notes.contains(QStringLiteral("Retort does not run env.py")));
}

void TestRevisionWriterRules::unreadableResult()
{
    QTemporaryDir tmp;
    ProjectSpec spec;
    spec.files << std::pair{QStringLiteral("migrations/script.py.mako"),
                            QStringLiteral("\"\"\"${message}\"\"\"\nrevision = make_id(${repr(up_revision)})\n"
                                           "down_revision = ${repr(down_revision)}\n")};
    QVERIFY(buildProject(tmp.path(), spec));
    const Run r = write(tmp.path(), {"revision", "-m", "x", "--head", "f6a7", "--rev-id", "1a1a1a1a1a1a"});
    QVERIFY(!r.result.ok());
    QVERIFY2(r.result.error().message.startsWith(QStringLiteral("The new revision file was written, but its header cannot be read back: ")),
             qPrintable(r.result.error().message));
    QCOMPARE(r.result.error().line, 2);
}

QTEST_GUILESS_MAIN(TestRevisionWriterRules)
#include "tst_revisionwriterrules.moc"
