// Settings: the sandbox profile and its limits, the look, the editor font, the reviewer's name,
// and the chosen profile's policy.
#pragma once

#include "appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace sandbench {

class PolicyView;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);

    AppSettings settings() const;
    // Opens on the policy page.
    void showPolicyPage();

private:
    void showPolicyOf(const QString &profileName);

    AppSettings m_initial;
    QComboBox *m_profile = nullptr;
    QSpinBox *m_memory = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_output = nullptr;
    QCheckBox *m_keepOnError = nullptr;
    QComboBox *m_theme = nullptr;
    QFontComboBox *m_font = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QLineEdit *m_reviewer = nullptr;
    PolicyView *m_policy = nullptr;
    QTabWidget *m_tabs = nullptr;
};

} // namespace sandbench
