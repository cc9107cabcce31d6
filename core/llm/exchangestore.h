// Every exchange with a model, kept whole in the run store (schema 5, table llm_exchanges): the
// messages exactly as sent, the answer, the model, the endpoint's host, times and token counts.
// A run whose code came from the model finds its exchange by the prompt's SHA-256.
#pragma once

#include "chattypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>
#include <optional>

namespace sandbench {
class RunStore;
}

namespace sandbench::llm {

struct Exchange
{
    qint64 id = 0;
    qint64 sessionId = 0; // 0: asked outside a session
    QString promptSha256; // of messages, as ContextBuilder::messagesSha256 computes it
    QJsonArray messages;
    QString model;        // asked for
    QString endpointHost; // Endpoint::host(): never a key, a user or a path
    ChatAnswer answer;
    Failure failure;
};

class ExchangeStore
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeStore)

public:
    explicit ExchangeStore(RunStore &store) : m_store(store) {}

    // Sets exchange.id; false with the reason in *error.
    bool record(Exchange &exchange, QString *error);
    // The latest exchange whose messages hash to promptSha256.
    std::optional<Exchange> byPrompt(const QString &promptSha256, QString *error = nullptr) const;

private:
    RunStore &m_store;
};

} // namespace sandbench::llm
