// Waiting for NotebookDocument's answers in tests: its reads and writes run on its file thread
// and answer through a callback, so a test waits for that answer (on the event loop, with
// QTest's usual timeout as a backstop against a hang, never a fixed sleep).
#pragma once

#include "notebookdocument.h"

#include <QObject>
#include <QString>
#include <QTest>
#include <optional>

namespace sandbench::test {

// start(receiver, done) begins one open, save or recovery; true when it answered without an
// error. error: the answer's error, or that none came.
template <typename Start> bool waitForFileAnswer(Start start, QString *error)
{
    std::optional<QString> answer;
    QObject receiver;
    start(&receiver, [&answer](const QString &why) { answer = why; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000)) {
        *error = QStringLiteral("no answer from the document's file thread");
        return false;
    }
    *error = *answer;
    return answer->isEmpty();
}

inline bool openDocument(NotebookDocument &document, const QString &path, QString *error)
{
    return waitForFileAnswer(
        [&](QObject *receiver, NotebookDocument::Done done) {
            document.open(path, receiver, std::move(done));
        },
        error);
}

inline bool saveDocument(NotebookDocument &document, QString *error)
{
    return waitForFileAnswer(
        [&](QObject *receiver, NotebookDocument::Done done) {
            document.save(receiver, std::move(done));
        },
        error);
}

inline bool saveDocumentAs(NotebookDocument &document, const QString &path, QString *error)
{
    return waitForFileAnswer(
        [&](QObject *receiver, NotebookDocument::Done done) {
            document.saveAs(path, receiver, std::move(done));
        },
        error);
}

inline bool recoverDocument(NotebookDocument &document, const NotebookDocument::Recovery &recovery,
                            QString *error)
{
    return waitForFileAnswer(
        [&](QObject *receiver, NotebookDocument::Done done) {
            document.recover(recovery, receiver, std::move(done));
        },
        error);
}

} // namespace sandbench::test
