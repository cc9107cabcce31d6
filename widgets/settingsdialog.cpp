#include "settingsdialog.h"

#include "policyview.h"
#include "profile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sandbench {
namespace {

QSpinBox *limitBox(QWidget *parent, int max, int value, const QString &suffix)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, max);
    box->setValue(value);
    box->setSuffix(suffix);
    box->setSpecialValueText(SettingsDialog::tr("profile's own"));
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_initial(settings)
{
    setWindowTitle(tr("Settings"));
    m_tabs = new QTabWidget(this);

    auto *sandbox = new QWidget(m_tabs);
    auto *form = new QFormLayout(sandbox);
    m_profile = new QComboBox(sandbox);
    m_profile->addItems(ProfileLoader::available());
    if (m_profile->findText(settings.profileName) < 0)
        m_profile->addItem(settings.profileName);
    m_profile->setCurrentText(settings.profileName);
    form->addRow(tr("&Profile:"), m_profile);
    m_memory = limitBox(sandbox, 1024 * 1024, settings.memoryMb, tr(" MB"));
    form->addRow(tr("&Memory limit:"), m_memory);
    m_timeout = limitBox(sandbox, 24 * 3600, settings.timeoutS, tr(" s"));
    form->addRow(tr("&Time limit per cell:"), m_timeout);
    m_output = limitBox(sandbox, 64 * 1024 * 1024, settings.outputChars, tr(" characters"));
    m_output->setSingleStep(1024 * 1024);
    form->addRow(tr("&Output kept per cell:"), m_output);
    m_keepOnError = new QCheckBox(tr("&Keep what a failing cell did before its error"), sandbox);
    m_keepOnError->setToolTip(tr(
        "Off: a cell that raises an error leaves the variables as they were before it. On: "
        "what it did before the error stays, as in Jupyter; Run > Undo Last Cell still goes "
        "back to before the cell. Refused cells and limits always roll back. Applies to the next "
        "cell."));
    m_keepOnError->setChecked(settings.keepStateOnError);
    form->addRow(tr("On error:"), m_keepOnError);
    auto *note = new QLabel(tr("Changes apply when the session restarts (Run > Restart Session); "
                               "every run records the profile and limits it ran under."),
                            sandbox);
    note->setWordWrap(true);
    form->addRow(note);
    m_tabs->addTab(sandbox, tr("Sandbox"));

    auto *look = new QWidget(m_tabs);
    auto *lookForm = new QFormLayout(look);
    m_theme = new QComboBox(look);
    m_theme->addItem(tr("Light"), EditorTheme::nameOf(EditorTheme::Kind::Light));
    m_theme->addItem(tr("Dark"), EditorTheme::nameOf(EditorTheme::Kind::Dark));
    m_theme->setCurrentIndex(settings.theme == EditorTheme::Kind::Dark ? 1 : 0);
    lookForm->addRow(tr("&Theme:"), m_theme);
    m_font = new QFontComboBox(look);
    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_font->setCurrentFont(settings.editorFont);
    lookForm->addRow(tr("Editor &font:"), m_font);
    m_fontSize = new QSpinBox(look);
    m_fontSize->setRange(6, 48);
    m_fontSize->setValue(settings.editorFont.pointSize() > 0 ? settings.editorFont.pointSize()
                                                             : 10);
    lookForm->addRow(tr("Font &size:"), m_fontSize);
    m_tabs->addTab(look, tr("Appearance"));

    auto *review = new QWidget(m_tabs);
    auto *reviewForm = new QFormLayout(review);
    m_reviewer = new QLineEdit(settings.reviewerName, review);
    m_reviewer->setPlaceholderText(tr("Your name, as approvals will record it"));
    reviewForm->addRow(tr("&Reviewer name:"), m_reviewer);
    m_tabs->addTab(review, tr("Review"));

    m_policy = new PolicyView(m_tabs);
    m_tabs->addTab(m_policy, tr("Policy"));
    showPolicyOf(settings.profileName);
    connect(m_profile, &QComboBox::currentTextChanged, this, &SettingsDialog::showPolicyOf);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(560, 520);
}

void SettingsDialog::showPolicyOf(const QString &profileName)
{
    QString error;
    if (const auto profile = ProfileLoader::load(profileName, &error))
        m_policy->showProfile(*profile);
    else
        m_policy->clear();
}

void SettingsDialog::showPolicyPage()
{
    m_tabs->setCurrentWidget(m_policy);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_initial;
    s.profileName = m_profile->currentText();
    s.memoryMb = m_memory->value();
    s.timeoutS = m_timeout->value();
    s.outputChars = m_output->value();
    s.keepStateOnError = m_keepOnError->isChecked();
    s.theme = EditorTheme::kindFromName(m_theme->currentData().toString());
    s.editorFont = m_font->currentFont();
    s.editorFont.setPointSize(m_fontSize->value());
    s.reviewerName = m_reviewer->text().trimmed();
    return s;
}

} // namespace sandbench
