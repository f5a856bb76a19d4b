// RevisionNaming: slugs and file_template formatting against Python itself (the code Alembic's
// _rev_path runs), revision id checks with Alembic's texts, create dates (format, timezones).
#include "script/revisionnaming.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace retort;

namespace {

// What Alembic's _rev_path does with a message and a truncate length, and `format % tokens`.
const char *kOracle = R"PY(
import json, re, sys
out = []
for r in json.load(open(sys.argv[1], encoding="utf-8")):
    if r["kind"] == "slug":
        slug = "_".join(re.compile(r"\w+").findall(r["message"])).lower()
        if len(slug) > r["length"]:
            slug = slug[: r["length"]].rsplit("_", 1)[0] + "_"
        out.append(slug)
    else:
        try:
            out.append(r["format"] % r["tokens"])
        except Exception as e:
            out.append({"error": "%s: %s" % (type(e).__name__, e)})
json.dump(out, sys.stdout)
)PY";

struct SlugCase { const char *name; QString message; int length; };
struct FormatCase { const char *name; QString format; };

QList<SlugCase> slugCases()
{
    return {
        {"simple", QStringLiteral("create account table"), 40},
        {"punctuation", QStringLiteral("This is a Very Long message: with punctuation & stuff!! ok"), 20},
        {"unicode", QStringLiteral("héllo wörld ünïcode"), 20},
        {"empty", QString(), 40},
        {"only punctuation", QStringLiteral("!!! ... ???"), 40},
        {"no underscore in cut", QStringLiteral("abcdefghijklmnopqrstuvwxyz"), 10},
        {"exact length", QStringLiteral("abc def"), 7},
        {"one over", QStringLiteral("abc defg"), 7},
        {"zero length", QStringLiteral("abc def"), 0},
        {"digits and underscores", QStringLiteral("add_col 2 to __t__"), 40},
        {"greek and cjk", QStringLiteral("Ελληνικά 数据库 ２番目"), 12},
        {"combining mark", QStringLiteral("cafe\u0301 au lait"), 40},
        {"astral", QStringLiteral("emoji \U0001F600 and \U0001D400bold"), 9},
        {"tabs and newlines", QStringLiteral("first line\nsecond\tline"), 40},
        {"special lower-casing", QStringLiteral("İstanbul ΟΔΟΣ ΣΑΣ STRASSE ǅ ΑΣ_Β"), 60},
    };
}

QList<FormatCase> formatCases()
{
    return {
        {"default", QStringLiteral("%(rev)s_%(slug)s")},
        {"dated", QStringLiteral("%(year)d_%(month).2d_%(day).2d_%(hour).2d%(minute).2d-%(rev)s_%(slug)s")},
        {"epoch", QStringLiteral("%(epoch)s_%(rev)s")},
        {"widths", QStringLiteral("%(second)05d|%(second)-5d|%(second)+d|%(second) d|%(month)x|%(month)#x|%(day)#o|%(day)X")},
        {"string widths", QStringLiteral("%(rev)20s|%(rev)-14s|%(rev).4s|%(rev)r")},
        {"floats", QStringLiteral("%(month).1f|%(day)e")},
        {"percent", QStringLiteral("100%% %(rev)s")},
        {"subdirectory", QStringLiteral("%(year)d/%(month).2d/%(rev)s_%(slug)s")},
        {"unknown token", QStringLiteral("%(revision)s")},
        {"bad conversion", QStringLiteral("%(rev)q")},
        {"string as int", QStringLiteral("%(rev)d")},
        {"incomplete", QStringLiteral("%(rev)s_%")},
    };
}

