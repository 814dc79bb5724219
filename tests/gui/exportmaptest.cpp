// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Export map, driven through its own dialogs: the file dialog's type list and name field,
// then the paper-size list, as a user would fill them in. Expected page sizes are worked out by
// hand in the comments from the ISO paper sizes (A4 210 × 297 mm, A3 297 × 420 mm).
#include "exportactions.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "taskrunner.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QImage>
#include <QInputDialog>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

#include <deque>
#include <filesystem>
#include <functional>

using namespace bib;

namespace {

/// Answers the modal dialogs that open while it lives, one step per dialog, in order: every few
/// milliseconds it looks for a modal dialog it has not answered yet and hands it to the next step.
class DialogScript
{
public:
    using Step = std::function<void(QWidget*)>;
    explicit DialogScript(std::deque<Step> steps) : mSteps(std::move(steps))
    {
        QObject::connect(&mTimer, &QTimer::timeout, [this] { poll(); });
        mTimer.start(20);
    }
    /// Steps not yet run (0 when every expected dialog came).
    std::size_t pending() const { return mSteps.size(); }

private:
    void poll()
    {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || modal == mLast || mSteps.empty())
            return;
        mLast = modal;
        Step step = std::move(mSteps.front());
        mSteps.pop_front();
        step(modal);
        // A step that failed half-way leaves its dialog open: close it, so the test ends.
        QTimer::singleShot(10000, [dialog = QPointer<QDialog>(qobject_cast<QDialog*>(modal))] {
            if (dialog && dialog->isVisible())
                dialog->reject();
        });
    }

    std::deque<Step> mSteps;
    QPointer<QWidget> mLast;
    QTimer mTimer;
};

/// A file dialog step: picks the file type `nameFilter` in the type list, types `path` into the
/// name field and presses the accept button.
DialogScript::Step saveAs(const QString& nameFilter, const QString& path)
{
    return [=](QWidget* widget) {
        auto* dialog = qobject_cast<QFileDialog*>(widget);
        ASSERT_NE(dialog, nullptr) << "expected the file dialog, got " << widget->metaObject()->className();
        auto* types = dialog->findChild<QComboBox*>(QStringLiteral("fileTypeCombo"));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
        ASSERT_TRUE(types && name && buttons);
        const int type = types->findText(nameFilter);
        ASSERT_GE(type, 0) << nameFilter.toStdString();
        types->setCurrentIndex(type);
        emit types->activated(type); // what a choice with mouse or keyboard emits
        name->setText(path);
        QPushButton* accept = nullptr;
        for (QAbstractButton* button : buttons->buttons())
            if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
                accept = qobject_cast<QPushButton*>(button);
        ASSERT_NE(accept, nullptr);
        ASSERT_TRUE(accept->isEnabled());
        accept->click();
    };
}

/// A paper-size step: picks `size` in the list and presses OK.
DialogScript::Step paper(const QString& size)
{
    return [=](QWidget* widget) {
        auto* dialog = qobject_cast<QInputDialog*>(widget);
        ASSERT_NE(dialog, nullptr) << "expected the paper size, got " << widget->metaObject()->className();
        auto* sizes = dialog->findChild<QComboBox*>();
        ASSERT_NE(sizes, nullptr);
        const int index = sizes->findText(size);
        ASSERT_GE(index, 0) << size.toStdString();
        sizes->setCurrentIndex(index);
        emit sizes->activated(index);
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        ASSERT_NE(buttons, nullptr);
        buttons->button(QDialogButtonBox::Ok)->click();
    };
}

DialogScript::Step cancel()
{
    return [](QWidget* widget) {
        if (auto* dialog = qobject_cast<QDialog*>(widget))
            dialog->reject();
    };
}

app::Workspace threeSquares()
{
    app::Workspace workspace;
    workspace.areas = test::squares({1.0, 2.0, 3.0});
    workspace.mappedColumn = "waarde";
    return workspace;
}

/// The window's File ▸ Export map action (Ctrl+E).
QAction* exportMapAction(app::MainWindow& window)
{
    for (QAction* action : window.findChildren<QAction*>())
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E))
            return action;
    return nullptr;
}

/// Triggers File ▸ Export map with the dialogs answered by `steps`, then waits for the export.
void exportThroughDialogs(app::MainWindow& window, std::deque<DialogScript::Step> steps)
{
    QAction* action = exportMapAction(window);
    ASSERT_NE(action, nullptr);
    DialogScript script(std::move(steps));
    action->trigger(); // returns when both dialogs are closed and the export has started
    EXPECT_EQ(script.pending(), 0u);
    if (window.taskRunner()->busy()) {
        ASSERT_TRUE(test::waitFor(window.taskRunner(), &app::TaskRunner::finished, 60000));
    }
}

