// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/ProjectFixture.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translationType;
    QStringList translations; // one, or one per numerus form
};

QList<Message> readTs(const QString& path, QString* error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = Message{context, {}, {}, {}};
            } else if (name == QLatin1String("source") && inMessage) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                current.translationType = xml.attributes().value(QLatin1String("type")).toString();
                // Either plain text or <numerusform> children.
                QString text;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        current.translations << xml.readElementText();
                    else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                        break;
                }
                if (current.translations.isEmpty())
                    current.translations << text;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyChineseMessageIsTranslated();
    void windowSpeaksChinese();
};

void TestTranslations::everyChineseMessageIsTranslated()
{
    const QString path = QStringLiteral(RAPPORT_SOURCE_DIR "/translations/rapport_zh_CN.ts");
    QString error;
    const QList<Message> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 50, "the catalogue looks empty: run update_translations");
    QStringList problems;
    for (const Message& m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source;
        if (m.translationType == QLatin1String("unfinished"))
            problems << QStringLiteral("unfinished: ") + where;
        else if (m.translationType == QLatin1String("vanished") ||
                 m.translationType == QLatin1String("obsolete"))
            problems << QStringLiteral("obsolete: ") + where;
        for (const QString& text : m.translations)
            if (text.trimmed().isEmpty())
                problems << QStringLiteral("empty: ") + where;
        // Placeholders must survive translation.
        for (int n = 1; n <= 9; ++n) {
            const QString marker = QStringLiteral("%") + QString::number(n);
            if (m.source.contains(marker)) {
                for (const QString& text : m.translations)
                    if (!text.contains(marker))
                        problems << QStringLiteral("lost %1: ").arg(marker) + where;
            }
        }
        if (m.source.contains(QLatin1String("%n")) || m.source.contains(QLatin1String("%Ln"))) {
            for (const QString& text : m.translations)
                if (!text.contains(QLatin1String("%n")) && !text.contains(QLatin1String("%Ln")))
                    problems << QStringLiteral("lost %n: ") + where;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::windowSpeaksChinese()
{
    QCOMPARE(rapport::installTranslations(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    rapport::test::UiTestFolder folder;
    QSettings settings(folder.path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    rapport::ui::MainWindow window(folder.environment(), settings);
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
    QCOMPARE(window.stateLabel()->text(), QStringLiteral("未打开项目"));

    const QString path = folder.path(QStringLiteral("项目.rapport"));
    rapport::test::makeProject(folder, path, 1234);
    window.openAtStart(path);
    QCOMPARE(window.stateLabel()->text(), QStringLiteral("已保存"));
    QCOMPARE(window.peopleCountLabel()->text(), QStringLiteral("1,234 人"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
