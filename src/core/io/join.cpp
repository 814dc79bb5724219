// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER — being replaced by the join implementation.
#include "io/join.h"
#include "util/error.h"
namespace bib::core {
JoinReport joinTable(AreaSet&, const Table&, const std::string&, const JoinOptions&, Feedback&) { throw InternalError("joinTable: not yet implemented"); }
} // namespace bib::core
