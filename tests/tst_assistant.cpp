// The assistant in the window (issue 16), offscreen, against an OpenAI-compatible server the suite
// starts itself (helpers/fake_openai.py): the answer streams into the panel and Stop ends it; a
// code block inserted as a cell runs with origin llm, the model and the prompt's hash, and the
// exchange is in the store and the Provenance panel; a failed cell's fix arrives as a diff to
// accept; errors say what to do; the API key never reaches the settings file; pasted code is
// recorded as pasted.
#include "assistantpanel.h"
#include "celllistview.h"
#include "cellmodel.h"
#include "cellwidget.h"
#include "cli/exportcommand.h"
#include "codeeditor.h"
#include "diffdialog.h"
#include "documentsupport.h"
#include "helpers/fakeopenai.h"
#include "livechecker.h"
#include "llm/exchangestore.h"
#include "mainwindow.h"
#include "mainwindowtestaccess.h"
#include "notebookdocument.h"
#include "profile.h"
#include "provenancepanel.h"
#include "reviewqueuepanel.h"
#include "richoutput.h"
#include "sessionexport.h"
#include "settingsdialog.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace sandbench;

Q_DECLARE_METATYPE(sandbench::RunRecord)

namespace {
const QString kModel = QStringLiteral("qwen2.5-coder:7b");
const QString kAnswerCode =
    QStringLiteral("totals = sales.groupby(\"region\").revenue.sum()\ntotals");
} // namespace

class TestAssistant : public QObject
{
    Q_OBJECT

private:
    test::FakeOpenAi m_server;
    QTemporaryDir m_dir;
    int m_windows = 0;
    QString m_dbPath; // the newest window's run store

    // The store as another reader sees it: what the window recorded, committed.
    std::unique_ptr<RunStore> openStore() const
    {
        QString error;
        return RunStore::open(m_dbPath, &error);
    }

    llm::AssistantSettings settingsFor(const QString &model, const QUrl &base = QUrl()) const
    {
        llm::AssistantSettings s;
        s.baseUrl = base.isEmpty() ? m_server.baseUrl() : base;
        s.model = model;
        s.stallTimeoutMs = 120000; // the "stall" scenario is stopped by the test, not timed out
        return s;
    }

    // A window on the real worker with the default profile (its llm_first_run trigger on).
    std::unique_ptr<MainWindow> makeWindow(const QString &model = kModel)
    {
        QString error;
        m_dbPath = m_dir.filePath(QStringLiteral("gui%1.db").arg(++m_windows));
        auto store = RunStore::open(m_dbPath, &error);
        if (!store)
            return nullptr;
        SessionConfig config;
        config.outputDir = m_dir.filePath(QStringLiteral("out"));
        config.datasets.append({QStringLiteral("sales"), test::sampleSalesCsv()});
        const auto profile = ProfileLoader::load(QStringLiteral("default"), &error);
        if (!profile)
            return nullptr;
        config.profile = *profile;
        auto window = std::make_unique<MainWindow>(std::move(store), config);
        AppSettings settings = AppSettings::load(QSettings());
        settings.assistant = settingsFor(model);
        window->applySettings(settings);
        window->show();
        QApplication::setActiveWindow(window.get());
        if (!QTest::qWaitForWindowExposed(window.get()) || !window->startSession(&error))
            return nullptr;
        return window;
    }

    static RunRecord lastRun(const QSignalSpy &spy) { return spy.last().at(0).value<RunRecord>(); }

    // The chat requests the server received, oldest first.
    QList<QJsonObject> chatRequests() const
    {
        QList<QJsonObject> chats;
        for (const QJsonObject &r : m_server.requests()) {
            if (r.value(QStringLiteral("path")).toString() == QLatin1String("/v1/chat/completions"))
                chats.append(r.value(QStringLiteral("body")).toObject());
        }
        return chats;
    }

    // A window whose assistant runs in agent mode with this model and step limit.
    std::unique_ptr<MainWindow> makeAgentWindow(const QString &model, int steps)
    {
        auto window = makeWindow(model);
        if (!window)
            return nullptr;
        AppSettings settings = AppSettings::load(QSettings());
        settings.assistant = settingsFor(model);
        settings.assistant.agentSteps = steps;
        window->applySettings(settings);
        AssistantPanel *panel = testAccess(window).assistantPanel();
        if (!panel->agentModeBox()->isEnabled())
            return nullptr;
        panel->agentModeBox()->setChecked(true);
        return panel->agentModeOn() ? std::move(window) : nullptr;
    }

