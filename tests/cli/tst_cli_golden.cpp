// `retort` against Alembic's own output for the same command lines on the reference's example
// project (tests/data/projects/labh). The expected texts and exit codes were captured from
// Debian's alembic by tests/data/cli/make_golden.py.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace retort;

class TestCliGolden : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesAlembic_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("rc");
        QTest::addColumn<QString>("out");
        const QByteArray json = test::readFile(test::dataPath(QStringLiteral("cli/labh.json"))).toUtf8();
        const QJsonArray cases = QJsonDocument::fromJson(json).array();
        QVERIFY(!cases.isEmpty());
        for (const QJsonValue &v : cases) {
            const QJsonObject c = v.toObject();
            QStringList args;
            for (const QJsonValue &a : c.value(QStringLiteral("args")).toArray())
                args << a.toString();
            QTest::newRow(qPrintable(args.join(QLatin1Char(' '))))
                << args << c.value(QStringLiteral("rc")).toInt() << c.value(QStringLiteral("out")).toString();
        }
    }

    void matchesAlembic()
    {
        QFETCH(QStringList, args);
        QFETCH(int, rc);
        QFETCH(QString, out);
        const QString project = test::dataPath(QStringLiteral("projects/labh"));
        const test::ProcessResult r = test::run(test::binPath(QStringLiteral("retort")), args, project);
        QString expected = out;
        expected.replace(QStringLiteral("@PROJECT@"), project);
        QCOMPARE(r.out, expected);
        QCOMPARE(r.exitCode, rc);
    }
};

QTEST_GUILESS_MAIN(TestCliGolden)
#include "tst_cli_golden.moc"
