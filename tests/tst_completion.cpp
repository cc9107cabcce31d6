// Issue 15, item 5: the cell editor's completion and help. The provider here answers as the
// session's worker does (asynchronously, by ticket, or 0 while a cell runs); the worker's own
// answers are tested in tst_workerclient and tests/python/test_completion.py.
#include "codeeditor.h"
#include "completionprovider.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTest>
#include <QTimer>

using namespace sandbench;

namespace {

class ScriptedProvider : public CompletionProvider
{
    Q_OBJECT

public:
    bool busy = false;
    int busyRequests = 0; // asked while busy (the editor's retries included)
    int pending = 0;      // answers scheduled and not yet given: 0 once every answer came
    QStringList completionRequests;
    QStringList helpRequests;
    QList<CompletionItem> items;
    CompletionHelp help;

    quint64 requestCompletions(const QString &code) override
    {
        if (busy) {
            ++busyRequests;
            return 0;
        }
        completionRequests.append(code);
        const quint64 ticket = ++m_next;
        // Filtered by prefix as the worker does; answered later, as over the worker's channel.
        QList<CompletionItem> answer;
        QString prefix = code;
        int start = int(prefix.size());
        while (start > 0 && (prefix.at(start - 1).isLetterOrNumber() ||
                             prefix.at(start - 1) == QLatin1Char('_')))
            --start;
        prefix = prefix.mid(start);
        for (const CompletionItem &item : std::as_const(items)) {
            if (item.name.startsWith(prefix, Qt::CaseInsensitive))
                answer.append(item);
        }
        ++pending;
        QTimer::singleShot(20, this, [this, ticket, answer] {
            --pending;
            Q_EMIT completionsReady(ticket, true, answer);
        });
        return ticket;
    }

    quint64 requestHelp(const QString &code) override
    {
        if (busy)
            return 0;
        helpRequests.append(code);
        const quint64 ticket = ++m_next;
        ++pending;
        QTimer::singleShot(20, this, [this, ticket] {
            --pending;
            Q_EMIT helpReady(ticket, true, help);
        });
        return ticket;
    }

private:
    quint64 m_next = 0;
};

QStringList popupRows(QCompleter *completer)
{
    QStringList rows;
    QAbstractItemModel *model = completer->completionModel();
    for (int row = 0; row < model->rowCount(); ++row)
        rows.append(model->index(row, 0).data().toString());
    return rows;
}

} // namespace

class TestCompletion : public QObject
{
    Q_OBJECT

private:
    struct Setup
    {
        QStringListModel names{
            QStringList{QStringLiteral("df"), QStringLiteral("df_total"), QStringLiteral("count")}};
        ScriptedProvider provider;
        CodeEditor editor;

