#include "diffdialog.h"

#include "linediff.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace sandbench {
namespace {

QColor blended(const QColor &base, const QColor &tint, double amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

} // namespace

DiffDialog::DiffDialog(const QString &title, const QString &before, const QString &after,
                       QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    const QList<DiffLine> diff = lineDiff(before, after);
    for (const DiffLine &line : diff) {
        m_added += line.kind == DiffLine::Kind::Added ? 1 : 0;
        m_removed += line.kind == DiffLine::Kind::Removed ? 1 : 0;
    }
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setText(m_added == 0 && m_removed == 0
                           ? tr("The proposed code is the same as the cell's.")
                           : tr("%n line(s) added", nullptr, m_added) + QStringLiteral(", ") +
                                 tr("%n line(s) removed", nullptr, m_removed) +
                                 tr(". The cell keeps its place; run it when you are ready."));

    m_view = new QPlainTextEdit(this);
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QColor base = palette().color(QPalette::Base);
    QTextCharFormat added;
    added.setBackground(blended(base, QColor(0x2e, 0xa0, 0x43), 0.28));
    QTextCharFormat removed;
    removed.setBackground(blended(base, QColor(0xd7, 0x3a, 0x49), 0.28));
    QTextCursor cursor(m_view->document());
    bool first = true;
    for (const DiffLine &line : diff) {
        if (!first)
            cursor.insertBlock();
        first = false;
        QTextBlockFormat block;
        if (line.kind != DiffLine::Kind::Same)
            block.setBackground(line.kind == DiffLine::Kind::Added ? added.background()
                                                                   : removed.background());
        cursor.setBlockFormat(block);
        const QString mark = line.kind == DiffLine::Kind::Added     ? QStringLiteral("+ ")
                             : line.kind == DiffLine::Kind::Removed ? QStringLiteral("- ")
                                                                    : QStringLiteral("  ");
        cursor.insertText(mark + line.text);
    }
    m_view->moveCursor(QTextCursor::Start);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(tr("&Replace Cell"), QDialogButtonBox::AcceptRole);
    m_accept->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

} // namespace sandbench