QHash<QString, TemplateValue> tokens()
{
    return {{QStringLiteral("rev"), TemplateValue::string(QStringLiteral("9999aaaa0001"))},
            {QStringLiteral("slug"), TemplateValue::string(QStringLiteral("this_is_a_"))},
            {QStringLiteral("epoch"), TemplateValue::integer(1795236333)},
            {QStringLiteral("year"), TemplateValue::integer(2026)},
            {QStringLiteral("month"), TemplateValue::integer(11)},
            {QStringLiteral("day"), TemplateValue::integer(21)},
            {QStringLiteral("hour"), TemplateValue::integer(4)},
            {QStringLiteral("minute"), TemplateValue::integer(45)},
            {QStringLiteral("second"), TemplateValue::integer(7)}};
}

} // namespace

class TestRevisionNaming : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void slug_data();
    void slug();
    void percentFormat_data();
    void percentFormat();
    void revisionIds_data();
    void revisionIds();
    void newRevisionId();
    void createDate_data();
    void createDate();
    void unknownTimezone();
    void fileNameErrors();

private:
    QJsonArray m_oracle;
};

void TestRevisionNaming::initTestCase()
{
    QJsonArray requests;
    for (const SlugCase &c : slugCases())
        requests.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("slug")},
                                    {QStringLiteral("message"), c.message}, {QStringLiteral("length"), c.length}});
    QJsonObject tokenJson;
    const QHash<QString, TemplateValue> t = tokens();
    for (auto it = t.begin(); it != t.end(); ++it)
        tokenJson.insert(it.key(), it->isString() ? QJsonValue(it->text()) : QJsonValue(it->integerValue()));
    for (const FormatCase &c : formatCases())
        requests.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("format")},
                                    {QStringLiteral("format"), c.format}, {QStringLiteral("tokens"), tokenJson}});
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("r.json"));
    QVERIFY(test::writeFile(file, QString::fromUtf8(QJsonDocument(requests).toJson())));
    const test::ProcessResult r = test::run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromUtf8(kOracle), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    m_oracle = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(m_oracle.size(), requests.size());
}

void TestRevisionNaming::slug_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < slugCases().size(); ++i)
        QTest::newRow(slugCases()[i].name) << i;
}

void TestRevisionNaming::slug()
{
    QFETCH(int, index);
    const SlugCase c = slugCases().at(index);
    QCOMPARE(RevisionNaming::slug(c.message, c.length), m_oracle.at(index).toString());
}

void TestRevisionNaming::percentFormat_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < formatCases().size(); ++i)
        QTest::newRow(formatCases()[i].name) << i;
}

void TestRevisionNaming::percentFormat()
{
    QFETCH(int, index);
    const FormatCase c = formatCases().at(index);
    const QJsonValue python = m_oracle.at(slugCases().size() + index);
    Result<QString> ours = RevisionNaming::percentFormat(c.format, tokens());
    if (python.isObject()) {
        QVERIFY2(!ours.ok(), qPrintable(ours.ok() ? *ours : QString()));
        const QString pyError = python.toObject().value(QStringLiteral("error")).toString();
        // same exception type, and Python's text where Retort keeps it
        QCOMPARE(ours.error().message.section(QLatin1Char(':'), 0, 0), pyError.section(QLatin1Char(':'), 0, 0));
        if (!pyError.startsWith(QLatin1String("TypeError")))
            QCOMPARE(ours.error().message, pyError);
    } else {
        QVERIFY2(ours.ok(), qPrintable(ours.ok() ? QString() : ours.error().message));
        QCOMPARE(*ours, python.toString());
    }
}

void TestRevisionNaming::revisionIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("error");
    QTest::newRow("plain") << "a1b2c3d4e5f6" << "";
    QTest::newRow("underscores") << "release_2_0" << "";
    QTest::newRow("dash") << "bad-id" << "Character(s) '-' not allowed in revision identifier 'bad-id'";
    QTest::newRow("several sorted") << "a@b:c" << "Character(s) ':, @' not allowed in revision identifier 'a@b:c'";
    QTest::newRow("all four") << "x+y-z:w@v" << "Character(s) '+, -, :, @' not allowed in revision identifier 'x+y-z:w@v'";
    QTest::newRow("repeated") << "a--b" << "Character(s) '-' not allowed in revision identifier 'a--b'";
}