/// "Page size: 841.89 x 595.276 pts (A4)" of pdfinfo, as (width, height) in points.
std::optional<QSizeF> pdfPageSize(const std::string& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {QString::fromStdString(pdf)});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return std::nullopt;
    const QRegularExpression size(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"));
    const QRegularExpressionMatch match = size.match(QString::fromUtf8(process.readAllStandardOutput()));
    if (!match.hasMatch())
        return std::nullopt;
    return QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble());
}

} // namespace

TEST(ExportMapDialog, writesAPdfOfTheChosenTypeAndPaper)
{
    app::MainWindow window;
    window.show();
    window.setWorkspace(threeSquares());
    test::TempDir dir;
    // Typed without an extension: the file type chosen in the dialog gives it.
    exportThroughDialogs(
        window, {saveAs(QStringLiteral("PDF document (*.pdf)"), QString::fromStdString(dir.file("kaart"))),
                 paper(QStringLiteral("A4 landscape"))});
    const std::string pdf = dir.file("kaart.pdf");
    ASSERT_TRUE(std::filesystem::exists(pdf));
    EXPECT_EQ(test::readFile(pdf).substr(0, 5), "%PDF-");
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("kaart.pdf")));
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        GTEST_SKIP() << "pdfinfo (poppler-utils) is not installed: the page size is not checked";
    // A4 landscape in points: 297 mm / 25.4 × 72 = 841.89 wide, 210 mm / 25.4 × 72 = 595.28 high.
    const std::optional<QSizeF> size = pdfPageSize(pdf);
    ASSERT_TRUE(size.has_value());
    EXPECT_NEAR(size->width(), 841.89, 0.5);
    EXPECT_NEAR(size->height(), 595.28, 0.5);
}

TEST(ExportMapDialog, writesAPngOfThePaperSizeAt150DotsPerInch)
{
    app::MainWindow window;
    window.show();
    window.setWorkspace(threeSquares());
    test::TempDir dir;
    exportThroughDialogs(
        window, {saveAs(QStringLiteral("PNG image (*.png)"), QString::fromStdString(dir.file("kaart"))),
                 paper(QStringLiteral("A3 portrait"))});
    const std::string png = dir.file("kaart.png");
    ASSERT_TRUE(std::filesystem::exists(png));
    EXPECT_FALSE(std::filesystem::exists(dir.file("kaart.pdf")));
    const QImage image(QString::fromStdString(png));
    ASSERT_FALSE(image.isNull());
    // A3 portrait at 150 dpi: 297 mm × 150 / 25.4 = 1753.9 → 1754 pixels wide,
    // 420 mm × 150 / 25.4 = 2480.3 → 2480 high.
    EXPECT_EQ(image.width(), 1754);
    EXPECT_EQ(image.height(), 2480);
}

TEST(ExportMapDialog, anExtensionTypedByTheUserWinsOverTheChosenType)
{
    app::MainWindow window;
    window.show();
    window.setWorkspace(threeSquares());
    test::TempDir dir;
    exportThroughDialogs(window, {saveAs(QStringLiteral("PDF document (*.pdf)"),
                                         QString::fromStdString(dir.file("kaart.png"))),
                                  paper(QStringLiteral("A4 portrait"))});
    const QImage image(QString::fromStdString(dir.file("kaart.png")));
    ASSERT_FALSE(image.isNull());
    // A4 portrait at 150 dpi: 210 mm → 1240 pixels, 297 mm → 1754.
    EXPECT_EQ(image.size(), QSize(1240, 1754));
}

TEST(ExportMapDialog, cancellingThePaperSizeWritesNothing)
{
    app::MainWindow window;
    window.show();
    window.setWorkspace(threeSquares());
    test::TempDir dir;
    exportThroughDialogs(
        window,
        {saveAs(QStringLiteral("PNG image (*.png)"), QString::fromStdString(dir.file("kaart"))), cancel()});
    EXPECT_FALSE(window.taskRunner()->busy());
    EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

TEST(ExportMapDialog, aNameWithoutExtensionTakesThatOfTheChosenType)
{
    using app::ExportActions;
    EXPECT_EQ(
        ExportActions::withPageExtension(QStringLiteral("/t/kaart"), QStringLiteral("PNG image (*.png)")),
        QStringLiteral("/t/kaart.png"));
    EXPECT_EQ(
        ExportActions::withPageExtension(QStringLiteral("/t/kaart"), QStringLiteral("SVG drawing (*.svg)")),
        QStringLiteral("/t/kaart.svg"));
    EXPECT_EQ(ExportActions::withPageExtension(QStringLiteral("/t/kaart"), QString()),
              QStringLiteral("/t/kaart.pdf"));
    EXPECT_EQ(
        ExportActions::withPageExtension(QStringLiteral("/t/kaart.SVG"), QStringLiteral("PNG image (*.png)")),
        QStringLiteral("/t/kaart.SVG"));
    // A dot in a folder name is no extension.
    EXPECT_EQ(ExportActions::withPageExtension(QStringLiteral("/t/v1.2/kaart"),
                                               QStringLiteral("PNG image (*.png)")),
              QStringLiteral("/t/v1.2/kaart.png"));
}