    QJsonArray lastMessagesSent() const
    {
        return m_server.lastRequest()
            .value(QStringLiteral("body"))
            .toObject()
            .value(QStringLiteral("messages"))
            .toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings stay out of ~
        qRegisterMetaType<RunRecord>();
        QVERIFY(m_dir.isValid());
        const QString script = QFINDTESTDATA("helpers/fake_openai.py");
        QVERIFY(!script.isEmpty());
        QVERIFY2(m_server.start(script), qPrintable(m_server.error()));
        QSettings().clear();
    }

    void unsetPanelSaysHowToStartALocalModel()
    {
        AssistantPanel panel;
        panel.show();
        QVERIFY(!panel.isConfigured());
        QVERIFY(panel.setupHint()->isVisible());
        const QString hint = panel.setupHint()->text();
        QVERIFY(hint.contains(QStringLiteral("ollama serve")));
        QVERIFY(hint.contains(QStringLiteral("http://localhost:11434/v1")));
        // Asking anyway says what to enter, and sends nothing.
        const int before = int(m_server.requests().size());
        QSignalSpy finished(&panel, &AssistantPanel::answerFinished);
        panel.ask(QStringLiteral("total revenue"));
        QCOMPARE(finished.size(), 1);
        QVERIFY(panel.currentAnswer()->errorLabel()->text().contains(
            QStringLiteral("Settings ▸ Assistant")));
        QCOMPARE(int(m_server.requests().size()), before);
        // Set up: the hint goes, the model and host are named instead.
        panel.setSettings(settingsFor(kModel));
        QVERIFY(!panel.setupHint()->isVisible());
        QVERIFY(panel.samplesBox()->isChecked()); // 127.0.0.1 is this machine
        panel.setSettings(settingsFor(kModel, QUrl(QStringLiteral("https://api.example.com/v1"))));
        QVERIFY(!panel.samplesBox()->isChecked()); // remote: no data values by default
        QVERIFY(!panel.agentModeBox()->isEnabled());
    }

