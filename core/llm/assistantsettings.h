// The assistant's settings as every part of the app reads them: the window's Settings ▸ Assistant
// writes them, `sandbench ask` reads them (then SANDBENCH_LLM_ENDPOINT / SANDBENCH_LLM_MODEL).
// The API key is not among them: it lives in the desktop's keyring (or, headless, in
// SANDBENCH_LLM_API_KEY), never in the settings file, the database or a log.
#pragma once

#include <QSettings>
#include <QString>
#include <QUrl>
#include <algorithm>
#include <optional>

namespace sandbench::llm {

struct AssistantSettings
{
    QUrl baseUrl;
    QString model;
    double temperature = 0.2;
    int contextTokens = 8192;
    int answerTokens = 1024;
    int stallTimeoutMs = 60000;
    // Agent mode: at most this many tool calls per question (`ask --agent --max-steps` says the
    // same for the command line).
    int agentSteps = 8;
    static constexpr int kMaxAgentSteps = 50;
    // Sample rows go with the question: the user's choice; unset, on for an endpoint on this
    // machine (Endpoint::isLocal) and off for a remote one.
    std::optional<bool> sampleRows;

    // QSettings first, the environment for what they leave unset.
    static AssistantSettings load()
    {
        const QSettings settings;
        return load(settings);
    }
    static AssistantSettings load(const QSettings &settings)
    {
        AssistantSettings s;
        s.baseUrl = QUrl(settings.value(QStringLiteral("assistant/baseUrl")).toString());
        s.model = settings.value(QStringLiteral("assistant/model")).toString();
        s.temperature = settings.value(QStringLiteral("assistant/temperature"), 0.2).toDouble();
        s.contextTokens = settings.value(QStringLiteral("assistant/contextTokens"), 8192).toInt();
        s.agentSteps = std::clamp(settings.value(QStringLiteral("assistant/agentSteps"), 8).toInt(),
                                  1, kMaxAgentSteps);
        if (settings.contains(QStringLiteral("assistant/sampleRows")))
            s.sampleRows = settings.value(QStringLiteral("assistant/sampleRows")).toBool();
        if (s.baseUrl.isEmpty())
            s.baseUrl = QUrl(qEnvironmentVariable("SANDBENCH_LLM_ENDPOINT"));
        if (s.model.isEmpty())
            s.model = qEnvironmentVariable("SANDBENCH_LLM_MODEL");
        return s;
    }
    void save() const
    {
        QSettings settings;
        save(settings);
    }
    void save(QSettings &settings) const
    {
        settings.setValue(QStringLiteral("assistant/baseUrl"), baseUrl.toString());
        settings.setValue(QStringLiteral("assistant/model"), model);
        settings.setValue(QStringLiteral("assistant/temperature"), temperature);
        settings.setValue(QStringLiteral("assistant/contextTokens"), contextTokens);
        settings.setValue(QStringLiteral("assistant/agentSteps"), agentSteps);
        if (sampleRows.has_value())
            settings.setValue(QStringLiteral("assistant/sampleRows"), *sampleRows);
        else
            settings.remove(QStringLiteral("assistant/sampleRows"));
    }
};

} // namespace sandbench::llm