void TestRevisionNaming::revisionIds()
{
    QFETCH(QString, id);
    QFETCH(QString, error);
    Result<void> r = RevisionNaming::verifyRevisionId(id);
    QCOMPARE(r.ok(), error.isEmpty());
    if (!error.isEmpty()) {
        QCOMPARE(r.error().message, error);
        QCOMPARE(r.error().code, ErrorCode::Command);
    }
}

void TestRevisionNaming::newRevisionId()
{
    static const QRegularExpression hex12(QStringLiteral("^[0-9a-f]{12}$"));
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString id = RevisionNaming::newRevisionId();
        QVERIFY2(hex12.match(id).hasMatch(), qPrintable(id));
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 200);
}

void TestRevisionNaming::createDate_data()
{
    QTest::addColumn<QString>("timezone");
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<QString>("expected");   // empty: local time, format checked only
    // 2026-11-21 04:45:33.510614 UTC
    const qint64 t = 1795236333LL * 1000000 + 510614;
    QTest::newRow("utc") << "UTC" << t << "2026-11-21 04:45:33.510614+00:00";
    QTest::newRow("lower-case utc") << "utc" << t << "2026-11-21 04:45:33.510614+00:00";
    QTest::newRow("kolkata") << "Asia/Kolkata" << t << "2026-11-21 10:15:33.510614+05:30";
    QTest::newRow("new york") << "America/New_York" << t << "2026-11-20 23:45:33.510614-05:00";
    QTest::newRow("no microseconds") << "UTC" << qint64(1795236333LL * 1000000) << "2026-11-21 04:45:33+00:00";
    QTest::newRow("local") << "" << t << "";
}

void TestRevisionNaming::createDate()
{
    QFETCH(QString, timezone);
    QFETCH(qint64, micros);
    QFETCH(QString, expected);
    const auto when = std::chrono::system_clock::time_point(std::chrono::microseconds(micros));
    Result<CreateDate> d = RevisionNaming::createDate(timezone, when);
    QVERIFY(d.ok());
    QCOMPARE(d->epoch, micros / 1000000);
    if (!expected.isEmpty()) {
        QCOMPARE(d->str(), expected);
        QVERIFY(d->aware);
    } else {
        static const QRegularExpression naive(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.510614$"));
        QVERIFY2(naive.match(d->str()).hasMatch(), qPrintable(d->str()));
        QCOMPARE(d->str().left(19),
                 QDateTime::fromSecsSinceEpoch(micros / 1000000).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
}

void TestRevisionNaming::unknownTimezone()
{
    Result<CreateDate> d = RevisionNaming::createDate(QStringLiteral("Mars/Olympus"), std::chrono::system_clock::now());
    QVERIFY(!d.ok());
    QCOMPARE(d.error().message, QStringLiteral("Can't locate timezone: Mars/Olympus"));
}

void TestRevisionNaming::fileNameErrors()
{
    Result<CreateDate> d = RevisionNaming::createDate(QStringLiteral("UTC"), std::chrono::system_clock::now());
    QVERIFY(d.ok());
    Result<QString> ok = RevisionNaming::fileName(QStringLiteral("%(rev)s_%(slug)s"), QStringLiteral("abc"),
                                                  QStringLiteral("Hello World"), 40, *d);
    QCOMPARE(*ok, QStringLiteral("abc_hello_world.py"));
    Result<QString> bad = RevisionNaming::fileName(QStringLiteral("%(rev)s_%(revision)s"), QStringLiteral("abc"),
                                                   QString(), 40, *d);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.startsWith(QStringLiteral("file_template '%(rev)s_%(revision)s': KeyError: 'revision'")),
             qPrintable(bad.error().message));
    QVERIFY(bad.error().message.contains(QStringLiteral("tokens: rev, slug, epoch")));
}

QTEST_GUILESS_MAIN(TestRevisionNaming)
#include "tst_revisionnaming.moc"
