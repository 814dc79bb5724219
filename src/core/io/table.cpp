// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER — being replaced by the table reader implementation.
#include "io/table.h"
#include "util/error.h"
namespace bib::core {
const TableColumn* Table::column(const std::string&) const { return nullptr; }
std::vector<std::string> Table::columnNames() const { return {}; }
Table readTable(const std::string&, const TableReadOptions&, Feedback&) { throw InternalError("readTable: not yet implemented"); }
} // namespace bib::core
