// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace bib::app {

class TaskRunner;

/// Asks which areas to open: file, layer, id and name fields, and optionally a table to join.
/// The layer and field lists come from the file itself (core::describeDataset).
class OpenAreasDialog : public QDialog
{
    Q_OBJECT

public:
    /// Errors while reading the file's description are shown by `runner`.
    OpenAreasDialog(TaskRunner* runner, QWidget* parent = nullptr);

    /// The choice, valid after the dialog was accepted.
    LoadRequest request() const;

private:
    void browseAreas();
    void browseTable();
    void describeAreas(const QString& path);
    void fillFields();
    void updateOk();

    TaskRunner* mRunner;
    QLineEdit* mAreasPath;
    QComboBox* mLayer;
    QComboBox* mIdField;
    QComboBox* mNameField;
    QLineEdit* mTablePath;
    QLineEdit* mTableId;
    QDialogButtonBox* mButtons;
    std::vector<std::pair<std::string, std::vector<std::string>>> mLayers; ///< layer → text fields
};

} // namespace bib::app