    void answerStreamsIntoThePanelAsSent()
    {
        AssistantPanel panel;
        panel.setSettings(settingsFor(kModel));
        panel.resize(420, 600);
        panel.show();
        QSignalSpy started(&panel, &AssistantPanel::answerStarted);
        QSignalSpy finished(&panel, &AssistantPanel::answerFinished);
        QTest::keyClicks(panel.questionBox(), QStringLiteral("Total revenue per region"));
        QTest::mouseClick(panel.askButton(), Qt::LeftButton);
        // Without a session the request goes at once (started during the click).
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        AnswerView *answer = panel.currentAnswer();
        QVERIFY(answer);
        QCOMPARE(answer->failure().kind, llm::ErrorKind::None);
        QVERIFY(answer->text().startsWith(QStringLiteral("Totals per region")));
        QCOMPARE(answer->codeBlocks(), QStringList{kAnswerCode + QLatin1Char('\n')});
        QCOMPARE(answer->insertButtons().size(), 1);
        QVERIFY(panel.questionBox()->toPlainText().isEmpty());
        // The request carried exactly the messages the panel says it sent, streamed.
        const QJsonObject body = m_server.lastRequest().value(QStringLiteral("body")).toObject();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), kModel);
        QVERIFY(body.value(QStringLiteral("stream")).toBool());
        QCOMPARE(lastMessagesSent(), panel.lastContext().messages);
        QCOMPARE(llm::ContextBuilder::messagesSha256(lastMessagesSent()),
                 panel.lastContext().sha256);
        QCOMPARE(answer->promptSha256, panel.lastContext().sha256);

        // "What the model sees" shows those messages before anything is sent.
        const int requests = int(m_server.requests().size());
        QTest::keyClicks(panel.questionBox(), QStringLiteral("Total revenue per region"));
        panel.showWhatTheModelSees();
        QTRY_VERIFY(panel.contextDialog());
        auto *sees =
            panel.contextDialog()->findChild<QPlainTextEdit *>(QStringLiteral("modelSees"));
        QVERIFY(sees);
        for (const QJsonValue &m : panel.lastContext().messages)
            QVERIFY(sees->toPlainText().contains(
                m.toObject().value(QStringLiteral("content")).toString()));
        QCOMPARE(int(m_server.requests().size()), requests);
    }

    void stopEndsTheAnswerAndKeepsWhatArrived()
    {
        AssistantPanel panel;
        panel.setSettings(settingsFor(QStringLiteral("stall")));
        panel.show();
        QSignalSpy finished(&panel, &AssistantPanel::answerFinished);
        panel.ask(QStringLiteral("think hard"));
        QTRY_VERIFY_WITH_TIMEOUT(panel.currentAnswer() &&
                                     panel.currentAnswer()->streamView()->toPlainText() ==
                                         QStringLiteral("Thinking"),
                                 30000);
        QVERIFY(panel.isAsking());
        QVERIFY(panel.stopButton()->isEnabled());
        QVERIFY(!panel.askButton()->isEnabled());
        QTest::mouseClick(panel.stopButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(panel.currentAnswer()->failure().kind, llm::ErrorKind::Aborted);
        QCOMPARE(panel.currentAnswer()->text(), QStringLiteral("Thinking"));
        QVERIFY(panel.currentAnswer()->errorLabel()->text().contains(QStringLiteral("Stopped")));
        QVERIFY(!panel.isAsking());
        QVERIFY(panel.askButton()->isEnabled());
        QVERIFY(!panel.stopButton()->isEnabled());
    }

    // The window never waits for a whole answer to be rendered at its end: prose up to a fence and
    // each closed code block are shown rendered (the block with its buttons) while the rest still
    // streams, and the end renders only what is left, the same as one answer rendered at once.
    void completePartsAreRenderedWhileTheAnswerStreams()
    {
        AssistantPanel panel;
        panel.setSettings(settingsFor(QStringLiteral("code-then-stall")));
        panel.resize(420, 700);
        panel.show();
        QSignalSpy finished(&panel, &AssistantPanel::answerFinished);
        panel.ask(QStringLiteral("totals per region, then per month"));
        QTRY_VERIFY_WITH_TIMEOUT(
            panel.currentAnswer() && panel.currentAnswer()->insertButtons().size() == 1, 30000);
        AnswerView *answer = panel.currentAnswer();
        const QString first = QStringLiteral("sales.groupby(\"region\").revenue.sum()\n");
        QCOMPARE(answer->codeBlocks(), QStringList{first});
        // Only the block still open is plain text; the prose before it is rendered too.
        QTRY_COMPARE(answer->streamView()->toPlainText(), QStringLiteral("```python\nsales."));
        QTRY_COMPARE(answer->findChildren<SafeTextBrowser *>().size(), 2);
        QVERIFY(panel.isAsking());
        QCOMPARE(finished.size(), 0);
        QVERIFY(answer->streamView()->isVisible());
        // Insert works before the answer ends.
        QSignalSpy insert(answer, &AnswerView::insertRequested);
        QTest::mouseClick(answer->insertButtons().first(), Qt::LeftButton);
        QCOMPARE(insert.size(), 1);
        QCOMPARE(insert.first().first().toString(), first);

        QTest::mouseClick(panel.stopButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        // The cut block is a block too, and everything is rendered: prose, code, prose, code.
        QCOMPARE(answer->codeBlocks(), (QStringList{first, QStringLiteral("sales.\n")}));
        QCOMPARE(answer->insertButtons().size(), 2);
        QVERIFY(!answer->streamView()->isVisible());
        QStringList order;
        for (int i = 0; i < answer->layout()->count(); ++i) {
            QWidget *child = answer->layout()->itemAt(i)->widget();
            if (!child || !child->isVisible())
                continue;
            if (auto *prose = qobject_cast<SafeTextBrowser *>(child))
                order.append(prose->toPlainText().trimmed());
            else if (child->objectName() == QLatin1String("answerCode"))
                order.append(QStringLiteral("code: ") +
                             qobject_cast<QPlainTextEdit *>(child)->toPlainText());
        }
        QCOMPARE(order,
                 (QStringList{QStringLiteral("Totals per region:"),
                              QStringLiteral("code: ") + first.chopped(1),
                              QStringLiteral("Then the months:"), QStringLiteral("code: sales.")}));
        QVERIFY(answer->errorLabel()->text().contains(QStringLiteral("Stopped")));
    }

    void errorsSayWhatToDo_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QUrl>("base");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("401") << QStringLiteral("err-401") << QUrl()
                             << int(llm::ErrorKind::Unauthorized) << QStringLiteral("key");
        // Port 1 on the loopback: nothing listens there.
        QTest::newRow("connection refused")
            << kModel << QUrl(QStringLiteral("http://127.0.0.1:1/v1"))
            << int(llm::ErrorKind::ConnectionRefused) << QStringLiteral("127.0.0.1:1");
    }

    void errorsSayWhatToDo()
    {
        QFETCH(QString, model);
        QFETCH(QUrl, base);
        QFETCH(int, kind);
        QFETCH(QString, says);
        AssistantPanel panel;
        panel.setSettings(settingsFor(model, base));
        panel.show();
        QSignalSpy finished(&panel, &AssistantPanel::answerFinished);
        QSignalSpy settingsAsked(&panel, &AssistantPanel::settingsRequested);
        panel.ask(QStringLiteral("total revenue"));
        QVERIFY(finished.wait(30000));
        AnswerView *answer = panel.currentAnswer();
        QCOMPARE(int(answer->failure().kind), kind);
        QVERIFY(answer->errorLabel()->isVisible());
        QCOMPARE(answer->errorLabel()->text(), answer->failure().message);
        QVERIFY2(answer->errorLabel()->text().contains(says, Qt::CaseInsensitive),
                 qPrintable(answer->errorLabel()->text()));
        QVERIFY(answer->insertButtons().isEmpty());
        // What to do is one click away.
        QPushButton *open = nullptr;
        for (QPushButton *button : answer->findChildren<QPushButton *>()) {
            if (button->text().contains(QStringLiteral("Settings")))
                open = button;
        }
        QVERIFY(open);
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(settingsAsked.size(), 1);
        QVERIFY(panel.askButton()->isEnabled());
    }

    void insertedCellRunsWithTheModelsProvenance()
    {
        auto window = makeWindow();
        QVERIFY(window);
        AssistantPanel *panel = testAccess(window).assistantPanel();
        QSignalSpy finished(panel, &AssistantPanel::answerFinished);
        panel->ask(QStringLiteral("Total revenue per region"));
        QVERIFY(finished.wait(120000));
        AnswerView *answer = panel->currentAnswer();
        QCOMPARE(answer->failure().kind, llm::ErrorKind::None);
        // The model was told the session: the dataset's columns and the sandbox's rules.
        const QString user =
            lastMessagesSent().at(1).toObject().value(QStringLiteral("content")).toString();
        QVERIFY2(user.contains(QStringLiteral("revenue")), qPrintable(user));
        const QString sha = panel->lastContext().sha256;
        QCOMPARE(sha.size(), 64);

        QSignalSpy checked(testAccess(window).liveChecker(), &LiveChecker::checked);
        QTest::mouseClick(answer->insertButtons().first(), Qt::LeftButton);
        QCOMPARE(testAccess(window).cells()->rowCount(), 2);
        const Cell &cell = testAccess(window).cells()->cell(1);
        QCOMPARE(cell.source.source, kAnswerCode);
        QCOMPARE(cell.codeSource.origin, CodeOrigin::Llm);
        QCOMPARE(cell.codeSource.llmModel, kModel);
        QCOMPARE(cell.codeSource.promptSha256, sha);
        QCOMPARE(cell.codeSource.endpointHost, m_server.baseUrl().authority());
        QCOMPARE(testAccess(window).cellView()->currentRow(), 1);
        // Before it runs, the live check says it would go to review: model code never run.
        QVERIFY(checked.wait(120000));
        const QList<Violation> marks = testAccess(window).editor()->violations();
        QVERIFY(std::any_of(marks.cbegin(), marks.cend(), [](const Violation &v) {
            return v.rule == QLatin1String("llm-first-run");
        }));

        // It runs as model code: held for review, recorded with its origin, model and hash.
        QSignalSpy shown(window.get(), &MainWindow::runDisplayed);
        window->runCurrentCell();
        QVERIFY(shown.wait(120000));
        const RunRecord run = lastRun(shown);
        QCOMPARE(run.status, RunStatus::PendingReview);
        const auto store = openStore();
        QVERIFY(store);
        const auto stored = store->run(run.id);
        QVERIFY(stored);
        QCOMPARE(stored->codeOrigin, CodeOrigin::Llm);
        QCOMPARE(stored->llmModel, kModel);
        QCOMPARE(stored->llmPromptSha256, sha);
        QCOMPARE(stored->llmEndpointHost, m_server.baseUrl().authority());
        // The exchange is kept, with the messages exactly as sent.
        const auto exchange = llm::ExchangeStore(*store).byPrompt(sha);
        QVERIFY(exchange);
        QCOMPARE(exchange->messages, lastMessagesSent());
        QCOMPARE(exchange->answer.usage.promptTokens, 321);
        // The Provenance panel shows the model, the hash and the exchange.
        ProvenancePanel *provenance = testAccess(window).provenancePanel();
        QSignalSpy shownRun(provenance, &ProvenancePanel::runShown);
        provenance->showRun(run.id);
        QVERIFY(shownRun.wait(30000));
        QCOMPARE(shownRun.last().at(1).toBool(), true);
        QCOMPARE(testAccess(window).provenancePanel()->field(QStringLiteral("code.llm_model")),
                 kModel);
        QCOMPARE(testAccess(window).provenancePanel()->field(QStringLiteral("code.prompt_sha256")),
                 sha);
        QVERIFY(testAccess(window)
                    .provenancePanel()
                    ->field(QStringLiteral("code.exchange"))
                    .startsWith(QStringLiteral("#%1").arg(exchange->id)));
        QCOMPARE(testAccess(window).provenancePanel()->field(
                     QStringLiteral("code.exchange.prompt_tokens")),
                 QStringLiteral("321"));
    }

    // Item 6 in the window: every tool call shows as it happens; run_cell is a cell of the
    // notebook that runs in the sandbox and waits at the review queue (llm_first_run) like any;
    // an approval lets the agent go on; the tool results go back to the model.
    void agentModeRunsCellsInTheNotebookBehindTheReviewGate()
    {
        const QString model = QStringLiteral("agent");
        auto window = makeAgentWindow(model, 8);
        QVERIFY(window);
        AssistantPanel *panel = testAccess(window).assistantPanel();
        CellModel *cells = testAccess(window).cells();
        const int chatsBefore = int(chatRequests().size());
        QSignalSpy finished(panel, &AssistantPanel::answerFinished);
        QSignalSpy stepStarted(panel, &AssistantPanel::agentStepStarted);
        QSignalSpy stepFinished(panel, &AssistantPanel::agentStepFinished);
        QSignalSpy shown(window.get(), &MainWindow::runDisplayed);
        panel->ask(QStringLiteral("What is the total revenue?"));

        // Turn 1: describe the table, list the variables, arguments streamed in fragments.
        QTRY_VERIFY_WITH_TIMEOUT(stepFinished.size() >= 2, 120000);
        AnswerView *answer = panel->currentAnswer();
        QVERIFY(answer);
        QVERIFY(panel->isAsking());
        QVERIFY(panel->stopButton()->isEnabled());
        QVERIFY(!panel->agentModeBox()->isEnabled()); // not switched mid-answer
        QVERIFY2(answer->toolSteps().at(0)->text().contains(QStringLiteral("sales")),
                 qPrintable(answer->toolSteps().at(0)->text()));
        QVERIFY(answer->toolSteps().at(0)->text().contains(QStringLiteral("done")));
        // What went back to the model: the table's columns, as the worker described them.
        QVERIFY2(answer->toolSteps().at(0)->toolTip().contains(QStringLiteral("revenue")),
                 qPrintable(answer->toolSteps().at(0)->toolTip()));
        const QJsonObject first = chatRequests().value(chatsBefore);
        QVERIFY(first.value(QStringLiteral("stream")).toBool());
        const QJsonArray tools = first.value(QStringLiteral("tools")).toArray();
        QCOMPARE(tools.size(), 4);

        // Turn 2: run_cell becomes a cell of the notebook, with the model's provenance, and
        // waits for review: the agent waits with it and says so.
        QTRY_VERIFY_WITH_TIMEOUT(answer->waitingLabel() && answer->waitingLabel()->isVisible(),
                                 120000);
        QCOMPARE(stepStarted.size(), 3);
        QCOMPARE(stepFinished.size(), 2);
        QCOMPARE(cells->rowCount(), 2);
        const Cell &cell = cells->cell(1);
        QVERIFY(cell.source.source.startsWith(QStringLiteral("total = sales.revenue.sum()")));
        QCOMPARE(cell.codeSource.origin, CodeOrigin::Llm);
        QCOMPARE(cell.codeSource.llmModel, model);
        QCOMPARE(cell.codeSource.endpointHost, m_server.baseUrl().authority());
        QCOMPARE(
            cell.codeSource.promptSha256,
            llm::ContextBuilder::messagesSha256(
                chatRequests().value(chatsBefore + 1).value(QStringLiteral("messages")).toArray()));
        QVERIFY(shown.size() >= 1);
        const RunRecord held = lastRun(shown);
        QCOMPARE(held.status, RunStatus::PendingReview);
        QVERIFY(held.violations.size() >= 1);
        QCOMPARE(held.violations.first().rule, QStringLiteral("llm-first-run"));
        QVERIFY(answer->waitingLabel()->text().contains(QString::number(held.id)));
        QVERIFY(answer->toolSteps().at(2)->text().endsWith(QStringLiteral("…")));
        // Nothing went to the model past the gate.
        QCOMPARE(int(chatRequests().size()), chatsBefore + 2);

        // A reviewer approves: the cell runs in the sandbox, the agent goes on to its answer.
        ReviewQueuePanel *review = testAccess(window).reviewPanel();
        QTRY_VERIFY_WITH_TIMEOUT(review->listedRuns().contains(held.id), 30000);
        QVERIFY(review->selectRun(held.id));
        review->setReviewer(QStringLiteral("rita"));
        QString error;
        QVERIFY2(review->approve(&error), qPrintable(error));
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!panel->isAsking());
        QVERIFY(panel->askButton()->isEnabled());
        QCOMPARE(answer->toolSteps().size(), 4);
        QVERIFY2(answer->toolSteps().at(2)->text().contains(QStringLiteral("ok (run")),
                 qPrintable(answer->toolSteps().at(2)->text()));
        QVERIFY(answer->toolSteps().at(3)->text().contains(QStringLiteral("done")));
        QVERIFY(!answer->waitingLabel()->isVisible());
        QCOMPARE(cells->cell(1).lastRun->status, RunStatus::Ok);
        QVERIFY(cells->cell(1).lastRun->stdoutText.startsWith(QStringLiteral("total:")));
        // The cell's output went back to the model in the next turn.
        const QJsonArray third =
            chatRequests().value(chatsBefore + 2).value(QStringLiteral("messages")).toArray();
        QVERIFY(std::any_of(third.cbegin(), third.cend(), [](const QJsonValue &m) {
            return m.toObject().value(QStringLiteral("role")).toString() == QLatin1String("tool") &&
                   m.toObject()
                       .value(QStringLiteral("content"))
                       .toString()
                       .contains(QStringLiteral("total:"));
        }));
        // The final answer is rendered with its code block to insert.
        QCOMPARE(answer->failure().kind, llm::ErrorKind::None);
        QCOMPARE(answer->insertButtons().size(), 1);
        QCOMPARE(int(chatRequests().size()), chatsBefore + 4);
        // Each of the four requests is kept in the store; the cell's finds its exchange.
        const QString sha = cells->cell(1).codeSource.promptSha256;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto store = openStore();
                return store && llm::ExchangeStore(*store).byPrompt(sha).has_value();
            }(),
            30000);
    }

    // Stop ends the agent while its cell waits for review; the step limit from Settings stops
    // a model that asks for more tool calls than allowed, before the extra call runs.
    void agentModeStopsOnStopAndAtTheStepLimit()
    {
        {
            auto window = makeAgentWindow(QStringLiteral("agent-loop"), 8);
            QVERIFY(window);
            AssistantPanel *panel = testAccess(window).assistantPanel();
            const int chatsBefore = int(chatRequests().size());
            QSignalSpy finished(panel, &AssistantPanel::answerFinished);
            panel->ask(QStringLiteral("keep going"));
            QTRY_VERIFY_WITH_TIMEOUT(panel->currentAnswer() &&
                                         panel->currentAnswer()->waitingLabel() &&
                                         panel->currentAnswer()->waitingLabel()->isVisible(),
                                     120000);
            QVERIFY(panel->stopButton()->isEnabled());
            panel->stopButton()->click(); // the dock may sit behind another tab
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
            AnswerView *answer = panel->currentAnswer();
            QVERIFY2(answer->errorLabel()->text().startsWith(QStringLiteral("Stopped")),
                     qPrintable(answer->errorLabel()->text()));
            QVERIFY(!panel->isAsking());
            QVERIFY(panel->askButton()->isEnabled());
            QVERIFY(panel->agentModeBox()->isEnabled());
            // The held cell is not run and nothing more was asked of the model.
            QCOMPARE(testAccess(window).cells()->rowCount(), 2);
            QCOMPARE(testAccess(window).cells()->cell(1).lastRun->status, RunStatus::PendingReview);
            QCOMPARE(int(chatRequests().size()), chatsBefore + 1);
        }
        {
            auto window = makeAgentWindow(QStringLiteral("agent"), 1);
            QVERIFY(window);
            AssistantPanel *panel = testAccess(window).assistantPanel();
            const int chatsBefore = int(chatRequests().size());
            QSignalSpy finished(panel, &AssistantPanel::answerFinished);
            panel->ask(QStringLiteral("What is the total revenue?"));
            QVERIFY(finished.wait(120000));
            AnswerView *answer = panel->currentAnswer();
            // Turn 1 asked for two calls: the first ran, the second is past the limit.
            QCOMPARE(answer->toolSteps().size(), 1);
            QVERIFY2(answer->errorLabel()->text().contains(QStringLiteral("step limit")),
                     qPrintable(answer->errorLabel()->text()));
            QCOMPARE(int(chatRequests().size()), chatsBefore + 1);
            QCOMPARE(testAccess(window).cells()->rowCount(), 1);
        }
    }

    // Item 4 across a save: the notebook file keeps an LLM cell's origin, model, endpoint host
    // and prompt hash (and a pasted cell's origin); reopened, the cell runs as model code (held
    // by llm_first_run) and the export's header names its model and prompt hash.
    void anLlmCellKeepsItsOriginInTheNotebookFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("origins.py"));
        QString sha;
        {
            auto window = makeWindow();
            QVERIFY(window);
            AssistantPanel *panel = testAccess(window).assistantPanel();
            QSignalSpy finished(panel, &AssistantPanel::answerFinished);
            panel->ask(QStringLiteral("Total revenue per region"));
            QVERIFY(finished.wait(120000));
            sha = panel->lastContext().sha256;
            QTest::mouseClick(panel->currentAnswer()->insertButtons().first(), Qt::LeftButton);
            CellModel *cells = testAccess(window).cells();
            QCOMPARE(cells->rowCount(), 2);
            QApplication::clipboard()->setText(QStringLiteral("print(len(sales))"));
            testAccess(window).cellView()->setCurrentRow(0, true);
            testAccess(window).editor()->setFocus();
            testAccess(window).editor()->paste();
            QCOMPARE(cells->cell(0).codeSource.origin, CodeOrigin::Pasted);
            QVERIFY(testAccess(window).document()->isModified());
            QString error;
            QVERIFY2(test::saveDocumentAs(*testAccess(window).document(), path, &error),
                     qPrintable(error));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(QStringLiteral("prompt_sha256\":\"%1").arg(sha)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("sandbench={\"origin\":\"pasted\"}")));

        auto window = makeWindow();
        QVERIFY(window);
        QString error;
        QVERIFY2(openScriptAndWait(window, path, &error), qPrintable(error));
        CellModel *cells = testAccess(window).cells();
        QCOMPARE(cells->rowCount(), 2);
        QCOMPARE(cells->cell(0).codeSource.origin, CodeOrigin::Pasted);
        QCOMPARE(cells->cell(0).source.source, QStringLiteral("print(len(sales))"));
        const Cell &llmCell = cells->cell(1);
        QCOMPARE(llmCell.source.source, kAnswerCode);
        QCOMPARE(llmCell.source.title, QString()); // the metadata is not a title
        QCOMPARE(llmCell.codeSource.origin, CodeOrigin::Llm);
        QCOMPARE(llmCell.codeSource.llmModel, kModel);
        QCOMPARE(llmCell.codeSource.endpointHost, m_server.baseUrl().authority());
        QCOMPARE(llmCell.codeSource.promptSha256, sha);
        QVERIFY(!testAccess(window).document()->isModified());

        // Run both: the pasted one runs, the model's waits for review as model code.
        QSignalSpy shown(window.get(), &MainWindow::runDisplayed);
        testAccess(window).runAllAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 2, 120000);
        QCOMPARE(shown.at(0).at(0).value<RunRecord>().status, RunStatus::Ok);
        QCOMPARE(lastRun(shown).status, RunStatus::PendingReview);
        const auto store = openStore();
        QVERIFY(store);
        QCOMPARE(store->run(shown.at(0).at(0).value<RunRecord>().id)->codeOrigin,
                 CodeOrigin::Pasted);
        const auto exported =
            SessionExport::load(*store, testAccess(window).session()->sessionId(), &error);
        QVERIFY2(exported, qPrintable(error));
        const QString script = m_dir.filePath(QStringLiteral("origins-export.py"));
        QVERIFY2(cli::ExportCommand::write(*exported, script, &error), qPrintable(error));
        QFile out(script);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QString header = QString::fromUtf8(out.readAll());
        QVERIFY2(header.contains(QStringLiteral("written by model %1").arg(kModel)),
                 qPrintable(header));
        QVERIFY(header.contains(sha));
    }

    void fixArrivesAsADiffToAccept()
    {
        auto window = makeWindow();
        QVERIFY(window);
        QSignalSpy shown(window.get(), &MainWindow::runDisplayed);
        const QString broken = QStringLiteral("totals = sales.groupby('regio').revenue.sum()");
        testAccess(window).cells()->setCode(0, broken);
        window->runCurrentCell();
        QVERIFY(shown.wait(120000));
        QCOMPARE(lastRun(shown).status, RunStatus::Error);
        CellWidget *widget = testAccess(window).cellView()->cellWidget(0);
        QTRY_VERIFY(widget->fixButton()->isVisible());
        QVERIFY(widget->explainButton()->isVisible());

        AssistantPanel *panel = testAccess(window).assistantPanel();
        QSignalSpy finished(panel, &AssistantPanel::answerFinished);
        QTest::mouseClick(widget->fixButton(), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        // The model got the code and its error.
        const QString user =
            lastMessagesSent().at(1).toObject().value(QStringLiteral("content")).toString();
        QVERIFY2(user.contains(QStringLiteral("regio")), qPrintable(user));
        QVERIFY2(user.contains(QStringLiteral("KeyError")), qPrintable(user));
        // The fix is a diff; nothing changed until it is accepted.
        QTRY_VERIFY(panel->openDiff());
        DiffDialog *diff = panel->openDiff();
        QCOMPARE(diff->removedLines(), 1);
        QCOMPARE(diff->addedLines(), 2);
        QVERIFY(diff->view()->toPlainText().contains(QStringLiteral("- ") + broken));
        QCOMPARE(testAccess(window).cells()->cell(0).source.source, broken);
        QSignalSpy replaced(panel, &AssistantPanel::cellReplaced);
        QTest::mouseClick(diff->acceptButton(), Qt::LeftButton);
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(testAccess(window).cells()->cell(0).source.source, kAnswerCode);
        QCOMPARE(testAccess(window).cells()->cell(0).codeSource.origin, CodeOrigin::Llm);
        QCOMPARE(testAccess(window).cells()->cell(0).codeSource.promptSha256,
                 panel->lastContext().sha256);
    }

    void pastedCodeIsRecordedAsPasted()
    {
        auto window = makeWindow();
        QVERIFY(window);
        QApplication::clipboard()->setText(QStringLiteral("print(len(sales))"));
        testAccess(window).editor()->setFocus();
        testAccess(window).editor()->paste();
        QCOMPARE(testAccess(window).cells()->cell(0).codeSource.origin, CodeOrigin::Pasted);
        QSignalSpy shown(window.get(), &MainWindow::runDisplayed);
        window->runCurrentCell();
        QVERIFY(shown.wait(120000));
        const RunRecord run = lastRun(shown);
        QCOMPARE(run.status, RunStatus::Ok);
        const auto store = openStore();
        QVERIFY(store);
        QCOMPARE(store->run(run.id)->codeOrigin, CodeOrigin::Pasted);
        // Typing alone stays typed.
        const int row = testAccess(window).cells()->insertCell(1);
        QCOMPARE(testAccess(window).cells()->cell(row).codeSource.origin, CodeOrigin::Typed);
    }

    void settingsTestTheConnectionAndKeepTheKeyOutOfTheSettingsFile()
    {
        QSettings().clear();
        AppSettings initial = AppSettings::load(QSettings());
        SettingsDialog dialog(initial);
        dialog.showAssistantPage();
        dialog.show();
        dialog.assistantUrl()->clear();
        QTest::keyClicks(dialog.assistantUrl(), m_server.baseUrl().toString());
        QVERIFY(dialog.sampleRowsBox()->isChecked()); // follows the URL: this machine
        // Test Connection lists the server's models.
        QTest::mouseClick(dialog.testConnectionButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testResult()->text().startsWith(QStringLiteral("✓")),
                                 30000);
        QVERIFY(dialog.testResult()->text().contains(QStringLiteral("2 model")));
        QCOMPARE(dialog.assistantModel()->count(), 2);
        // None chosen yet: the first listed; a chosen one stays chosen when listed again.
        QCOMPARE(dialog.assistantModel()->currentText(), dialog.assistantModel()->itemText(0));
        QVERIFY(dialog.assistantModel()->findText(kModel) >= 0);
        dialog.assistantModel()->setCurrentText(kModel);
        QTest::mouseClick(dialog.testConnectionButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testConnectionButton()->isEnabled(), 30000);
        QCOMPARE(dialog.assistantModel()->currentText(), kModel);
        QCOMPARE(dialog.assistantModel()->count(), 2);
        const QJsonObject listing = m_server.lastRequest();
        QCOMPARE(listing.value(QStringLiteral("path")).toString(), QStringLiteral("/v1/models"));

        const QString secret = QStringLiteral("sk-test-never-in-a-file-4711");
        QTest::keyClicks(dialog.apiKeyField(), secret);
        dialog.accept();
        // The keyring stores it (the dialog closes) or says why not (it stays open); in both
        // cases the settings the window saves hold no key.
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.result() == QDialog::Accepted ||
                dialog.keyStatus()->text().contains(QStringLiteral("could not be stored")),
            30000);
        QSettings settings;
        AppSettings chosen = dialog.settings();
        chosen.save(settings);
        settings.sync();
        QCOMPARE(chosen.assistant.model, kModel);
        QCOMPARE(chosen.assistant.baseUrl, m_server.baseUrl());
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains(m_server.baseUrl().toString().toUtf8())); // the file it is
        QVERIFY(!written.contains(secret.toUtf8()));
        QVERIFY(!written.contains("sk-test"));
    }
};

int main(int argc, char **argv)
{
    // No desktop session here: the keyring is unreachable at once (never a D-Bus autolaunch).
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/sandbench-test-bus");
    QApplication app(argc, argv);
    TestAssistant test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_assistant.moc"