        Setup()
        {
            provider.items = {{QStringLiteral("groupby"), QStringLiteral("method")},
                              {QStringLiteral("get"), QStringLiteral("method")},
                              {QStringLiteral("price"), QStringLiteral("column")},
                              {QStringLiteral("shape"), QStringLiteral("property")}};
            editor.setCompletionModel(&names);
            editor.setCompletionProvider(&provider);
            editor.resize(500, 300);
            editor.show();
            editor.activateWindow();
            editor.setFocus();
            (void)QTest::qWaitForWindowActive(&editor);
        }
    };

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<CompletionHelp>(); }

    void attributesComeFromTheWorkerWithTheirKinds()
    {
        Setup s;
        QVERIFY(QTest::qWaitForWindowExposed(&s.editor));
        QTest::keyClicks(&s.editor, QStringLiteral("x = df.g"));
        QCompleter *completer = s.editor.completer();
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(popupRows(completer),
                 (QStringList{QStringLiteral("groupby"), QStringLiteral("get")}));
        QCOMPARE(completer->completionModel()->index(0, 0).data(Qt::UserRole + 1).toString(),
                 QStringLiteral("method"));
        // One request per object: typing on filters the answer already there.
        const qsizetype asked = s.provider.completionRequests.size();
        QCOMPARE(s.provider.completionRequests.last(), QStringLiteral("x = df."));
        QTest::keyClicks(&s.editor, QStringLiteral("r"));
        QTRY_COMPARE(popupRows(completer), QStringList{QStringLiteral("groupby")});
        QCOMPARE(s.provider.completionRequests.size(), asked);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(s.editor.toPlainText(), QStringLiteral("x = df.groupby"));
    }

    void aColumnIsOfferedAsAColumn()
    {
        Setup s;
        QVERIFY(QTest::qWaitForWindowExposed(&s.editor));
        QTest::keyClicks(&s.editor, QStringLiteral("df.pr"));
        QTRY_VERIFY(s.editor.completer()->popup()->isVisible());
        QCOMPARE(popupRows(s.editor.completer()), QStringList{QStringLiteral("price")});
        QCOMPARE(s.editor.completer()->completionModel()->index(0, 0).data(Qt::UserRole + 1),
                 QVariant(QStringLiteral("column")));
    }

    void nothingInsideStringsAndComments_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("string") << QStringLiteral("print('df.gr");
        QTest::newRow("double quotes") << QStringLiteral("x = \"co");
        QTest::newRow("comment") << QStringLiteral("x = 1  # df.gr");
        QTest::newRow("triple quotes") << QStringLiteral("s = '''\ndf.gr");
    }

    void nothingInsideStringsAndComments()
    {
        QFETCH(QString, code);
        Setup s;
        QVERIFY(QTest::qWaitForWindowExposed(&s.editor));
        const QStringList lines = code.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(&s.editor, Qt::Key_Return); // keyClicks cannot type a newline
            QTest::keyClicks(&s.editor, lines.at(i));
        }
        QTRY_COMPARE(s.provider.pending, 0); // every answer asked for has come
        // Only what was typed before the string or comment opened was asked about.
        for (const QString &asked : std::as_const(s.provider.completionRequests))
            QVERIFY2(!CodeEditor::insideStringOrComment(asked), qPrintable(asked));
        QVERIFY(!s.editor.completer()->popup()->isVisible());
        QVERIFY(CodeEditor::insideStringOrComment(code));
        QVERIFY(!CodeEditor::insideStringOrComment(QStringLiteral("s = 'a' + \"b\"\ndf.gr")));
    }

    void aBusyWorkerFallsBackToTheSessionsNames()
    {
        Setup s;
        s.provider.busy = true;
        QVERIFY(QTest::qWaitForWindowExposed(&s.editor));
        QTest::keyClicks(&s.editor, QStringLiteral("y = df"));
        QTRY_VERIFY(s.editor.completer()->popup()->isVisible());
        QCOMPARE(popupRows(s.editor.completer()),
                 (QStringList{QStringLiteral("df"), QStringLiteral("df_total")}));
        QTest::keyClick(s.editor.completer()->popup(), Qt::Key_Escape);
        // After a dot the names would be wrong: nothing rather than a guess.
        QTest::keyClicks(&s.editor, QStringLiteral(".gr"));
        const int asked = s.provider.busyRequests;
        QTRY_VERIFY(s.provider.busyRequests > asked); // the editor asked again, still busy
        QVERIFY(!s.editor.completer()->popup()->isVisible());
    }

    void aDotTypedWhileTheWorkerWasBusyCompletesOnceItIsFree()
    {
        Setup s;
        s.provider.busy = true;
        QVERIFY(QTest::qWaitForWindowExposed(&s.editor));
        QTest::keyClicks(&s.editor, QStringLiteral("df.gr"));
        QVERIFY(s.provider.completionRequests.isEmpty());
        s.provider.busy = false; // the cell, or the Variables panel's listing, ended
        QTRY_VERIFY(s.editor.completer()->popup()->isVisible());
        QCOMPARE(s.provider.completionRequests, QStringList{QStringLiteral("df.gr")});
        QCOMPARE(popupRows(s.editor.completer()), QStringList{QStringLiteral("groupby")});
    }

    void shiftTabShowsTheSignatureAndTheDocstring()
    {
        Setup s;
        s.provider.help = {QStringLiteral("df.groupby"), QStringLiteral("method"),
                           QStringLiteral("method"), QStringLiteral("groupby(by=None, axis=0)"),
                           QStringLiteral("Group DataFrame using a mapper.")};
        QVERIFY(QTest::qWaitForWindowExposed(&s.editor));
        QTest::keyClicks(&s.editor, QStringLiteral("df.groupby(by='city', "));
        if (s.editor.completer()->popup()->isVisible())
            QTest::keyClick(s.editor.completer()->popup(), Qt::Key_Escape);
        QTest::keyClick(&s.editor, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(s.provider.helpRequests.last(), QStringLiteral("df.groupby(by='city', "));
        QTRY_VERIFY(s.editor.helpPopup() && s.editor.helpPopup()->isVisible());
        QVERIFY(s.editor.helpText().contains(QStringLiteral("groupby(by=None, axis=0)")));
        QVERIFY(s.editor.helpText().contains(QStringLiteral("Group DataFrame")));
        QCOMPARE(s.editor.toPlainText(), QStringLiteral("df.groupby(by='city', "));
        // Typing goes on and closes it.
        QTest::keyClicks(&s.editor, QStringLiteral("s"));
        QVERIFY(!s.editor.helpPopup()->isVisible());
        // On a name, the help is the name's: the code sent ends with the whole word.
        s.editor.setPlainText(QStringLiteral("df.groupby"));
        QTextCursor cursor = s.editor.textCursor();
        cursor.setPosition(5);
        s.editor.setTextCursor(cursor);
        QTest::keyClick(&s.editor, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(s.provider.helpRequests.last(), QStringLiteral("df.groupby"));
    }

    void anAnswerForAnOlderRequestIsDropped()
    {
        Setup s;
        QVERIFY(QTest::qWaitForWindowExposed(&s.editor));
        QTest::keyClicks(&s.editor, QStringLiteral("df."));
        // Before the answer comes, the user moved on to another object.
        QTest::keyClick(&s.editor, Qt::Key_Backspace);
        QTest::keyClick(&s.editor, Qt::Key_Return);
        QTest::keyClicks(&s.editor, QStringLiteral("zz = 1"));
        QTRY_COMPARE(s.provider.pending, 0); // the older answer came, and was dropped
        QVERIFY(!s.editor.completer()->popup()->isVisible() ||
                !popupRows(s.editor.completer()).contains(QStringLiteral("groupby")));
    }
};

QTEST_MAIN(TestCompletion)
#include "tst_completion.moc"
